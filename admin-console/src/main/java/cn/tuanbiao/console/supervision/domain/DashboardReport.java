package cn.tuanbiao.console.supervision.domain;

import cn.tuanbiao.statistics.domain.IndustryCount;
import cn.tuanbiao.statistics.domain.Jurisdiction;
import cn.tuanbiao.statistics.domain.KindCount;
import cn.tuanbiao.statistics.domain.RegionCount;
import cn.tuanbiao.statistics.domain.RegionLevel;
import cn.tuanbiao.statistics.domain.StandardCounts;
import cn.tuanbiao.statistics.domain.StatisticsFilter;
import cn.tuanbiao.statistics.domain.YearCount;

import java.time.LocalDate;
import java.util.List;

/**
 * The supervision dashboard (监管看板, SUP-2) of an authority for one filter: the territory shown
 * (the authority's own, or one drilled down to), totals, and the public standards and
 * organizations by year and status, industry section, kind and region one level below the
 * territory shown.
 */
public record DashboardReport(String authorityName, Jurisdiction jurisdiction, Jurisdiction shown,
                              StatisticsFilter filter, LocalDate asOf, StandardCounts totals, long organizations,
                              List<YearCount> byYear, List<IndustryCount> byIndustry, List<KindCount> byKind,
                              RegionLevel regionLevel, List<RegionCount> byRegion) {

    public DashboardReport {
        byYear = List.copyOf(byYear);
        byIndustry = List.copyOf(byIndustry);
        byKind = List.copyOf(byKind);
        byRegion = List.copyOf(byRegion);
    }

    /** The level a territory's regions are listed at: cities of a province, districts of a city (or of a district). */
    public static RegionLevel levelBelow(Jurisdiction territory) {
        return switch (territory.prefix().length()) {
            case 0 -> RegionLevel.PROVINCE;
            case 2 -> RegionLevel.CITY;
            default -> RegionLevel.DISTRICT;
        };
    }
}
