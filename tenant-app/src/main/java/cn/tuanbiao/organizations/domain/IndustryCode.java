package cn.tuanbiao.organizations.domain;

import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A national economic industry classification code (GB/T 4754-2017): a section letter,
 * optionally followed by the division (2 digits), group (3) or class (4) digits, e.g.
 * {@code C}, {@code C38}, {@code C385}.
 */
public record IndustryCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-T](\\d{2}|\\d{3}|\\d{4})?");

    /** The 20 sections of GB/T 4754-2017, letter to name. */
    public static final Map<String, String> SECTIONS = sections();

    public IndustryCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidInputException(FieldProblem.of("industryCode", "ORG-2", "industryCode.format"));
        }
    }

    public static IndustryCode parse(String raw) {
        return new IndustryCode(raw == null ? null : raw.strip().toUpperCase(Locale.ROOT));
    }

    public String section() {
        return value.substring(0, 1);
    }

    public String sectionName() {
        return SECTIONS.get(section());
    }

    private static Map<String, String> sections() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("A", "农、林、牧、渔业");
        s.put("B", "采矿业");
        s.put("C", "制造业");
        s.put("D", "电力、热力、燃气及水生产和供应业");
        s.put("E", "建筑业");
        s.put("F", "批发和零售业");
        s.put("G", "交通运输、仓储和邮政业");
        s.put("H", "住宿和餐饮业");
        s.put("I", "信息传输、软件和信息技术服务业");
        s.put("J", "金融业");
        s.put("K", "房地产业");
        s.put("L", "租赁和商务服务业");
        s.put("M", "科学研究和技术服务业");
        s.put("N", "水利、环境和公共设施管理业");
        s.put("O", "居民服务、修理和其他服务业");
        s.put("P", "教育");
        s.put("Q", "卫生和社会工作");
        s.put("R", "文化、体育和娱乐业");
        s.put("S", "公共管理、社会保障和社会组织");
        s.put("T", "国际组织");
        return java.util.Collections.unmodifiableMap(s);
    }

    @Override
    public String toString() {
        return value;
    }
}
