package cn.tuanbiao.appeals.persistence;

import cn.tuanbiao.appeals.domain.Authority;
import cn.tuanbiao.appeals.domain.Case;
import cn.tuanbiao.appeals.domain.CaseDeadlines;
import cn.tuanbiao.appeals.domain.CaseFiling;
import cn.tuanbiao.appeals.domain.CaseFilter;
import cn.tuanbiao.appeals.domain.CaseId;
import cn.tuanbiao.appeals.domain.CaseKind;
import cn.tuanbiao.appeals.domain.CaseOutcome;
import cn.tuanbiao.appeals.domain.CaseProgress;
import cn.tuanbiao.appeals.domain.CaseStatus;
import cn.tuanbiao.appeals.domain.Complainant;
import cn.tuanbiao.appeals.domain.ContestedDecision;
import cn.tuanbiao.appeals.domain.Escalation;
import cn.tuanbiao.appeals.domain.HandlingStep;
import cn.tuanbiao.appeals.domain.HandlingStepKind;
import cn.tuanbiao.appeals.domain.ReferralStatus;
import cn.tuanbiao.appeals.domain.StepDraft;
import cn.tuanbiao.appeals.domain.TimeLimit;
import cn.tuanbiao.appeals.domain.TimeLimits;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import jakarta.inject.Singleton;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static cn.tuanbiao.jooq.Tables.CASES;
import static cn.tuanbiao.jooq.Tables.CASE_STEPS;
import static cn.tuanbiao.jooq.Tables.CASE_TIME_LIMITS;
import static cn.tuanbiao.jooq.Tables.ORGANIZATIONS;
import static cn.tuanbiao.jooq.Tables.STANDARDS;

/** The transaction's tenant's cases, their handling steps and time limits (PART-6). */
@Singleton
public class CaseStore {

    private static final cn.tuanbiao.jooq.tables.Cases C = CASES;
    private static final cn.tuanbiao.jooq.tables.CaseSteps S = CASE_STEPS;

    private final DSLContext db;

    public CaseStore(DSLContext db) {
        this.db = db;
    }

    // --- time limits ------------------------------------------------------------------------------

    public Optional<TimeLimits> timeLimits() {
        return db.selectFrom(CASE_TIME_LIMITS).fetchOptional(r -> new TimeLimits(r.getAcknowledgeDays(),
                r.getScopeDays(), r.getConcludeDays()));
    }

    public void saveTimeLimits(TenantId tenant, TimeLimits limits) {
        var t = CASE_TIME_LIMITS;
        db.insertInto(t).set(t.TENANT_ID, tenant.value()).set(t.ACKNOWLEDGE_DAYS, limits.acknowledgeDays())
                .set(t.SCOPE_DAYS, limits.scopeDays()).set(t.CONCLUDE_DAYS, limits.concludeDays())
                .onConflict(t.TENANT_ID).doUpdate()
                .set(t.ACKNOWLEDGE_DAYS, limits.acknowledgeDays()).set(t.SCOPE_DAYS, limits.scopeDays())
                .set(t.CONCLUDE_DAYS, limits.concludeDays())
                .execute();
    }

    // --- cases ------------------------------------------------------------------------------------

    /** Stores a new case; {@code accessTokenSha256} is the public complainant's key, null for members. */
    public void insert(TenantId tenant, Case c, String accessTokenSha256) {
        CaseFiling f = c.filing();
        Complainant who = c.complainant();
        CaseDeadlines d = c.deadlines();
        db.insertInto(C)
                .set(C.TENANT_ID, tenant.value()).set(C.ID, c.id().value()).set(C.NUMBER, c.number())
                .set(C.KIND, f.kind().name()).set(C.STATUS, c.status().name())
                .set(C.TITLE, f.title()).set(C.DESCRIPTION, f.description())
                .set(C.STANDARD_ID, f.standard() == null ? null : f.standard().value())
                .set(C.CONTESTED_DECISION, f.contestedDecision() == null ? null : f.contestedDecision().name())
                .set(C.OTHER_PARTY, f.otherParty())
                .set(C.COMPLAINANT_ID, who.person() == null ? null : who.person().value())
                .set(C.COMPLAINANT_NAME, who.name()).set(C.COMPLAINANT_EMAIL, who.email())
                .set(C.COMPLAINANT_UNIT, who.unit()).set(C.ANONYMOUS, who.anonymous())
                .set(C.ACCESS_TOKEN_SHA256, accessTokenSha256)
                .set(C.RECEIVED_AT, utc(c.receivedAt()))
                .set(C.ACKNOWLEDGE_BY, d.acknowledgeBy()).set(C.SCOPE_BY, d.scopeBy()).set(C.CONCLUDE_BY, d.concludeBy())
                .execute();
    }

    /** Saves the case's progress; refuses when someone else changed it meanwhile. */
    public void update(Case c) {
        CaseProgress p = c.progress();
        Escalation e = p.escalation();
        int updated = db.update(C)
                .set(C.STATUS, p.status().name())
                .set(C.ACKNOWLEDGED_AT, utc(p.acknowledgedAt()))
                .set(C.SCOPE_DECIDED_AT, utc(p.scopeDecidedAt()))
                .set(C.SCOPE_REASON, p.scopeReason())
                .set(C.OUTCOME, p.outcome() == null ? null : p.outcome().name())
                .set(C.OUTCOME_REASONS, p.outcomeReasons())
                .set(C.DECIDED_AT, utc(p.decidedAt()))
                .set(C.CLOSED_AT, utc(p.closedAt()))
                .set(C.ESCALATED_AT, e == null ? null : utc(e.escalatedAt()))
                .set(C.ESCALATION_REASON, e == null ? null : e.reason())
                .set(C.AUTHORITY_ID, e == null ? null : e.authority().value())
                .set(C.REFERRAL_ID, e == null ? null : e.referral())
                .set(C.REFERRAL_STATUS, e == null || e.status() == null ? null : e.status().name())
                .set(C.REFERRAL_FINDING, e == null ? null : e.finding())
                .set(C.REFERRAL_UPDATED_AT, e == null ? null : utc(e.statusAt()))
                .set(C.VERSION, c.version() + 1)
                .where(C.ID.eq(c.id().value()), C.VERSION.eq(c.version()))
                .execute();
        if (updated != 1) {
            throw new ConcurrentModificationException("Case " + c.id() + " was changed by someone else");
        }
    }

    public Optional<Case> find(CaseId id) {
        return cases(C.ID.eq(id.value())).fetchOptional(CaseStore::toCase);
    }

    /** The case, locked until the transaction ends so that its steps queue. */
    public Optional<Case> lock(CaseId id) {
        db.select(C.ID).from(C).where(C.ID.eq(id.value())).forUpdate().fetch();
        return find(id);
    }

    /** The SHA-256 of the public complainant's key to the case, if it has one. */
    public Optional<String> accessTokenSha256(CaseId id) {
        return db.select(C.ACCESS_TOKEN_SHA256).from(C).where(C.ID.eq(id.value())).fetchOptional(r -> r.value1())
                .filter(java.util.Objects::nonNull);
    }

    /**
     * Cases by the filter, newest first; only those {@code complainant} filed when not null. A case
     * is overdue when the time limit its status waits on lies before {@code today}.
     */
    public Page<Case> list(CaseFilter filter, PersonId complainant, LocalDate today, PageRequest page) {
        Condition where = DSL.noCondition();
        if (complainant != null) {
            where = where.and(C.COMPLAINANT_ID.eq(complainant.value()));
        }
        if (filter.kind() != null) {
            where = where.and(C.KIND.eq(filter.kind().name()));
        }
        if (filter.status() != null) {
            where = where.and(C.STATUS.eq(filter.status().name()));
        }
        if (filter.overdueOnly()) {
            where = where.and(pendingDeadline().lt(today));
        }
        int total = db.fetchCount(C, where);
        List<Case> items = cases(where).orderBy(C.RECEIVED_AT.desc(), C.ID)
                .offset(page.offset()).limit(page.limit())
                .fetch(CaseStore::toCase);
        return new Page<>(items, total, page.offset(), page.limit());
    }

    /** The date of the time limit each status waits on (CaseStatus#pendingLimit), null when none. */
    private static Field<LocalDate> pendingDeadline() {
        return DSL.when(C.STATUS.eq(CaseStatus.RECEIVED.name()), C.ACKNOWLEDGE_BY)
                .when(C.STATUS.eq(CaseStatus.ACKNOWLEDGED.name()), C.SCOPE_BY)
                .when(C.STATUS.eq(CaseStatus.ACCEPTED.name()), C.CONCLUDE_BY);
    }

    /** How many cases the public filed from {@code email} since {@code since} (the rate limit). */
    public int publicCasesSince(String email, Instant since) {
        return db.fetchCount(C, C.COMPLAINANT_ID.isNull(), C.COMPLAINANT_EMAIL.eq(email), C.RECEIVED_AT.ge(utc(since)));
    }

    private org.jooq.SelectConditionStep<Record> cases(Condition where) {
        return db.select(C.fields()).select(STANDARDS.TITLE_ZH, ORGANIZATIONS.NAME_ZH)
                .from(C)
                .leftJoin(STANDARDS).on(STANDARDS.TENANT_ID.eq(C.TENANT_ID), STANDARDS.ID.eq(C.STANDARD_ID))
                .leftJoin(ORGANIZATIONS).on(ORGANIZATIONS.ID.eq(C.AUTHORITY_ID))
                .where(where);
    }

    private static Case toCase(Record r) {
        UUID standard = r.get(C.STANDARD_ID);
        String contested = r.get(C.CONTESTED_DECISION);
        CaseFiling filing = new CaseFiling(CaseKind.valueOf(r.get(C.KIND)), r.get(C.TITLE), r.get(C.DESCRIPTION),
                standard == null ? null : new StandardId(standard),
                contested == null ? null : ContestedDecision.valueOf(contested), r.get(C.OTHER_PARTY));
        UUID person = r.get(C.COMPLAINANT_ID);
        Complainant complainant = new Complainant(person == null ? null : new PersonId(person),
                r.get(C.COMPLAINANT_NAME), r.get(C.COMPLAINANT_EMAIL), r.get(C.COMPLAINANT_UNIT), r.get(C.ANONYMOUS));
        Escalation escalation = null;
        if (r.get(C.AUTHORITY_ID) != null) {
            String status = r.get(C.REFERRAL_STATUS);
            escalation = new Escalation(new TenantId(r.get(C.AUTHORITY_ID)), r.get(ORGANIZATIONS.NAME_ZH),
                    r.get(C.REFERRAL_ID), instant(r.get(C.ESCALATED_AT)), r.get(C.ESCALATION_REASON),
                    status == null ? null : ReferralStatus.valueOf(status), r.get(C.REFERRAL_FINDING),
                    instant(r.get(C.REFERRAL_UPDATED_AT)));
        }
        String outcome = r.get(C.OUTCOME);
        CaseProgress progress = new CaseProgress(CaseStatus.valueOf(r.get(C.STATUS)), instant(r.get(C.ACKNOWLEDGED_AT)),
                instant(r.get(C.SCOPE_DECIDED_AT)), r.get(C.SCOPE_REASON),
                outcome == null ? null : CaseOutcome.valueOf(outcome), r.get(C.OUTCOME_REASONS),
                instant(r.get(C.DECIDED_AT)), instant(r.get(C.CLOSED_AT)), escalation);
        return new Case(new CaseId(r.get(C.ID)), r.get(C.NUMBER), filing, r.get(STANDARDS.TITLE_ZH), complainant,
                r.get(C.RECEIVED_AT).toInstant(),
                new CaseDeadlines(r.get(C.ACKNOWLEDGE_BY), r.get(C.SCOPE_BY), r.get(C.CONCLUDE_BY)), progress,
                r.get(C.VERSION));
    }

    // --- handling steps ---------------------------------------------------------------------------

    public List<HandlingStep> steps(CaseId id) {
        return db.selectFrom(S).where(S.CASE_ID.eq(id.value())).orderBy(S.POSITION)
                .fetch(r -> new HandlingStep(r.getPosition(), HandlingStepKind.valueOf(r.getKind()), r.getHeldOn(),
                        r.getParticipants(), r.getSummary(), new PersonId(r.getRecordedBy()),
                        r.getRecordedAt().toInstant()));
    }

    public HandlingStep insertStep(TenantId tenant, CaseId id, int position, StepDraft step, PersonId by, Instant at) {
        db.insertInto(S).set(S.TENANT_ID, tenant.value()).set(S.CASE_ID, id.value()).set(S.POSITION, position)
                .set(S.KIND, step.kind().name()).set(S.HELD_ON, step.heldOn()).set(S.PARTICIPANTS, step.participants())
                .set(S.SUMMARY, step.summary()).set(S.RECORDED_BY, by.value()).set(S.RECORDED_AT, utc(at))
                .execute();
        return new HandlingStep(position, step.kind(), step.heldOn(), step.participants(), step.summary(), by, at);
    }

    // --- across organizations: the authorities and the deadline scan ----------------------------

    /** The active supervisory authorities whose region is one of {@code regions}, in that order (platform table). */
    public List<Authority> authoritiesIn(List<String> regions) {
        var o = ORGANIZATIONS;
        return db.select(o.ID, o.NAME_ZH, o.REGION_CODE).from(o)
                .where(o.KIND.eq("SUPERVISORY_AUTHORITY"), o.STATUS.eq("ACTIVE"), o.REGION_CODE.in(regions))
                .orderBy(o.NAME_ZH)
                .fetch(r -> new Authority(new TenantId(r.value1()), r.value2(), r.value3()))
                .stream().sorted(java.util.Comparator.comparingInt(a -> regions.indexOf(a.regionCode()))).toList();
    }

    /** A reminder the daily scan found due: the case, the limit it waits on and its date. */
    public record DueLimit(TenantId tenant, CaseId id, String number, TimeLimit limit, LocalDate due) {
    }

    /**
     * Open cases of every organization whose pending time limit falls within {@code daysBefore}
     * days of {@code today} or has passed, not yet reminded of (V24's case_deadlines_due; runs
     * outside any tenant's transaction).
     */
    public List<DueLimit> dueLimits(LocalDate today, int daysBefore) {
        return db.resultQuery("select due_tenant_id, due_case_id, due_case_number, due_time_limit, due_on "
                        + "from case_deadlines_due({0}, {1})", DSL.val(today), DSL.val(daysBefore))
                .fetch(r -> new DueLimit(new TenantId(r.get(0, UUID.class)), new CaseId(r.get(1, UUID.class)),
                        r.get(2, String.class), TimeLimit.valueOf(r.get(3, String.class)), r.get(4, LocalDate.class)));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
