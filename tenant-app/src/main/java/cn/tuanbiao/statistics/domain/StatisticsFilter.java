package cn.tuanbiao.statistics.domain;

import cn.tuanbiao.organizations.domain.OrganizationKind;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.Problems;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a report narrows its scope to, each part optional: a territory inside the reader's own
 * (e.g. one city of a province), a kind of organization, an industry code prefix (GB/T 4754, e.g.
 * {@code C} or {@code C38}), and a range of publication years (standards only; organizations
 * have no year). Without a kind, reports count the kinds that set standards (ORG-1): not the
 * supervisory authorities or the platform operator.
 */
public record StatisticsFilter(Jurisdiction region, OrganizationKind kind, String industryPrefix, Integer fromYear,
                               Integer toYear) {

    public static final StatisticsFilter NONE = new StatisticsFilter(null, null, null, null, null);

    private static final Pattern INDUSTRY = Pattern.compile("[A-T](\\d{1,4})?");

    public StatisticsFilter {
        Problems problems = new Problems();
        if (industryPrefix != null && !INDUSTRY.matcher(industryPrefix).matches()) {
            problems.add(FieldProblem.of("industry", "SUP-2", "statistics.industryPrefix"));
        }
        if (fromYear != null && (fromYear < 1900 || fromYear > 2999)) {
            problems.add(FieldProblem.of("fromYear", "FORMAT", "validation.between", 1900, 2999));
        }
        if (toYear != null && (toYear < 1900 || toYear > 2999)) {
            problems.add(FieldProblem.of("toYear", "FORMAT", "validation.between", 1900, 2999));
        }
        if (fromYear != null && toYear != null && fromYear > toYear) {
            problems.add(FieldProblem.of("toYear", "FORMAT", "statistics.yearRange"));
        }
        problems.throwIfAny();
    }

    public static StatisticsFilter in(Jurisdiction region) {
        return new StatisticsFilter(region, null, null, null, null);
    }

    public StatisticsFilter ofKind(OrganizationKind newKind) {
        return new StatisticsFilter(region, newKind, industryPrefix, fromYear, toYear);
    }

    public StatisticsFilter inIndustry(String prefix) {
        return new StatisticsFilter(region, kind, prefix, fromYear, toYear);
    }

    public StatisticsFilter publishedBetween(Integer from, Integer to) {
        return new StatisticsFilter(region, kind, industryPrefix, from, to);
    }

    /** The kinds of organization counted. */
    public Set<OrganizationKind> kinds() {
        if (kind != null) {
            return EnumSet.of(kind);
        }
        EnumSet<OrganizationKind> setting = EnumSet.noneOf(OrganizationKind.class);
        for (OrganizationKind k : OrganizationKind.values()) {
            if (k.setsStandards()) {
                setting.add(k);
            }
        }
        return setting;
    }
}
