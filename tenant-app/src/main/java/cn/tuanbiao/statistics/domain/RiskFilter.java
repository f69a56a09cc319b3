package cn.tuanbiao.statistics.domain;

/**
 * What the compliance risk list narrows to, each part optional: a territory inside the reader's own, one
 * kind of risk (the organizations showing it, most first), and the order.
 */
public record RiskFilter(Jurisdiction region, RiskKind kind, RiskSort sort) {

    public static final RiskFilter NONE = new RiskFilter(null, null, RiskSort.SEVERITY);

    public RiskFilter {
        if (sort == null) {
            sort = RiskSort.SEVERITY;
        }
    }

    /** The part the reader's scope is checked and logged by. */
    public StatisticsFilter asStatisticsFilter() {
        return StatisticsFilter.in(region);
    }
}
