package cn.tuanbiao.organizations.domain;

import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An administrative division code (GB/T 2260): six digits whose first two name the
 * province-level division. A code whose province does not exist is refused.
 */
public record RegionCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("\\d{6}");

    /** Province-level divisions of GB/T 2260, code prefix to name. */
    public static final Map<String, String> PROVINCES = provinces();

    public RegionCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidInputException(FieldProblem.of("regionCode", "ORG-2", "regionCode.format"));
        }
        if (!PROVINCES.containsKey(value.substring(0, 2))) {
            throw new InvalidInputException(FieldProblem.of("regionCode", "ORG-2", "regionCode.unknownProvince"));
        }
    }

    public static RegionCode parse(String raw) {
        return new RegionCode(raw == null ? null : raw.strip());
    }

    public String provinceCode() {
        return value.substring(0, 2) + "0000";
    }

    public String provinceName() {
        return PROVINCES.get(value.substring(0, 2));
    }

    public boolean isProvinceLevel() {
        return value.endsWith("0000");
    }

    /** Whether this division lies inside {@code other} (a province contains its cities and counties). */
    public boolean within(RegionCode other) {
        String prefix = other.value.replaceAll("(00)+$", "");
        return value.startsWith(prefix);
    }

    public static Optional<String> provinceName(String code) {
        return code == null || code.length() < 2 ? Optional.empty() : Optional.ofNullable(PROVINCES.get(code.substring(0, 2)));
    }

    private static Map<String, String> provinces() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("11", "北京市");
        p.put("12", "天津市");
        p.put("13", "河北省");
        p.put("14", "山西省");
        p.put("15", "内蒙古自治区");
        p.put("21", "辽宁省");
        p.put("22", "吉林省");
        p.put("23", "黑龙江省");
        p.put("31", "上海市");
        p.put("32", "江苏省");
        p.put("33", "浙江省");
        p.put("34", "安徽省");
        p.put("35", "福建省");
        p.put("36", "江西省");
        p.put("37", "山东省");
        p.put("41", "河南省");
        p.put("42", "湖北省");
        p.put("43", "湖南省");
        p.put("44", "广东省");
        p.put("45", "广西壮族自治区");
        p.put("46", "海南省");
        p.put("50", "重庆市");
        p.put("51", "四川省");
        p.put("52", "贵州省");
        p.put("53", "云南省");
        p.put("54", "西藏自治区");
        p.put("61", "陕西省");
        p.put("62", "甘肃省");
        p.put("63", "青海省");
        p.put("64", "宁夏回族自治区");
        p.put("65", "新疆维吾尔自治区");
        p.put("71", "台湾省");
        p.put("81", "香港特别行政区");
        p.put("82", "澳门特别行政区");
        return java.util.Collections.unmodifiableMap(p);
    }

    @Override
    public String toString() {
        return value;
    }
}
