package cn.tuanbiao.statistics.service;

import cn.tuanbiao.organizations.domain.OrganizationKind;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.statistics.domain.IndustryCount;
import cn.tuanbiao.statistics.domain.IndustryLevel;
import cn.tuanbiao.statistics.domain.KindCount;
import cn.tuanbiao.statistics.domain.MemberIndicators;
import cn.tuanbiao.statistics.domain.MemberOrganizations;
import cn.tuanbiao.statistics.domain.OrganizationIndicators;
import cn.tuanbiao.statistics.domain.RegionCount;
import cn.tuanbiao.statistics.domain.RegionLevel;
import cn.tuanbiao.statistics.domain.StandardCounts;
import cn.tuanbiao.statistics.domain.StatisticsFilter;
import cn.tuanbiao.statistics.domain.StatisticsReader;
import cn.tuanbiao.statistics.domain.StatisticsReport;
import cn.tuanbiao.statistics.domain.StatisticsScope;
import cn.tuanbiao.statistics.domain.Viewpoint;
import cn.tuanbiao.statistics.domain.YearCount;
import cn.tuanbiao.statistics.domain.OrganizationRisks;
import cn.tuanbiao.statistics.domain.RiskFilter;
import cn.tuanbiao.statistics.persistence.RiskQueries;
import cn.tuanbiao.statistics.persistence.StatisticsQueries;
import cn.tuanbiao.statistics.persistence.StatisticsQueries.Detail;
import cn.tuanbiao.tenancy.Transactions;
import cn.tuanbiao.users.service.AccessControl;
import jakarta.inject.Singleton;
import org.jooq.impl.DSL;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.ToLongFunction;

/**
 * Reports across the organizations of the deployment (SUP-1, SUP-2), read from the rollups that
 * {@link StatisticsFold} keeps current (a change shows about a second after it commits): public
 * standards by region, industry, kind of organization, publication year and status, and each
 * organization's indicators. Every read is bounded by what the reader oversees
 * ({@link StatisticsReaders}), and recorded ({@link StatisticsAccessLog}).
 */
@Singleton
public class CrossTenantStatistics {

    private final AccessControl access;
    private final Transactions transactions;
    private final StatisticsReaders readers;
    private final StatisticsQueries queries;
    private final StatisticsAccessLog accessLog;
    private final RiskQueries risks;

    public CrossTenantStatistics(AccessControl access, Transactions transactions, StatisticsReaders readers,
                                 StatisticsQueries queries, StatisticsAccessLog accessLog, RiskQueries risks) {
        this.access = access;
        this.transactions = transactions;
        this.readers = readers;
        this.queries = queries;
        this.accessLog = accessLog;
        this.risks = risks;
    }

    /** The public standards of the reader's scope by status now. */
    public StandardCounts totals(Viewpoint who, StatisticsFilter filter) {
        return read(who, StatisticsReport.TOTALS, filter, (reader, scope) -> queries
                .standardsBy(scope, filter, Detail.NONE, StatisticsQueries.Rows::status).values().stream()
                .reduce(StandardCounts.NONE, StandardCounts::plus), c -> 1);
    }

    /** Organizations and their public standards by division of GB/T 2260 at {@code level}, by code. */
    public List<RegionCount> byRegion(Viewpoint who, RegionLevel level, StatisticsFilter filter) {
        return read(who, StatisticsReport.BY_REGION, filter, (reader, scope) -> {
            Detail detail = new Detail(level.digits(), 0);
            Map<String, StandardCounts> standards = queries.standardsBy(scope, filter, detail,
                    rows -> DSL.left(rows.region(), DSL.inline(level.digits())));
            Map<String, Long> organizations = queries.organizationsBy(scope, filter, detail,
                    rows -> DSL.left(rows.region(), DSL.inline(level.digits())));
            return keys(standards, organizations).stream()
                    .map(prefix -> new RegionCount((prefix + "000000").substring(0, 6), level,
                            organizations.getOrDefault(prefix, 0L), standards.getOrDefault(prefix, StandardCounts.NONE)))
                    .toList();
        }, List::size);
    }

    /** Organizations and their public standards by industry code (GB/T 4754) at {@code level}, by code. */
    public List<IndustryCount> byIndustry(Viewpoint who, IndustryLevel level, StatisticsFilter filter) {
        return read(who, StatisticsReport.BY_INDUSTRY, filter, (reader, scope) -> {
            Detail detail = new Detail(0, level.characters());
            Map<String, StandardCounts> standards = queries.standardsBy(scope, filter, detail,
                    rows -> DSL.left(rows.industry(), DSL.inline(level.characters())));
            Map<String, Long> organizations = queries.organizationsBy(scope, filter, detail,
                    rows -> DSL.left(rows.industry(), DSL.inline(level.characters())));
            return keys(standards, organizations).stream()
                    .map(code -> new IndustryCount(code, organizations.getOrDefault(code, 0L),
                            standards.getOrDefault(code, StandardCounts.NONE)))
                    .toList();
        }, List::size);
    }

    /** Organizations and their public standards by kind of organization (ORG-1). */
    public List<KindCount> byKind(Viewpoint who, StatisticsFilter filter) {
        return read(who, StatisticsReport.BY_KIND, filter, (reader, scope) -> {
            Map<String, StandardCounts> standards = queries.standardsBy(scope, filter, Detail.NONE,
                    StatisticsQueries.Rows::kind);
            Map<String, Long> organizations = queries.organizationsBy(scope, filter, Detail.NONE,
                    StatisticsQueries.Rows::kind);
            return keys(standards, organizations).stream().map(OrganizationKind::valueOf).sorted()
                    .map(kind -> new KindCount(kind, organizations.getOrDefault(kind.name(), 0L),
                            standards.getOrDefault(kind.name(), StandardCounts.NONE)))
                    .toList();
        }, List::size);
    }

    /** Public standards by publication year (the year of their number, LC-4), oldest first, by status now. */
    public List<YearCount> byYear(Viewpoint who, StatisticsFilter filter) {
        return read(who, StatisticsReport.BY_YEAR, filter, (reader, scope) -> queries
                .standardsBy(scope, filter, Detail.NONE, StatisticsQueries.Rows::year).entrySet().stream()
                .map(e -> new YearCount(e.getKey(), e.getValue())).toList(), List::size);
    }

    /**
     * One page of the scope's organizations by name, each with its indicators; the number of
     * standards in progress only for an alliance secretariat (SUP-1), empty for anyone else.
     */
    public Page<OrganizationIndicators> organizations(Viewpoint who, StatisticsFilter filter, PageRequest page) {
        return read(who, StatisticsReport.ORGANIZATIONS, filter, (reader, scope) -> queries.organizations(scope, filter,
                reader.seesWorkInProgress(), page), p -> p.items().size());
    }

    /**
     * One page of an alliance's current members by name, each with its indicators (SUP-1): public
     * counts, standards in progress, comment periods honoured, votes by rule, self-declarations,
     * reviews overdue on {@code today}, open cases and good-practice stars. Only an alliance's
     * secretariat and administrators read it, and only for its current members.
     */
    public Page<MemberIndicators> memberIndicators(Viewpoint who, LocalDate today, PageRequest page) {
        return read(who, StatisticsReport.MEMBER_INDICATORS, StatisticsFilter.NONE, (reader, scope) -> {
            if (!(scope instanceof MemberOrganizations members)) {
                throw new AccessDeniedException("statistics.notAllowed");
            }
            return queries.memberIndicators(members, today, page);
        }, p -> p.items().size());
    }

    /**
     * One page of the compliance risk list (SUP-2): the scope's organizations with at least one risk,
     * each with its counts and severity, in the filter's order (V35's read model, a few seconds behind
     * the records at most).
     */
    public Page<OrganizationRisks> risks(Viewpoint who, RiskFilter filter, PageRequest page) {
        return read(who, StatisticsReport.COMPLIANCE_RISKS, filter.asStatisticsFilter(),
                (reader, scope) -> risks.page(scope, filter, page), p -> p.items().size());
    }

    /** One organization's row of the risk list, empty when it shows no risk; read as its own territory (refused outside the reader's). */
    public java.util.Optional<OrganizationRisks> risksOf(Viewpoint who, cn.tuanbiao.tenancy.TenantId organization,
                                                         String regionCode) {
        return read(who, StatisticsReport.COMPLIANCE_RISKS, StatisticsFilter.in(new cn.tuanbiao.statistics.domain.Jurisdiction(regionCode)),
                (reader, scope) -> risks.of(organization), o -> o.isPresent() ? 1 : 0);
    }

    private <T> T read(Viewpoint who, StatisticsReport report, StatisticsFilter filter,
                       BiFunction<StatisticsReader, StatisticsScope, T> query, ToLongFunction<T> rows) {
        if (who.organization().isEmpty()) {
            access.requireOperator(who.person());
            return transactions.readOnPlatform(() -> run(readers.operator(who.person()), report, filter, query, rows));
        }
        return access.actIn(who.person(), who.organization().get(),
                actor -> run(readers.of(actor), report, filter, query, rows));
    }

    private <T> T run(StatisticsReader reader, StatisticsReport report, StatisticsFilter filter,
                      BiFunction<StatisticsReader, StatisticsScope, T> query, ToLongFunction<T> rows) {
        StatisticsScope scope = reader.scopeFor(filter);
        T result = query.apply(reader, scope);
        accessLog.read(reader, report, scope, filter, rows.applyAsLong(result));
        return result;
    }

    private static TreeSet<String> keys(Map<String, ?> a, Map<String, ?> b) {
        TreeSet<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }
}
