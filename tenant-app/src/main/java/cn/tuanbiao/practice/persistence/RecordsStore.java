package cn.tuanbiao.practice.persistence;

import cn.tuanbiao.practice.domain.OrganizationRecords;
import cn.tuanbiao.practice.domain.OrganizationRecords.BallotClosed;
import cn.tuanbiao.practice.domain.OrganizationRecords.CaseReceived;
import cn.tuanbiao.practice.domain.OrganizationRecords.CommentPeriodHeld;
import cn.tuanbiao.practice.domain.OrganizationRecords.PatentCallIssued;
import cn.tuanbiao.practice.domain.OrganizationRecords.PolicyInForce;
import cn.tuanbiao.practice.domain.OrganizationRecords.PublishedStandard;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import static cn.tuanbiao.jooq.Tables.BALLOTS;
import static cn.tuanbiao.jooq.Tables.BALLOT_RESULTS;
import static cn.tuanbiao.jooq.Tables.CASES;
import static cn.tuanbiao.jooq.Tables.PATENT_CALLS;
import static cn.tuanbiao.jooq.Tables.POLICIES;
import static cn.tuanbiao.jooq.Tables.POLICY_VERSIONS;
import static cn.tuanbiao.jooq.Tables.STANDARDS;
import static cn.tuanbiao.jooq.Tables.STANDARD_DECLARATIONS;

/**
 * Reads, in the tenant's transaction, the records of the organization the good-practice pre-fill rests
 * on (PUB-2): the other features' tables, read only, each by one query for the whole year.
 */
@Singleton
public class RecordsStore {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final DSLContext db;

    public RecordsStore(DSLContext db) {
        this.db = db;
    }

    public OrganizationRecords of(int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        OffsetDateTime from = first.atStartOfDay(CHINA).toOffsetDateTime();
        OffsetDateTime until = first.plusYears(1).atStartOfDay(CHINA).toOffsetDateTime();
        return new OrganizationRecords(year, policies(last), commentPeriods(first, last), ballots(from, until),
                patentCalls(from, until), published(last), cases(from, until));
    }

    /** The latest version of each policy in force at the end of the year. */
    private List<PolicyInForce> policies(LocalDate last) {
        var v = POLICY_VERSIONS.as("v");
        return db.select(POLICIES.ID, POLICIES.TOPIC, POLICIES.TITLE, v.VERSION, v.ADOPTED_ON, v.DECISION_REFERENCE)
                .from(POLICIES).join(v).on(v.TENANT_ID.eq(POLICIES.TENANT_ID), v.POLICY_ID.eq(POLICIES.ID))
                .where(v.IN_FORCE_FROM.le(last))
                .and(v.VERSION.eq(org.jooq.impl.DSL.select(org.jooq.impl.DSL.max(POLICY_VERSIONS.VERSION))
                        .from(POLICY_VERSIONS).where(POLICY_VERSIONS.TENANT_ID.eq(POLICIES.TENANT_ID),
                                POLICY_VERSIONS.POLICY_ID.eq(POLICIES.ID), POLICY_VERSIONS.IN_FORCE_FROM.le(last))))
                .orderBy(POLICIES.TOPIC, POLICIES.TITLE)
                .fetch(r -> new PolicyInForce(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    private List<CommentPeriodHeld> commentPeriods(LocalDate first, LocalDate last) {
        return db.select(STANDARDS.ID, STANDARDS.TITLE_ZH, STANDARDS.COMMENT_OPENS, STANDARDS.COMMENT_CLOSES)
                .from(STANDARDS)
                .where(STANDARDS.COMMENT_CLOSES.between(first, last), STANDARDS.COMMENT_OPENS.isNotNull())
                .orderBy(STANDARDS.COMMENT_CLOSES, STANDARDS.ID)
                .fetch(r -> new CommentPeriodHeld(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    private List<BallotClosed> ballots(OffsetDateTime from, OffsetDateTime until) {
        return db.select(BALLOTS.ID, STANDARDS.TITLE_ZH, BALLOT_RESULTS.BASE, BALLOT_RESULTS.IN_FAVOUR,
                        BALLOT_RESULTS.THRESHOLD, BALLOT_RESULTS.PASSED, BALLOT_RESULTS.CLOSED_AT)
                .from(BALLOT_RESULTS)
                .join(BALLOTS).on(BALLOTS.TENANT_ID.eq(BALLOT_RESULTS.TENANT_ID), BALLOTS.ID.eq(BALLOT_RESULTS.BALLOT_ID))
                .join(STANDARDS).on(STANDARDS.TENANT_ID.eq(BALLOTS.TENANT_ID), STANDARDS.ID.eq(BALLOTS.STANDARD_ID))
                .where(BALLOT_RESULTS.CLOSED_AT.ge(from), BALLOT_RESULTS.CLOSED_AT.lt(until))
                .orderBy(BALLOT_RESULTS.CLOSED_AT)
                .fetch(r -> new BallotClosed(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7().toInstant()));
    }

    private List<PatentCallIssued> patentCalls(OffsetDateTime from, OffsetDateTime until) {
        return db.select(PATENT_CALLS.ID, STANDARDS.TITLE_ZH, PATENT_CALLS.STAGE, PATENT_CALLS.ISSUED_AT,
                        PATENT_CALLS.MEMBERS_NOTIFIED)
                .from(PATENT_CALLS)
                .join(STANDARDS).on(STANDARDS.TENANT_ID.eq(PATENT_CALLS.TENANT_ID), STANDARDS.ID.eq(PATENT_CALLS.STANDARD_ID))
                .where(PATENT_CALLS.ISSUED_AT.ge(from), PATENT_CALLS.ISSUED_AT.lt(until))
                .orderBy(PATENT_CALLS.ISSUED_AT)
                .fetch(r -> new PatentCallIssued(r.value1(), r.value2(), r.value3(), r.value4().toInstant(), r.value5()));
    }

    private List<PublishedStandard> published(LocalDate last) {
        return db.select(STANDARDS.ID, STANDARDS.TITLE_ZH, STANDARDS.PUBLISHED_ON, STANDARD_DECLARATIONS.CONFIRMED_AT)
                .from(STANDARDS)
                .leftJoin(STANDARD_DECLARATIONS).on(STANDARD_DECLARATIONS.TENANT_ID.eq(STANDARDS.TENANT_ID),
                        STANDARD_DECLARATIONS.STANDARD_ID.eq(STANDARDS.ID))
                .where(STANDARDS.STAGE.eq("PUBLISHED"), STANDARDS.PUBLISHED_ON.le(last))
                .orderBy(STANDARDS.PUBLISHED_ON, STANDARDS.NUMBER_SEQUENCE, STANDARDS.NUMBER_PART, STANDARDS.ID)
                .fetch(r -> new PublishedStandard(r.value1(), r.value2(), r.value3(), r.value4() != null));
    }

    private List<CaseReceived> cases(OffsetDateTime from, OffsetDateTime until) {
        return db.select(CASES.ID, CASES.NUMBER, CASES.CONCLUDE_BY, CASES.DECIDED_AT, CASES.SCOPE_DECIDED_AT,
                        CASES.STATUS)
                .from(CASES)
                .where(CASES.RECEIVED_AT.ge(from), CASES.RECEIVED_AT.lt(until))
                .orderBy(CASES.RECEIVED_AT)
                .fetch(r -> {
                    // concluded by its outcome, or by the decision that it is out of scope
                    OffsetDateTime concluded = r.value4() != null ? r.value4()
                            : "REJECTED_OUT_OF_SCOPE".equals(r.value6()) ? r.value5() : null;
                    return new CaseReceived(r.value1(), r.value2(), r.value3(),
                            concluded == null ? null : concluded.atZoneSameInstant(CHINA).toLocalDate());
                });
    }
}
