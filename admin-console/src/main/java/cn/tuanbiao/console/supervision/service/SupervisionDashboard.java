package cn.tuanbiao.console.supervision.service;

import cn.tuanbiao.catalogue.domain.CatalogueEntry;
import cn.tuanbiao.catalogue.domain.PublicOrganization;
import cn.tuanbiao.catalogue.service.PublicCatalogue;
import cn.tuanbiao.console.supervision.domain.DashboardReport;
import cn.tuanbiao.console.supervision.domain.PublicStandard;
import cn.tuanbiao.console.supervision.domain.SupervisedOrganization;
import cn.tuanbiao.organizations.domain.OrganizationKind;
import cn.tuanbiao.organizations.persistence.OrganizationEntity;
import cn.tuanbiao.organizations.persistence.OrganizationRepository;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.i18n.Messages;
import cn.tuanbiao.standards.service.StandardService;
import cn.tuanbiao.statistics.domain.IndustryLevel;
import cn.tuanbiao.statistics.domain.Jurisdiction;
import cn.tuanbiao.statistics.domain.OrganizationIndicators;
import cn.tuanbiao.statistics.domain.ReaderKind;
import cn.tuanbiao.statistics.domain.RegionLevel;
import cn.tuanbiao.statistics.domain.StatisticsFilter;
import cn.tuanbiao.statistics.domain.StatisticsReader;
import cn.tuanbiao.statistics.domain.Viewpoint;
import cn.tuanbiao.statistics.service.CrossTenantStatistics;
import cn.tuanbiao.statistics.service.StatisticsReaders;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.tenancy.Transactions;
import cn.tuanbiao.users.service.AccessControl;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The supervision dashboard (监管看板, SUP-2) of a supervisory authority's inspectors and
 * administrators, over the organizations of its jurisdiction. Every figure comes from the
 * cross-tenant statistics ({@link CrossTenantStatistics}: access check, jurisdiction, access log);
 * an organization's standards from its public catalogue (PUB-3), which anyone may read. No other
 * organization's tables are read.
 */
@Singleton
public class SupervisionDashboard {

    /** Organizations listed per page when the dashboard walks a whole filter (export, drill-down). */
    static final int BATCH = PageRequest.MAX_LIMIT;

    private final CrossTenantStatistics statistics;
    private final StatisticsReaders readers;
    private final AccessControl access;
    private final Transactions transactions;
    private final OrganizationRepository organizations;
    private final PublicCatalogue catalogue;
    private final Messages messages;
    private final Clock clock;

    public SupervisionDashboard(CrossTenantStatistics statistics, StatisticsReaders readers, AccessControl access,
                                Transactions transactions, OrganizationRepository organizations,
                                PublicCatalogue catalogue, Messages messages, Clock clock) {
        this.statistics = statistics;
        this.readers = readers;
        this.access = access;
        this.transactions = transactions;
        this.organizations = organizations;
        this.catalogue = catalogue;
        this.messages = messages;
        this.clock = clock;
    }

    /** The territory the authority oversees; refused to anyone but its inspectors and administrators. */
    public Jurisdiction jurisdiction(PersonId caller, TenantId authority) {
        return access.readIn(caller, authority, actor -> {
            StatisticsReader reader = readers.of(actor);
            if (reader.kind() != ReaderKind.SUPERVISORY_AUTHORITY || !(reader.scope() instanceof Jurisdiction own)) {
                throw new AccessDeniedException("statistics.notAllowed");
            }
            return own;
        });
    }

    /** The dashboard for {@code filter} (its region, if any, inside the jurisdiction). */
    public DashboardReport report(PersonId caller, TenantId authority, StatisticsFilter filter) {
        Jurisdiction own = jurisdiction(caller, authority);
        Jurisdiction shown = filter.region() == null ? own : filter.region();
        Viewpoint who = Viewpoint.of(caller, authority);
        RegionLevel level = DashboardReport.levelBelow(shown);
        return new DashboardReport(authorityName(authority), own, shown, filter, today(),
                statistics.totals(who, filter),
                statistics.organizations(who, filter, PageRequest.first(1)).total(),
                statistics.byYear(who, filter),
                statistics.byIndustry(who, IndustryLevel.SECTION, filter),
                statistics.byKind(who, filter),
                level, statistics.byRegion(who, level, filter));
    }

    /** A page of the filter's organizations with their indicators, by name. */
    public Page<OrganizationIndicators> organizations(PersonId caller, TenantId authority, StatisticsFilter filter,
                                                      PageRequest page) {
        return statistics.organizations(Viewpoint.of(caller, authority), filter, page);
    }

    /** Every organization of the filter, by name, page by page. */
    public List<OrganizationIndicators> allOrganizations(PersonId caller, TenantId authority, StatisticsFilter filter) {
        return all(page -> organizations(caller, authority, filter, page));
    }

    /**
     * One organization of the jurisdiction: its indicators (as the statistics list them) and its
     * published standards (as its public catalogue shows them). Refused outside the jurisdiction.
     */
    public SupervisedOrganization organization(PersonId caller, TenantId authority, TenantId organization) {
        OrganizationEntity profile = transactions.readOnPlatform(() -> organizations.findById(organization.value()))
                .orElseThrow(() -> new NotFoundException("supervision.organizationNotFound"));
        if (!jurisdiction(caller, authority).contains(profile.regionCode())) {
            throw new AccessDeniedException("statistics.outsideJurisdiction");
        }
        StatisticsFilter exactly = new StatisticsFilter(new Jurisdiction(profile.regionCode()),
                OrganizationKind.valueOf(profile.kind()), profile.industryCode(), null, null);
        OrganizationIndicators indicators = allOrganizations(caller, authority, exactly).stream()
                .filter(o -> o.organization().equals(organization)).findFirst()
                .orElseThrow(() -> new NotFoundException("supervision.organizationNotFound"));
        return new SupervisedOrganization(indicators, publishedStandards(profile));
    }

    /** The authority's name as registered. */
    public String authorityName(TenantId authority) {
        return transactions.readOnPlatform(() -> organizations.findById(authority.value()))
                .map(OrganizationEntity::nameZh).orElse("");
    }

    private List<PublicStandard> publishedStandards(OrganizationEntity profile) {
        if (!"ACTIVE".equals(profile.status())) {
            return List.of();
        }
        PublicOrganization org = catalogue.organization(profile.code());
        return all(page -> catalogue.published(org, null, page)).stream().map(this::publicStandard).toList();
    }

    private PublicStandard publicStandard(CatalogueEntry e) {
        return new PublicStandard(e.number(), e.titleZh(), messages.get(Messages.CHINESE, "publicStatus." + e.status().name()),
                e.publishedOn(), e.inForceFrom());
    }

    private static <T> List<T> all(Function<PageRequest, Page<T>> pages) {
        List<T> all = new ArrayList<>();
        int offset = 0;
        while (true) {
            Page<T> page = pages.apply(new PageRequest(offset, BATCH));
            all.addAll(page.items());
            offset += page.items().size();
            if (page.items().isEmpty() || offset >= page.total()) {
                return all;
            }
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(StandardService.CHINA));
    }

}
