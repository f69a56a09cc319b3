package cn.tuanbiao.statistics.persistence;

import cn.tuanbiao.organizations.domain.OrganizationKind;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.statistics.domain.Jurisdiction;
import cn.tuanbiao.statistics.domain.MemberOrganizations;
import cn.tuanbiao.statistics.domain.OrganizationRisks;
import cn.tuanbiao.statistics.domain.RiskFilter;
import cn.tuanbiao.statistics.domain.RiskKind;
import cn.tuanbiao.statistics.domain.RiskSeverity;
import cn.tuanbiao.statistics.domain.RiskSort;
import cn.tuanbiao.statistics.domain.StatisticsScope;
import cn.tuanbiao.tenancy.TenantId;
import jakarta.inject.Singleton;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.impl.DSL;

import java.util.ArrayList;
import java.util.List;

import static cn.tuanbiao.jooq.Tables.COMPLIANCE_RISKS;
import static cn.tuanbiao.jooq.Tables.ORGANIZATIONS;

/**
 * Reads V35's compliance risk list (a platform read model, no tenant needed): a page of the scope's
 * organizations at risk in one of the orders the list's indexes hold — entered by the province (or the
 * whole deployment), a narrower territory a key range inside — and the organizations' names by primary
 * key for that page only. Nothing here counts a record.
 */
@Singleton
public class RiskQueries {

    private static final cn.tuanbiao.jooq.tables.ComplianceRisks R = COMPLIANCE_RISKS;

    private final DSLContext db;

    public RiskQueries(DSLContext db) {
        this.db = db;
    }

    public Page<OrganizationRisks> page(StatisticsScope scope, RiskFilter filter, PageRequest page) {
        Condition where = where(scope, filter);
        long total = db.fetchCount(R, where);
        var o = ORGANIZATIONS;
        List<OrganizationRisks> items = db.select(R.ORGANIZATION_ID, o.CODE, o.NAME_ZH, R.ORGANIZATION_KIND,
                        R.REGION_CODE, R.REVIEWS_OVERDUE, R.DECLARATIONS_MISSING, R.COMPLAINTS_OVERDUE,
                        R.PRACTICE_FAILED, R.TOTAL, R.SEVERITY, R.UPDATED_AT)
                .from(R).join(o).on(o.ID.eq(R.ORGANIZATION_ID))
                .where(where)
                .orderBy(order(filter))
                .offset(page.offset()).limit(page.limit())
                .fetch(r -> new OrganizationRisks(new TenantId(r.value1()), r.value2(), r.value3(),
                        OrganizationKind.valueOf(r.value4()), r.value5(), r.value6(), r.value7(), r.value8(), r.value9(),
                        r.value10(), RiskSeverity.ofLevel(r.value11()), r.value12().toInstant()));
        return new Page<>(items, total, page.offset(), page.limit());
    }

    /** The list's row of one organization, if it is at risk. */
    public java.util.Optional<OrganizationRisks> of(TenantId organization) {
        var o = ORGANIZATIONS;
        return db.select(R.ORGANIZATION_ID, o.CODE, o.NAME_ZH, R.ORGANIZATION_KIND, R.REGION_CODE, R.REVIEWS_OVERDUE,
                        R.DECLARATIONS_MISSING, R.COMPLAINTS_OVERDUE, R.PRACTICE_FAILED, R.TOTAL, R.SEVERITY, R.UPDATED_AT)
                .from(R).join(o).on(o.ID.eq(R.ORGANIZATION_ID))
                .where(R.ORGANIZATION_ID.eq(organization.value()))
                .fetchOptional(r -> new OrganizationRisks(new TenantId(r.value1()), r.value2(), r.value3(),
                        OrganizationKind.valueOf(r.value4()), r.value5(), r.value6(), r.value7(), r.value8(), r.value9(),
                        r.value10(), RiskSeverity.ofLevel(r.value11()), r.value12().toInstant()));
    }

    private static Condition where(StatisticsScope scope, RiskFilter filter) {
        Condition where = DSL.noCondition();
        if (scope instanceof Jurisdiction territory) {
            where = where.and(within(territory));
        } else if (scope instanceof MemberOrganizations members) {
            where = where.and(R.ORGANIZATION_ID.in(members.members().stream().map(TenantId::value).toList()));
        }
        if (filter.region() != null) {
            where = where.and(within(filter.region()));
        }
        if (filter.kind() != null) {
            where = where.and(count(filter.kind()).gt(0));
        }
        return where;
    }

    /** A territory: its province by equality (the indexes' first column), a narrower prefix as a range. */
    private static Condition within(Jurisdiction territory) {
        if (territory.isNationwide()) {
            return DSL.noCondition();
        }
        Condition province = R.PROVINCE.eq(territory.prefix().substring(0, 2));
        return territory.prefix().length() == 2 ? province
                : province.and(R.REGION_CODE.between(territory.lowest(), territory.highest()));
    }

    private static List<SortField<?>> order(RiskFilter filter) {
        List<SortField<?>> order = new ArrayList<>();
        if (filter.kind() != null) {
            order.add(count(filter.kind()).desc());
        }
        if (filter.sort() == RiskSort.TOTAL) {
            order.add(R.TOTAL.desc());
            order.add(R.SEVERITY.desc());
        } else {
            order.add(R.SEVERITY.desc());
            order.add(R.TOTAL.desc());
        }
        order.add(R.ORGANIZATION_ID.asc());
        return order;
    }

    private static Field<Integer> count(RiskKind kind) {
        return switch (kind) {
            case REVIEW_OVERDUE -> R.REVIEWS_OVERDUE;
            case DECLARATION_MISSING -> R.DECLARATIONS_MISSING;
            case COMPLAINT_OVERDUE -> R.COMPLAINTS_OVERDUE;
            case PRACTICE_FAILED -> R.PRACTICE_FAILED;
        };
    }
}
