package cn.tuanbiao.console.supervision.domain;

import cn.tuanbiao.organizations.domain.OrganizationKind;
import cn.tuanbiao.statistics.domain.Jurisdiction;
import cn.tuanbiao.statistics.domain.StatisticsFilter;

/**
 * Which organizations of the jurisdiction make the pool of a random inspection: a territory
 * inside the authority's own, a kind of organization, an industry prefix (GB/T 4754); each optional.
 */
public record PoolFilter(Jurisdiction region, OrganizationKind kind, String industryPrefix) {

    public static final PoolFilter ALL = new PoolFilter(null, null, null);

    /** The same filter as statistics read it (no years: organizations have none). */
    public StatisticsFilter asStatisticsFilter() {
        return new StatisticsFilter(region, kind, industryPrefix, null, null);
    }
}
