package cn.tuanbiao.practice.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A scheme version with its indicators in catalogue order. */
public record Catalogue(Scheme scheme, List<Indicator> indicators) {

    /** The structure of the 2024 scheme (PUB-2): 100 points over 4, 21 and 59 indicators, 18 basic conditions. */
    public static final BigDecimal TOTAL_POINTS = new BigDecimal("100");
    public static final int FIRST_LEVEL = 4;
    public static final int SECOND_LEVEL = 21;
    public static final int THIRD_LEVEL = 59;
    public static final int BASIC_CONDITIONS = 18;
    /** Basic conditions the scheme must name (PUB-2): fee management and IP management, found by these words. */
    public static final List<String> REQUIRED_BASIC_CONDITIONS = List.of("收费", "知识产权");

    public Catalogue {
        indicators = List.copyOf(indicators);
    }

    public Optional<Indicator> indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    public List<Indicator> level(int level) {
        return indicators.stream().filter(i -> i.level() == level).toList();
    }

    public List<Indicator> childrenOf(String code) {
        return indicators.stream().filter(i -> code.equals(i.parentCode())).toList();
    }

    public List<Indicator> basicConditions() {
        return indicators.stream().filter(Indicator::basic).toList();
    }

    /** Third-level indicators by code, in order. */
    public Map<String, Indicator> scored() {
        Map<String, Indicator> scored = new LinkedHashMap<>();
        indicators.stream().filter(Indicator::scored).forEach(i -> scored.put(i.code(), i));
        return scored;
    }
}
