package cn.tuanbiao.statistics.domain;

import cn.tuanbiao.organizations.domain.RegionCode;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;

import java.util.regex.Pattern;

/**
 * A territory by its GB/T 2260 code prefix: {@code 33} is Zhejiang, {@code 3301} Hangzhou,
 * {@code 330106} Xihu district, the empty prefix the whole deployment. As a scope it holds every
 * organization registered in a region under the prefix.
 */
public record Jurisdiction(String prefix) implements StatisticsScope {

    private static final Pattern FORMAT = Pattern.compile("(\\d{2}){0,3}");
    private static final Jurisdiction NATIONWIDE = new Jurisdiction("");

    public Jurisdiction {
        if (prefix == null || !FORMAT.matcher(prefix).matches()) {
            throw new InvalidInputException(FieldProblem.of("region", "SUP-2", "statistics.regionPrefix"));
        }
    }

    public static Jurisdiction nationwide() {
        return NATIONWIDE;
    }

    /** The territory of a division: a province's code covers its cities and counties, a city's its counties. */
    public static Jurisdiction of(RegionCode region) {
        return new Jurisdiction(region.value().replaceAll("(00)+$", ""));
    }

    public boolean isNationwide() {
        return prefix.isEmpty();
    }

    /** The lowest region code inside: {@code 330000} for {@code 33}. */
    public String lowest() {
        return (prefix + "000000").substring(0, 6);
    }

    /** The highest region code inside: {@code 339999} for {@code 33}. */
    public String highest() {
        return (prefix + "999999").substring(0, 6);
    }

    /** Whether {@code other} lies entirely inside this territory. */
    public boolean covers(Jurisdiction other) {
        return other.prefix.startsWith(prefix);
    }

    public boolean contains(String regionCode) {
        return regionCode != null && regionCode.startsWith(prefix);
    }
}
