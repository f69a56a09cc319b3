package cn.tuanbiao.console.supervision.service;

import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.statistics.domain.Jurisdiction;
import cn.tuanbiao.statistics.domain.OrganizationRisks;
import cn.tuanbiao.statistics.domain.RiskFilter;
import cn.tuanbiao.statistics.domain.Viewpoint;
import cn.tuanbiao.statistics.service.CrossTenantStatistics;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The compliance risk list (合规风险清单, SUP-2) of a supervisory authority's inspectors and administrators:
 * the organizations of its jurisdiction with overdue periodic reviews (LC-6), published standards
 * without a confirmed self-declaration (PUB-1), cases open past their time limit (PART-6) and a failed
 * basic condition of good practice (PUB-2), each counted, with a severity; sorted and paged from the
 * read model the statistics fold keeps (V35), through {@link CrossTenantStatistics} (jurisdiction check,
 * access log). The export walks the list page by page.
 */
@Singleton
public class ComplianceRiskList {

    /** Rows an export holds at most (the list is for reading; a territory with more exports the first ones). */
    public static final int EXPORT_LIMIT = 10_000;

    private final CrossTenantStatistics statistics;
    private final SupervisionDashboard dashboard;
    private final java.time.Clock clock;

    public ComplianceRiskList(CrossTenantStatistics statistics, SupervisionDashboard dashboard, java.time.Clock clock) {
        this.statistics = statistics;
        this.dashboard = dashboard;
        this.clock = clock;
    }

    /** The authority's name as registered. */
    public String authorityName(TenantId authority) {
        return dashboard.authorityName(authority);
    }

    /** Today in China, the date a report states. */
    public java.time.LocalDate today() {
        return java.time.LocalDate.now(clock.withZone(cn.tuanbiao.standards.service.StandardService.CHINA));
    }

    /** The authority's territory; refused to anyone but its inspectors and administrators. */
    public Jurisdiction jurisdiction(PersonId caller, TenantId authority) {
        return dashboard.jurisdiction(caller, authority);
    }

    public Page<OrganizationRisks> page(PersonId caller, TenantId authority, RiskFilter filter, PageRequest page) {
        dashboard.jurisdiction(caller, authority);
        return statistics.risks(Viewpoint.of(caller, authority), filter, page);
    }

    /** The list in the filter's order, page by page, up to {@link #EXPORT_LIMIT} rows. */
    public List<OrganizationRisks> all(PersonId caller, TenantId authority, RiskFilter filter) {
        dashboard.jurisdiction(caller, authority);
        List<OrganizationRisks> all = new ArrayList<>();
        while (all.size() < EXPORT_LIMIT) {
            Page<OrganizationRisks> page = statistics.risks(Viewpoint.of(caller, authority), filter,
                    new PageRequest(all.size(), PageRequest.MAX_LIMIT));
            all.addAll(page.items());
            if (page.items().isEmpty() || all.size() >= page.total()) {
                break;
            }
        }
        return all;
    }

    /** One organization's risks (for its page): checked against the jurisdiction by its region. */
    public Optional<OrganizationRisks> of(PersonId caller, TenantId authority, TenantId organization, String regionCode) {
        dashboard.jurisdiction(caller, authority);
        return statistics.risksOf(Viewpoint.of(caller, authority), organization, regionCode);
    }
}
