package cn.tuanbiao.console.excellence.persistence;

import cn.tuanbiao.console.excellence.domain.Assessment;
import cn.tuanbiao.console.excellence.domain.Exit;
import cn.tuanbiao.console.excellence.domain.Grade;
import cn.tuanbiao.console.excellence.domain.Indicators;
import cn.tuanbiao.console.excellence.domain.PoolMembership;
import cn.tuanbiao.console.excellence.domain.PoolQuery;
import cn.tuanbiao.console.excellence.domain.PoolRow;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import jakarta.inject.Singleton;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static cn.tuanbiao.jooq.Tables.EXCELLENCE_ASSESSMENTS;
import static cn.tuanbiao.jooq.Tables.EXCELLENCE_MEMBERSHIPS;
import static cn.tuanbiao.jooq.Tables.PUBLISHED_STANDARDS;

/**
 * The excellence pool of the authority whose transaction this is (V34, row-level security): memberships,
 * their assessments, their exits. The tenant is never a parameter of a read: the transaction's tenant is
 * the only one these tables show. {@link #indicators} is the one cross-tenant read, through V34's
 * reviewed function, outside any tenant's transaction.
 */
@Singleton
public class ExcellenceStore {

    private static final cn.tuanbiao.jooq.tables.ExcellenceMemberships M = EXCELLENCE_MEMBERSHIPS;
    private static final cn.tuanbiao.jooq.tables.ExcellenceAssessments A = EXCELLENCE_ASSESSMENTS;

    private final DSLContext db;

    public ExcellenceStore(DSLContext db) {
        this.db = db;
    }

    public void insert(TenantId authority, PoolMembership m, PersonId by) {
        db.insertInto(M).set(M.TENANT_ID, authority.value()).set(M.ID, m.id())
                .set(M.ORGANIZATION_ID, m.organization().value()).set(M.ORGANIZATION_CODE, m.code())
                .set(M.ORGANIZATION_NAME, m.nameZh()).set(M.REGION_CODE, m.regionCode()).set(M.ENTRY_YEAR, m.entryYear())
                .set(M.ENTERED_ON, m.enteredOn()).set(M.ENTRY_REASON, m.entryReason()).set(M.ENTERED_BY, by.value())
                .execute();
    }

    public void insertAssessment(TenantId authority, UUID membership, Assessment a, PersonId by) {
        Indicators i = a.indicators();
        db.insertInto(A).set(A.TENANT_ID, authority.value()).set(A.MEMBERSHIP_ID, membership).set(A.YEAR, a.year())
                .set(A.SCORE, a.score()).set(A.GRADE, a.grade().name()).set(A.COMMENT, a.comment())
                .set(A.PUBLISHED_STANDARDS, (int) i.publishedInYear()).set(A.STANDARDS_IN_FORCE, (int) i.inForce())
                .set(A.GOOD_PRACTICE_YEAR, i.goodPracticeYear())
                .set(A.GOOD_PRACTICE_STARS, i.goodPracticeStars() == null ? null : i.goodPracticeStars().shortValue())
                .set(A.COMPLAINTS, (int) i.complaints()).set(A.OVERDUE_REVIEWS, (int) i.overdueReviews())
                .set(A.ASSESSED_BY, by.value()).set(A.ASSESSED_BY_NAME, a.assessedByName())
                .set(A.ASSESSED_AT, a.assessedAt().atOffset(ZoneOffset.UTC)).execute();
    }

    public void markExited(UUID membership, Exit exit, PersonId by) {
        db.update(M).set(M.EXITED_ON, exit.on()).set(M.EXIT_REASON, exit.reason()).set(M.EXITED_BY, by.value())
                .where(M.ID.eq(membership), M.EXITED_ON.isNull()).execute();
    }

    /** The membership, locked against a concurrent assessment or exit when {@code lock}. */
    public Optional<PoolMembership> find(UUID id, boolean lock) {
        var query = db.selectFrom(M).where(M.ID.eq(id));
        return (lock ? query.forUpdate().fetchOptional() : query.fetchOptional()).map(this::withAssessments);
    }

    /** The organization's current membership, locked so that two entries of it queue. */
    public Optional<PoolMembership> current(UUID organization) {
        return db.selectFrom(M).where(M.ORGANIZATION_ID.eq(organization), M.EXITED_ON.isNull()).forUpdate()
                .fetchOptional().map(this::withAssessments);
    }

    /**
     * Every membership of the organization, oldest first, each with its assessments. Within one day an
     * ended membership came before the one entered after it (only one is current at a time).
     */
    public List<PoolMembership> history(UUID organization) {
        return db.selectFrom(M).where(M.ORGANIZATION_ID.eq(organization))
                .orderBy(M.ENTERED_ON, M.EXITED_ON.asc().nullsLast(), M.ID).limit(100)
                .fetch(this::withAssessments);
    }

    /** A page of the pool by name, each with its latest assessment. */
    public Page<PoolRow> list(PoolQuery query, PageRequest page) {
        Condition where = switch (query.status()) {
            case CURRENT -> M.EXITED_ON.isNull();
            case EXITED -> M.EXITED_ON.isNotNull();
            case ALL -> DSL.noCondition();
        };
        if (query.entryYear() != null) {
            where = where.and(M.ENTRY_YEAR.eq(query.entryYear()));
        }
        if (query.name() != null) {
            where = where.and(M.ORGANIZATION_NAME.contains(query.name()).or(M.ORGANIZATION_CODE.eq(query.name().toUpperCase())));
        }
        long total = db.fetchCount(M, where);
        var rows = db.selectFrom(M).where(where).orderBy(M.ORGANIZATION_NAME, M.ID)
                .offset(page.offset()).limit(page.limit()).fetch();
        Map<UUID, Assessment> latest = new HashMap<>();
        if (!rows.isEmpty()) {
            var a2 = A.as("later");
            db.selectFrom(A).where(A.MEMBERSHIP_ID.in(rows.stream().map(r -> r.get(M.ID)).toList()))
                    .andNotExists(DSL.selectOne().from(a2).where(a2.TENANT_ID.eq(A.TENANT_ID),
                            a2.MEMBERSHIP_ID.eq(A.MEMBERSHIP_ID), a2.YEAR.gt(A.YEAR)))
                    .forEach(r -> latest.put(r.getMembershipId(), assessment(r)));
        }
        return new Page<>(rows.stream().map(r -> new PoolRow(r.get(M.ID), r.get(M.ORGANIZATION_ID),
                r.get(M.ORGANIZATION_CODE), r.get(M.ORGANIZATION_NAME), r.get(M.REGION_CODE), r.get(M.ENTRY_YEAR),
                r.get(M.ENTERED_ON), Optional.ofNullable(r.get(M.EXITED_ON)),
                Optional.ofNullable(latest.get(r.get(M.ID))))).toList(), total, page.offset(), page.limit());
    }

    /** One row of V34's excellence_indicators: what the statistics rollups do not hold. */
    public record Counts(Integer goodPracticeYear, Integer goodPracticeStars, long overdueReviews, long complaints) {
    }

    /**
     * The counts of the authority's current pool members for {@code year}, by organization, through
     * V34's {@code excellence_indicators}; to be called outside any tenant's transaction.
     */
    public Map<UUID, Counts> indicators(TenantId authority, int year, LocalDate today) {
        Map<UUID, Counts> counts = new HashMap<>();
        db.resultQuery("select member_organization_id, good_practice_year, good_practice_stars, overdue_reviews,"
                        + " complaints from excellence_indicators(?, ?, ?)", authority.value(), year, today)
                .forEach(r -> counts.put(r.get(0, UUID.class), new Counts(r.get(1, Integer.class),
                        r.get(2, Integer.class), r.get(3, Long.class), r.get(4, Long.class))));
        return counts;
    }

    /**
     * The standards the organization published in {@code year}, whatever their status now, from the
     * platform's public register of published standards (V12: public by law, read by everyone).
     */
    public long publishedIn(UUID organization, int year) {
        return db.fetchCount(PUBLISHED_STANDARDS, PUBLISHED_STANDARDS.ORGANIZATION_ID.eq(organization),
                PUBLISHED_STANDARDS.PUBLISHED_ON.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
    }

    private PoolMembership withAssessments(Record m) {
        UUID id = m.get(M.ID);
        List<Assessment> assessments = db.selectFrom(A).where(A.MEMBERSHIP_ID.eq(id)).orderBy(A.YEAR)
                .fetch(this::assessment);
        return new PoolMembership(id, new TenantId(m.get(M.ORGANIZATION_ID)), m.get(M.ORGANIZATION_CODE),
                m.get(M.ORGANIZATION_NAME), m.get(M.REGION_CODE), m.get(M.ENTRY_YEAR), m.get(M.ENTERED_ON),
                m.get(M.ENTRY_REASON), Optional.ofNullable(m.get(M.EXITED_ON)).map(on -> new Exit(on, m.get(M.EXIT_REASON))),
                assessments);
    }

    private Assessment assessment(cn.tuanbiao.jooq.tables.records.ExcellenceAssessmentsRecord r) {
        return new Assessment(r.getYear(), r.getScore(), Grade.valueOf(r.getGrade()), r.getComment(),
                new Indicators(r.getYear(), r.getPublishedStandards(), r.getStandardsInForce(), r.getGoodPracticeYear(),
                        r.getGoodPracticeStars() == null ? null : r.getGoodPracticeStars().intValue(), r.getComplaints(),
                        r.getOverdueReviews()),
                r.getAssessedByName(), r.getAssessedAt().toInstant());
    }
}
