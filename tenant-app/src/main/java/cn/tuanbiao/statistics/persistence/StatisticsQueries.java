package cn.tuanbiao.statistics.persistence;

import cn.tuanbiao.organizations.domain.OrganizationKind;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.statistics.domain.Jurisdiction;
import cn.tuanbiao.statistics.domain.MemberIndicators;
import cn.tuanbiao.statistics.domain.MemberOrganizations;
import cn.tuanbiao.statistics.domain.OrganizationIndicators;
import cn.tuanbiao.statistics.domain.PublicStatus;
import cn.tuanbiao.statistics.domain.StandardCounts;
import cn.tuanbiao.statistics.domain.StatisticsFilter;
import cn.tuanbiao.statistics.domain.StatisticsScope;
import cn.tuanbiao.tenancy.TenantId;
import jakarta.inject.Singleton;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static cn.tuanbiao.jooq.Tables.MEMBER_INDICATORS;
import static cn.tuanbiao.jooq.Tables.MEMBER_REVIEW_DUE;
import static cn.tuanbiao.jooq.Tables.ORGANIZATIONS;
import static cn.tuanbiao.jooq.Tables.ORGANIZATION_COUNTS;
import static cn.tuanbiao.jooq.Tables.ORGANIZATION_LINKS;
import static cn.tuanbiao.jooq.Tables.ORGANIZATION_STATISTICS;
import static cn.tuanbiao.jooq.Tables.ORGANIZATION_YEAR_STATISTICS;
import static cn.tuanbiao.jooq.Tables.PROVINCE_ORGANIZATION_COUNTS;
import static cn.tuanbiao.jooq.Tables.PROVINCE_STANDARD_COUNTS;
import static cn.tuanbiao.jooq.Tables.PUBLISHED_STANDARD_COUNTS;

/**
 * Reads the rollups of V28 (platform read models, no tenant needed). A territory reads the
 * rollups by region, a key range of their primary key ({@code 330000} … {@code 339999} for
 * Zhejiang), and the rollups by province and industry section where the report needs no finer
 * detail (the whole deployment or a province, by province, section, kind, year or status); an
 * alliance's members read their own rows by organization id. Nothing here counts standards or
 * organizations themselves.
 */
@Singleton
public class StatisticsQueries {

    private static final cn.tuanbiao.jooq.tables.OrganizationStatistics S = ORGANIZATION_STATISTICS;
    private static final cn.tuanbiao.jooq.tables.OrganizationYearStatistics Y = ORGANIZATION_YEAR_STATISTICS;

    private final DSLContext db;

    public StatisticsQueries(DSLContext db) {
        this.db = db;
    }

    /** The current member organizations of {@code alliance} (platform table organization_links). */
    public Set<TenantId> currentMembers(TenantId alliance) {
        var l = ORGANIZATION_LINKS;
        return db.select(l.CHILD_ID).from(l)
                .where(l.PARENT_ID.eq(alliance.value()), l.LINK_KIND.eq("ALLIANCE_MEMBER"), l.LEFT_ON.isNull())
                .fetchSet(r -> new TenantId(r.value1()));
    }

    /**
     * Public standards of the scope grouped by {@code key} (a function of the rows' region,
     * industry, kind or year), in the key's order.
     */
    public <K extends Comparable<K>> Map<K, StandardCounts> standardsBy(StatisticsScope scope, StatisticsFilter filter,
                                                                        Detail detail, Function<Rows, Field<K>> key) {
        Rows rows = provinceLevelSuffices(scope, filter, detail) ? provinceStandardRows() : standardRows(scope);
        Field<K> k = key.apply(rows);
        Map<K, StandardCounts> counts = new TreeMap<>();
        db.select(k, rows.status(), DSL.sum(rows.count()))
                .from(rows.table())
                .where(conditions(rows, scope, filter))
                .groupBy(k, rows.status())
                .forEach(r -> counts.merge(r.value1(), StandardCounts.NONE.plus(PublicStatus.valueOf(r.value2()),
                        number(r.value3())), StandardCounts::plus));
        return counts;
    }

    /** Organizations of the scope grouped by {@code key} (a function of their region, industry or kind). */
    public <K extends Comparable<K>> Map<K, Long> organizationsBy(StatisticsScope scope, StatisticsFilter filter,
                                                                  Detail detail, Function<Rows, Field<K>> key) {
        Rows rows = provinceLevelSuffices(scope, filter, detail) ? provinceOrganizationRows() : organizationRows(scope);
        Field<K> k = key.apply(rows);
        Map<K, Long> counts = new TreeMap<>();
        db.select(k, DSL.sum(rows.count()))
                .from(rows.table())
                .where(conditions(rows, scope, filter))
                .groupBy(k)
                .forEach(r -> counts.put(r.value1(), number(r.value2())));
        return counts;
    }

    /** One page of the scope's organizations with their indicators, by name. */
    public Page<OrganizationIndicators> organizations(StatisticsScope scope, StatisticsFilter filter,
                                                      boolean withWorkInProgress, PageRequest page) {
        var o = ORGANIZATIONS;
        Rows rows = new Rows(S, S.REGION_CODE, 6, S.INDUSTRY_CODE, S.KIND, null, S.STATUS, DSL.inline(1));
        Condition where = conditions(rows, scope, filter);
        long total = db.fetchCount(S, where);
        List<OrganizationIndicators> items = db.select(o.ID, o.CODE, o.NAME_ZH, S.KIND, S.REGION_CODE,
                        S.INDUSTRY_CODE, S.PUBLISHED_STANDARDS, S.WITHDRAWN_STANDARDS, S.REPLACED_STANDARDS,
                        S.IN_PROGRESS_STANDARDS)
                .from(S).join(o).on(o.ID.eq(S.ORGANIZATION_ID))
                .where(where)
                .orderBy(o.NAME_ZH, o.ID)
                .offset(page.offset()).limit(page.limit())
                .fetch(r -> new OrganizationIndicators(new TenantId(r.value1()), r.value2(), r.value3(),
                        OrganizationKind.valueOf(r.value4()), r.value5(), r.value6(),
                        new StandardCounts(r.value7(), r.value8(), r.value9()),
                        withWorkInProgress ? OptionalLong.of(r.value10()) : OptionalLong.empty()));
        return new Page<>(items, total, page.offset(), page.limit());
    }

    /**
     * One page of an alliance's current members by name, each with its public counts, its number in
     * progress and the indicators of V33 (member_indicators; overdue reviews as of {@code today}
     * from member_review_due): an index lookup per member, never a count over its standards.
     */
    public Page<MemberIndicators> memberIndicators(MemberOrganizations members, LocalDate today, PageRequest page) {
        var o = ORGANIZATIONS;
        var m = MEMBER_INDICATORS;
        var r = MEMBER_REVIEW_DUE;
        Condition where = S.ORGANIZATION_ID.in(ids(members));
        long total = db.fetchCount(S, where);
        Field<BigDecimal> overdue = DSL.field(DSL.select(DSL.sum(r.STANDARDS)).from(r)
                .where(r.ORGANIZATION_ID.eq(S.ORGANIZATION_ID), r.DUE_ON.lt(today)));
        List<MemberIndicators> items = db.select(o.ID, o.CODE, o.NAME_ZH, S.KIND, S.REGION_CODE, S.INDUSTRY_CODE,
                        S.PUBLISHED_STANDARDS, S.WITHDRAWN_STANDARDS, S.REPLACED_STANDARDS, S.IN_PROGRESS_STANDARDS,
                        m.COMMENT_PERIODS, m.COMMENT_PERIODS_HONOURED, m.VOTES_BY_RULE, m.PUBLISHED_STANDARDS,
                        m.DECLARATIONS_CONFIRMED, overdue, m.CASES_OPEN, m.PRACTICE_YEAR, m.PRACTICE_STARS)
                .from(S).join(o).on(o.ID.eq(S.ORGANIZATION_ID))
                .leftJoin(m).on(m.ORGANIZATION_ID.eq(S.ORGANIZATION_ID))
                .where(where)
                .orderBy(o.NAME_ZH, o.ID)
                .offset(page.offset()).limit(page.limit())
                .fetch(x -> new MemberIndicators(new OrganizationIndicators(new TenantId(x.get(o.ID)), x.get(o.CODE),
                        x.get(o.NAME_ZH), OrganizationKind.valueOf(x.get(S.KIND)), x.get(S.REGION_CODE),
                        x.get(S.INDUSTRY_CODE), new StandardCounts(x.get(S.PUBLISHED_STANDARDS),
                        x.get(S.WITHDRAWN_STANDARDS), x.get(S.REPLACED_STANDARDS)),
                        OptionalLong.of(x.get(S.IN_PROGRESS_STANDARDS))),
                        orZero(x.get(m.COMMENT_PERIODS)), orZero(x.get(m.COMMENT_PERIODS_HONOURED)),
                        orZero(x.get(m.VOTES_BY_RULE)), orZero(x.get(m.PUBLISHED_STANDARDS)),
                        orZero(x.get(m.DECLARATIONS_CONFIRMED)), number(x.get(overdue)), orZero(x.get(m.CASES_OPEN)),
                        x.get(m.PRACTICE_YEAR) == null ? OptionalInt.empty() : OptionalInt.of(x.get(m.PRACTICE_YEAR)),
                        x.get(m.PRACTICE_STARS) == null ? OptionalInt.empty()
                                : OptionalInt.of(x.get(m.PRACTICE_STARS).intValue())));
        return new Page<>(items, total, page.offset(), page.limit());
    }

    private static long orZero(Integer value) {
        return value == null ? 0 : value;
    }

    /**
     * The columns a report groups and filters by, over either a rollup (a territory) or the
     * members' own rows (an alliance). {@code region} has {@code regionDigits} digits (6, or 2 in
     * the rollups by province, whose {@code industry} is the section letter); {@code year} is null
     * for organizations.
     */
    public record Rows(Table<?> table, Field<String> region, int regionDigits, Field<String> industry,
                       Field<String> kind, Field<Integer> year, Field<String> status, Field<Integer> count) {
    }

    /** How fine a report groups: by how many leading digits of the region, characters of the industry (0: not). */
    public record Detail(int regionDigits, int industryCharacters) {

        public static final Detail NONE = new Detail(0, 0);
    }

    private static boolean provinceLevelSuffices(StatisticsScope scope, StatisticsFilter filter, Detail detail) {
        return scope instanceof Jurisdiction territory && territory.prefix().length() <= 2
                && (filter.region() == null || filter.region().prefix().length() <= 2)
                && (filter.industryPrefix() == null || filter.industryPrefix().length() == 1)
                && detail.regionDigits() <= 2 && detail.industryCharacters() <= 1;
    }

    private static Rows provinceStandardRows() {
        var p = PROVINCE_STANDARD_COUNTS;
        return new Rows(p, p.PROVINCE, 2, p.INDUSTRY_SECTION, p.KIND, p.YEAR, p.STATUS, p.STANDARDS);
    }

    private static Rows provinceOrganizationRows() {
        var p = PROVINCE_ORGANIZATION_COUNTS;
        return new Rows(p, p.PROVINCE, 2, p.INDUSTRY_SECTION, p.KIND, null, p.STATUS, p.ORGANIZATIONS);
    }

    private Rows standardRows(StatisticsScope scope) {
        if (scope instanceof MemberOrganizations members) {
            Table<?> t = db.select(S.REGION_CODE, S.INDUSTRY_CODE, S.KIND, Y.YEAR, Y.STATUS, Y.STANDARDS)
                    .from(S).join(Y).on(Y.ORGANIZATION_ID.eq(S.ORGANIZATION_ID))
                    .where(S.ORGANIZATION_ID.in(ids(members)))
                    .asTable("member_standards");
            return new Rows(t, t.field(S.REGION_CODE), 6, t.field(S.INDUSTRY_CODE), t.field(S.KIND),
                    t.field(Y.YEAR), t.field(Y.STATUS), t.field(Y.STANDARDS));
        }
        var c = PUBLISHED_STANDARD_COUNTS;
        return new Rows(c, c.REGION_CODE, 6, c.INDUSTRY_CODE, c.KIND, c.YEAR, c.STATUS, c.STANDARDS);
    }

    private Rows organizationRows(StatisticsScope scope) {
        if (scope instanceof MemberOrganizations) {
            return new Rows(S, S.REGION_CODE, 6, S.INDUSTRY_CODE, S.KIND, null, S.STATUS, DSL.inline(1));
        }
        var c = ORGANIZATION_COUNTS;
        return new Rows(c, c.REGION_CODE, 6, c.INDUSTRY_CODE, c.KIND, null, c.STATUS, c.ORGANIZATIONS);
    }

    private static Condition conditions(Rows rows, StatisticsScope scope, StatisticsFilter filter) {
        Condition where = rows.kind().in(filter.kinds().stream().map(Enum::name).toList());
        if (scope instanceof MemberOrganizations members && rows.table() == S) {
            where = where.and(S.ORGANIZATION_ID.in(ids(members)));
        }
        if (scope instanceof Jurisdiction territory) {
            where = where.and(within(rows, territory));
        }
        if (filter.region() != null) {
            where = where.and(within(rows, filter.region()));
        }
        if (filter.industryPrefix() != null) {
            where = where.and(rows.industry().startsWith(filter.industryPrefix()));
        }
        if (rows.year() != null && filter.fromYear() != null) {
            where = where.and(rows.year().ge(filter.fromYear()));
        }
        if (rows.year() != null && filter.toYear() != null) {
            where = where.and(rows.year().le(filter.toYear()));
        }
        return where;
    }

    private static Condition within(Rows rows, Jurisdiction territory) {
        return territory.isNationwide() ? DSL.noCondition()
                : rows.region().between(territory.lowest().substring(0, rows.regionDigits()),
                        territory.highest().substring(0, rows.regionDigits()));
    }

    private static List<UUID> ids(MemberOrganizations members) {
        return members.members().stream().map(TenantId::value).collect(Collectors.toList());
    }

    private static long number(BigDecimal value) {
        return value == null ? 0 : value.longValueExact();
    }
}
