package cn.tuanbiao.chambers.persistence;

import cn.tuanbiao.chambers.domain.AnnualReport;
import cn.tuanbiao.chambers.domain.AnnualReport.Ballots;
import cn.tuanbiao.chambers.domain.AnnualReport.Cases;
import cn.tuanbiao.chambers.domain.AnnualReport.CommentPeriods;
import cn.tuanbiao.chambers.domain.AnnualReport.Declarations;
import cn.tuanbiao.chambers.domain.AnnualReport.GoodPractice;
import cn.tuanbiao.chambers.domain.AnnualReport.Implementation;
import cn.tuanbiao.chambers.domain.AnnualReport.MeetingsHeld;
import cn.tuanbiao.chambers.domain.AnnualReport.PublishedStandard;
import cn.tuanbiao.chambers.domain.AnnualReport.StandardsWork;
import cn.tuanbiao.organizations.domain.OrganizationCode;
import cn.tuanbiao.standards.domain.StandardNumber;
import jakarta.inject.Singleton;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static cn.tuanbiao.jooq.Tables.AUDIT_EVENTS;
import static cn.tuanbiao.jooq.Tables.BALLOT_RESULTS;
import static cn.tuanbiao.jooq.Tables.CASES;
import static cn.tuanbiao.jooq.Tables.IMPLEMENTATION_RECORDS;
import static cn.tuanbiao.jooq.Tables.MEETINGS;
import static cn.tuanbiao.jooq.Tables.POLICIES;
import static cn.tuanbiao.jooq.Tables.POLICY_VERSIONS;
import static cn.tuanbiao.jooq.Tables.PRACTICE_EVALUATIONS;
import static cn.tuanbiao.jooq.Tables.STANDARDS;
import static cn.tuanbiao.jooq.Tables.STANDARD_DECLARATIONS;

/**
 * Counts, in the chamber's own transaction, what its records hold for one year (SUP-3): the other
 * features' tables, read only, one aggregate query each. Steps of the lifecycle are counted from the
 * audit log (AUD-1), where each is recorded once with its time.
 */
@Singleton
public class ChamberRecordsStore {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String STANDARD = "STANDARD";

    private final DSLContext db;

    public ChamberRecordsStore(DSLContext db) {
        this.db = db;
    }

    /** The year's span in China's time: [from, until). */
    private record Span(LocalDate first, LocalDate last, OffsetDateTime from, OffsetDateTime until) {

        static Span of(int year) {
            LocalDate first = LocalDate.of(year, 1, 1);
            return new Span(first, LocalDate.of(year, 12, 31), first.atStartOfDay(CHINA).toOffsetDateTime(),
                    first.plusYears(1).atStartOfDay(CHINA).toOffsetDateTime());
        }
    }

    public StandardsWork standards(int year) {
        Span y = Span.of(year);
        Map<String, Integer> steps = db.select(AUDIT_EVENTS.ACTION, DSL.count()).from(AUDIT_EVENTS)
                .where(AUDIT_EVENTS.SUBJECT_TYPE.eq(STANDARD), AUDIT_EVENTS.RECORDED_AT.ge(y.from()),
                        AUDIT_EVENTS.RECORDED_AT.lt(y.until()),
                        AUDIT_EVENTS.ACTION.in("PROPOSED", "PROJECT_APPROVED", "APPROVED", "PERIODIC_REVIEW_WITHDRAW"))
                .groupBy(AUDIT_EVENTS.ACTION).fetchMap(r -> r.value1(), r -> r.value2());
        int published = db.fetchCount(STANDARDS, publishedIn(y));
        // in force today (a withdrawal is dated only in the audit log; the report says "as of its date")
        int inForce = db.fetchCount(STANDARDS, STANDARDS.STAGE.eq("PUBLISHED"));
        return new StandardsWork(steps.getOrDefault("PROPOSED", 0), steps.getOrDefault("PROJECT_APPROVED", 0),
                steps.getOrDefault("APPROVED", 0), published, steps.getOrDefault("PERIODIC_REVIEW_WITHDRAW", 0), inForce);
    }

    /** The standards published in the year, by date (a chamber publishes a handful; at most 500 listed). */
    public List<PublishedStandard> publishedIn(int year, OrganizationCode code) {
        return db.select(STANDARDS.NUMBER_SEQUENCE, STANDARDS.NUMBER_PART, STANDARDS.NUMBER_YEAR, STANDARDS.TITLE_ZH,
                        STANDARDS.PUBLISHED_ON)
                .from(STANDARDS).where(publishedIn(Span.of(year)))
                .orderBy(STANDARDS.PUBLISHED_ON, STANDARDS.NUMBER_SEQUENCE, STANDARDS.NUMBER_PART).limit(500)
                .fetch(r -> new PublishedStandard(new StandardNumber(code, r.value1(), r.value2(), Year.of(r.value3()))
                        .toString(), r.value4(), r.value5()));
    }

    private static Condition publishedIn(Span y) {
        return STANDARDS.STAGE.in("PUBLISHED", "WITHDRAWN", "REPLACED")
                .and(STANDARDS.PUBLISHED_ON.between(y.first(), y.last()));
    }

    public CommentPeriods commentPeriods(int year) {
        Span y = Span.of(year);
        var r = db.select(DSL.count(), DSL.count().filterWhere(
                        DSL.field("{0} - {1}", Integer.class, STANDARDS.COMMENT_CLOSES, STANDARDS.COMMENT_OPENS).ge(30)))
                .from(STANDARDS)
                .where(STANDARDS.COMMENT_CLOSES.between(y.first(), y.last()), STANDARDS.COMMENT_OPENS.isNotNull())
                .fetchOne();
        return new CommentPeriods(r.value1(), r.value2());
    }

    public Ballots ballots(int year) {
        Span y = Span.of(year);
        var r = db.select(DSL.count(), DSL.count().filterWhere(BALLOT_RESULTS.PASSED.isTrue())).from(BALLOT_RESULTS)
                .where(BALLOT_RESULTS.CLOSED_AT.ge(y.from()), BALLOT_RESULTS.CLOSED_AT.lt(y.until())).fetchOne();
        return new Ballots(r.value1(), r.value2());
    }

    public List<MeetingsHeld> meetings(int year) {
        Span y = Span.of(year);
        return db.select(MEETINGS.KIND, DSL.count()).from(MEETINGS)
                .where(MEETINGS.STATUS.eq("HELD"), MEETINGS.STARTS_AT.ge(y.from()), MEETINGS.STARTS_AT.lt(y.until()))
                .groupBy(MEETINGS.KIND).orderBy(MEETINGS.KIND)
                .fetch(r -> new MeetingsHeld(r.value1(), r.value2()));
    }

    public Implementation implementation(int year) {
        Span y = Span.of(year);
        var k = IMPLEMENTATION_RECORDS.KIND;
        var r = db.select(DSL.count().filterWhere(k.eq("DISSEMINATION_EVENT")), DSL.count().filterWhere(k.eq("TRAINING")),
                        DSL.coalesce(DSL.sum(IMPLEMENTATION_RECORDS.PARTICIPANTS), java.math.BigDecimal.ZERO),
                        DSL.count().filterWhere(k.eq("IMPLEMENTATION_FEEDBACK")), DSL.count().filterWhere(k.eq("ADOPTION")),
                        DSL.count().filterWhere(k.eq("CONVERSION_REQUEST")))
                .from(IMPLEMENTATION_RECORDS)
                .where(IMPLEMENTATION_RECORDS.OCCURRED_ON.between(y.first(), y.last())).fetchOne();
        return new Implementation(r.value1(), r.value2(), r.value3().intValue(), r.value4(), r.value5(), r.value6());
    }

    public Declarations declarations(int year) {
        Span y = Span.of(year);
        return new Declarations(db.fetchCount(STANDARD_DECLARATIONS, STANDARD_DECLARATIONS.CONFIRMED_AT.ge(y.from()),
                STANDARD_DECLARATIONS.CONFIRMED_AT.lt(y.until())));
    }

    public Cases cases(int year) {
        Span y = Span.of(year);
        // concluded by its outcome, or by the decision that it is out of scope (as the good-practice pre-fill reads it)
        var concludedAt = DSL.coalesce(CASES.DECIDED_AT,
                DSL.when(CASES.STATUS.eq("REJECTED_OUT_OF_SCOPE"), CASES.SCOPE_DECIDED_AT));
        var concludedOn = DSL.field("({0} at time zone 'Asia/Shanghai')::date", LocalDate.class, concludedAt);
        var r = db.select(DSL.count().filterWhere(CASES.KIND.eq("APPEAL")), DSL.count().filterWhere(CASES.KIND.eq("COMPLAINT")),
                        DSL.count().filterWhere(CASES.KIND.eq("DISPUTE")), DSL.count().filterWhere(concludedAt.isNotNull()),
                        DSL.count().filterWhere(concludedOn.le(CASES.CONCLUDE_BY)))
                .from(CASES).where(CASES.RECEIVED_AT.ge(y.from()), CASES.RECEIVED_AT.lt(y.until())).fetchOne();
        return new Cases(r.value1(), r.value2(), r.value3(), r.value4(), r.value5());
    }

    public Optional<GoodPractice> goodPractice(int year) {
        var e = PRACTICE_EVALUATIONS;
        return db.select(e.YEAR, e.STATUS, e.TOTAL_SCORE, e.STARS, e.BASIC_CONDITIONS_MET).from(e).where(e.YEAR.eq(year))
                .fetchOptional(r -> new GoodPractice(r.value1(), r.value2(), r.value3(),
                        r.value4() == null ? null : r.value4().intValue(), r.value5()));
    }

    /** The fee management procedures (ORG-6, topic FEES) in force at the end of the year: title, version, decision. */
    public List<String> feesPolicies(int year) {
        LocalDate last = Span.of(year).last();
        var v = POLICY_VERSIONS;
        return db.select(POLICIES.TITLE, v.VERSION, v.DECISION_REFERENCE).from(POLICIES)
                .join(v).on(v.TENANT_ID.eq(POLICIES.TENANT_ID), v.POLICY_ID.eq(POLICIES.ID))
                .where(POLICIES.TOPIC.eq("FEES"), v.IN_FORCE_FROM.le(last))
                .and(v.VERSION.eq(DSL.select(DSL.max(POLICY_VERSIONS.as("w").VERSION)).from(POLICY_VERSIONS.as("w"))
                        .where(POLICY_VERSIONS.as("w").TENANT_ID.eq(POLICIES.TENANT_ID),
                                POLICY_VERSIONS.as("w").POLICY_ID.eq(POLICIES.ID),
                                POLICY_VERSIONS.as("w").IN_FORCE_FROM.le(last))))
                .orderBy(POLICIES.TITLE)
                .fetch(r -> "《" + r.value1() + "》v" + r.value2() + "（" + r.value3() + "）");
    }
}
