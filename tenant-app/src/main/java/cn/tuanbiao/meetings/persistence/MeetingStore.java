package cn.tuanbiao.meetings.persistence;

import cn.tuanbiao.bodies.domain.BodyId;
import cn.tuanbiao.bodies.domain.SeatId;
import cn.tuanbiao.bodies.domain.SeatRole;
import cn.tuanbiao.meetings.domain.AgendaItem;
import cn.tuanbiao.meetings.domain.AgendaItemDraft;
import cn.tuanbiao.meetings.domain.Attendance;
import cn.tuanbiao.meetings.domain.Invitee;
import cn.tuanbiao.meetings.domain.Meeting;
import cn.tuanbiao.meetings.domain.MeetingDecision;
import cn.tuanbiao.meetings.domain.MeetingFilter;
import cn.tuanbiao.meetings.domain.MeetingFormat;
import cn.tuanbiao.meetings.domain.MeetingId;
import cn.tuanbiao.meetings.domain.MeetingKind;
import cn.tuanbiao.meetings.domain.MeetingPolicy;
import cn.tuanbiao.meetings.domain.MeetingStatus;
import cn.tuanbiao.meetings.domain.Quorum;
import cn.tuanbiao.meetings.domain.QuorumRule;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.standards.domain.DecisionStep;
import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import jakarta.inject.Singleton;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static cn.tuanbiao.jooq.Tables.BODIES;
import static cn.tuanbiao.jooq.Tables.BODY_SEATS;
import static cn.tuanbiao.jooq.Tables.MEETINGS;
import static cn.tuanbiao.jooq.Tables.MEETING_AGENDA_ITEMS;
import static cn.tuanbiao.jooq.Tables.MEETING_DECISIONS;
import static cn.tuanbiao.jooq.Tables.MEETING_INVITEES;
import static cn.tuanbiao.jooq.Tables.MEETING_POLICIES;
import static cn.tuanbiao.jooq.Tables.STANDARDS;

/** Meetings, their agenda, invitees, decisions and the meeting rules of the transaction's tenant. */
@Singleton
public class MeetingStore {

    private static final cn.tuanbiao.jooq.tables.Meetings M = MEETINGS;
    private static final cn.tuanbiao.jooq.tables.MeetingInvitees I = MEETING_INVITEES;
    private static final cn.tuanbiao.jooq.tables.MeetingAgendaItems A = MEETING_AGENDA_ITEMS;
    private static final cn.tuanbiao.jooq.tables.MeetingDecisions D = MEETING_DECISIONS;
    private static final cn.tuanbiao.jooq.tables.Standards S = STANDARDS;

    private final DSLContext db;

    public MeetingStore(DSLContext db) {
        this.db = db;
    }

    // --- meetings -------------------------------------------------------------------------------

    public void insert(TenantId tenant, Meeting m, PersonId by) {
        db.insertInto(M)
                .set(M.TENANT_ID, tenant.value()).set(M.ID, m.id().value()).set(M.BODY_ID, m.body().value())
                .set(M.KIND, m.kind().name()).set(M.TITLE, m.title()).set(M.FORMAT, m.format().name())
                .set(M.LOCATION, m.location()).set(M.LINK, m.link()).set(M.STARTS_AT, utc(m.startsAt()))
                .set(M.STANDARD_ID, m.standard() == null ? null : m.standard().value())
                .set(M.STATUS, m.status().name()).set(M.CONVENED_BY, by.value()).set(M.CONVENED_AT, utc(m.convenedAt()))
                .execute();
    }

    /** Saves the meeting's next state; refuses when someone else changed it meanwhile. */
    public void update(Meeting m) {
        Quorum q = m.quorum();
        int updated = db.update(M)
                .set(M.STARTS_AT, utc(m.startsAt()))
                .set(M.STATUS, m.status().name())
                .set(M.STATUS_REASON, m.statusReason())
                .set(M.QUORUM_SEATS, q == null ? null : q.seats())
                .set(M.QUORUM_PRESENT, q == null ? null : q.present())
                .set(M.QUORUM_RULE, q == null ? null : q.rule().name())
                .set(M.QUORUM_REACHED, q == null ? null : q.reached())
                .set(M.ATTENDANCE_FINAL, m.attendanceFinal())
                .set(M.VERSION, m.version() + 1)
                .where(M.ID.eq(m.id().value()), M.VERSION.eq(m.version()))
                .execute();
        if (updated != 1) {
            throw new ConcurrentModificationException("Meeting " + m.id() + " was changed by someone else");
        }
    }

    public Optional<Meeting> find(MeetingId id) {
        return meetings(M.ID.eq(id.value())).fetchOptional(MeetingStore::toMeeting);
    }

    /** The meeting, locked until the transaction ends so that its steps queue. */
    public Optional<Meeting> lock(MeetingId id) {
        db.select(M.ID).from(M).where(M.ID.eq(id.value())).forUpdate().fetch();
        return find(id);
    }

    /** Meetings by the filter: upcoming soonest first, then past latest first. */
    public Page<Meeting> list(MeetingFilter filter, Instant now, PageRequest page) {
        OffsetDateTime at = utc(now);
        Condition where = DSL.noCondition();
        if (filter.body() != null) {
            where = where.and(M.BODY_ID.eq(filter.body().value()));
        }
        where = switch (filter.when()) {
            case UPCOMING -> where.and(M.STARTS_AT.ge(at));
            case PAST -> where.and(M.STARTS_AT.lt(at));
            case ALL -> where;
        };
        int total = db.fetchCount(M, where);
        List<Meeting> items = meetings(where)
                .orderBy(DSL.when(M.STARTS_AT.ge(at), 0).otherwise(1),
                        DSL.when(M.STARTS_AT.ge(at), M.STARTS_AT).asc().nullsLast(),
                        M.STARTS_AT.desc(), M.ID)
                .offset(page.offset()).limit(page.limit())
                .fetch(MeetingStore::toMeeting);
        return new Page<>(items, total, page.offset(), page.limit());
    }

    private org.jooq.SelectConditionStep<Record> meetings(Condition where) {
        return db.select(M.fields()).select(BODIES.NAME_ZH, S.TITLE_ZH)
                .from(M)
                .join(BODIES).on(BODIES.TENANT_ID.eq(M.TENANT_ID), BODIES.ID.eq(M.BODY_ID))
                .leftJoin(S).on(S.TENANT_ID.eq(M.TENANT_ID), S.ID.eq(M.STANDARD_ID))
                .where(where);
    }

    private static Meeting toMeeting(Record r) {
        Quorum quorum = r.get(M.QUORUM_REACHED) == null ? null
                : new Quorum(r.get(M.QUORUM_SEATS), r.get(M.QUORUM_PRESENT), QuorumRule.valueOf(r.get(M.QUORUM_RULE)));
        UUID standard = r.get(M.STANDARD_ID);
        return new Meeting(new MeetingId(r.get(M.ID)), new BodyId(r.get(M.BODY_ID)), r.get(BODIES.NAME_ZH),
                MeetingKind.valueOf(r.get(M.KIND)), r.get(M.TITLE), MeetingFormat.valueOf(r.get(M.FORMAT)),
                r.get(M.LOCATION), r.get(M.LINK), r.get(M.STARTS_AT).toInstant(),
                standard == null ? null : new StandardId(standard), r.get(S.TITLE_ZH),
                MeetingStatus.valueOf(r.get(M.STATUS)), r.get(M.STATUS_REASON), quorum, r.get(M.ATTENDANCE_FINAL),
                r.get(M.CONVENED_AT).toInstant(), r.get(M.VERSION));
    }

    // --- agenda and invitees ----------------------------------------------------------------------

    public void insertAgenda(TenantId tenant, MeetingId meeting, List<AgendaItemDraft> items) {
        var insert = db.insertInto(A, A.TENANT_ID, A.MEETING_ID, A.POSITION, A.TITLE, A.STANDARD_ID);
        for (int i = 0; i < items.size(); i++) {
            AgendaItemDraft item = items.get(i);
            insert = insert.values(tenant.value(), meeting.value(), i + 1, item.title(),
                    item.standard() == null ? null : item.standard().value());
        }
        insert.execute();
    }

    public List<AgendaItem> agenda(MeetingId meeting) {
        return db.select(A.POSITION, A.TITLE, A.STANDARD_ID, S.TITLE_ZH).from(A)
                .leftJoin(S).on(S.TENANT_ID.eq(A.TENANT_ID), S.ID.eq(A.STANDARD_ID))
                .where(A.MEETING_ID.eq(meeting.value())).orderBy(A.POSITION)
                .fetch(r -> new AgendaItem(r.value1(), r.value2(), r.value3() == null ? null : new StandardId(r.value3()),
                        r.value4()));
    }

    public void insertInvitees(TenantId tenant, MeetingId meeting, List<Invitee> invitees) {
        var insert = db.insertInto(I, I.TENANT_ID, I.MEETING_ID, I.ID, I.POSITION, I.SEAT_ID, I.NAME, I.PERSON_ID,
                I.COUNTS_FOR_QUORUM);
        for (int i = 0; i < invitees.size(); i++) {
            Invitee invitee = invitees.get(i);
            insert = insert.values(tenant.value(), meeting.value(), invitee.id(), i + 1,
                    invitee.seat() == null ? null : invitee.seat().value(), invitee.name(),
                    invitee.person() == null ? null : invitee.person().value(), invitee.countsForQuorum());
        }
        insert.execute();
    }

    /** The invitees in the order they were invited: seat holders first, then the others. */
    public List<Invitee> invitees(MeetingId meeting) {
        return db.select(I.ID, I.SEAT_ID, BODY_SEATS.SEAT_ROLE, I.NAME, I.PERSON_ID, I.COUNTS_FOR_QUORUM, I.ATTENDANCE,
                        I.PROXY_NAME)
                .from(I)
                .leftJoin(BODY_SEATS).on(BODY_SEATS.TENANT_ID.eq(I.TENANT_ID), BODY_SEATS.ID.eq(I.SEAT_ID))
                .where(I.MEETING_ID.eq(meeting.value())).orderBy(I.POSITION)
                .fetch(r -> new Invitee(r.value1(), r.value2() == null ? null : new SeatId(r.value2()),
                        r.value3() == null ? null : SeatRole.valueOf(r.value3()), r.value4(),
                        r.value5() == null ? null : new PersonId(r.value5()), r.value6(),
                        r.value7() == null ? null : Attendance.valueOf(r.value7()), r.value8()));
    }

    public void recordAttendance(MeetingId meeting, List<Invitee> invitees) {
        for (Invitee invitee : invitees) {
            db.update(I).set(I.ATTENDANCE, invitee.attendance().name()).set(I.PROXY_NAME, invitee.proxyName())
                    .where(I.MEETING_ID.eq(meeting.value()), I.ID.eq(invitee.id()))
                    .execute();
        }
    }

    // --- decisions --------------------------------------------------------------------------------

    public void insertDecision(TenantId tenant, UUID id, MeetingId meeting, String reference, String text,
                               StandardId standard, DecisionStep enables, PersonId by, Instant at) {
        db.insertInto(D)
                .set(D.TENANT_ID, tenant.value()).set(D.ID, id).set(D.MEETING_ID, meeting.value())
                .set(D.REFERENCE, reference).set(D.TEXT, text)
                .set(D.STANDARD_ID, standard == null ? null : standard.value())
                .set(D.ENABLES_STEP, enables == null ? null : enables.name())
                .set(D.RECORDED_BY, by.value()).set(D.RECORDED_AT, utc(at))
                .execute();
    }

    public Optional<MeetingDecision> decision(UUID id) {
        return decisions(D.ID.eq(id)).fetchOptional(MeetingStore::toDecision);
    }

    /** The decision, locked until the transaction ends, so that it is used as evidence once. */
    public Optional<MeetingDecision> lockDecision(UUID id) {
        db.select(D.ID).from(D).where(D.ID.eq(id)).forUpdate().fetch();
        return decision(id);
    }

    public List<MeetingDecision> decisionsOf(MeetingId meeting) {
        return decisions(D.MEETING_ID.eq(meeting.value())).orderBy(D.RECORDED_AT, D.REFERENCE)
                .fetch(MeetingStore::toDecision);
    }

    /** The decisions concerning a standard, newest meeting first. */
    public Page<MeetingDecision> decisionsFor(StandardId standard, PageRequest page) {
        Condition where = D.STANDARD_ID.eq(standard.value());
        int total = db.fetchCount(D, where);
        List<MeetingDecision> items = decisions(where).orderBy(M.STARTS_AT.desc(), D.RECORDED_AT.desc(), D.ID)
                .offset(page.offset()).limit(page.limit())
                .fetch(MeetingStore::toDecision);
        return new Page<>(items, total, page.offset(), page.limit());
    }

    /** Decisions for the standard's step taken in meetings held with a quorum and not yet used, newest first. */
    public List<MeetingDecision> usableFor(StandardId standard, DecisionStep step) {
        return decisions(D.STANDARD_ID.eq(standard.value()).and(D.ENABLES_STEP.eq(step.name()))
                .and(D.EVIDENCE_USED_AT.isNull()).and(M.STATUS.eq(MeetingStatus.HELD.name()))
                .and(M.QUORUM_REACHED.isTrue()))
                .orderBy(M.STARTS_AT.desc(), D.RECORDED_AT.desc())
                .fetch(MeetingStore::toDecision);
    }

    public void markUsedAsEvidence(UUID decision, PersonId by, Instant at) {
        db.update(D).set(D.EVIDENCE_USED_AT, utc(at)).set(D.EVIDENCE_USED_BY, by.value())
                .where(D.ID.eq(decision)).execute();
    }

    private org.jooq.SelectConditionStep<Record> decisions(Condition where) {
        return db.select(D.fields()).select(M.TITLE, M.STARTS_AT, S.TITLE_ZH)
                .from(D)
                .join(M).on(M.TENANT_ID.eq(D.TENANT_ID), M.ID.eq(D.MEETING_ID))
                .leftJoin(S).on(S.TENANT_ID.eq(D.TENANT_ID), S.ID.eq(D.STANDARD_ID))
                .where(where);
    }

    private static MeetingDecision toDecision(Record r) {
        UUID standard = r.get(D.STANDARD_ID);
        OffsetDateTime used = r.get(D.EVIDENCE_USED_AT);
        return new MeetingDecision(r.get(D.ID), new MeetingId(r.get(D.MEETING_ID)), r.get(M.TITLE),
                r.get(M.STARTS_AT).toInstant(), r.get(D.REFERENCE), r.get(D.TEXT),
                standard == null ? null : new StandardId(standard), r.get(S.TITLE_ZH),
                r.get(D.ENABLES_STEP) == null ? null : DecisionStep.valueOf(r.get(D.ENABLES_STEP)),
                r.get(D.RECORDED_AT).toInstant(), used == null ? null : used.toInstant());
    }

    // --- rules ----------------------------------------------------------------------------------

    public Optional<MeetingPolicy> policy() {
        return db.selectFrom(MEETING_POLICIES).fetchOptional(r -> new MeetingPolicy(
                QuorumRule.valueOf(r.getQuorumRule()), r.getProxiesAllowed()));
    }

    public void savePolicy(TenantId tenant, MeetingPolicy policy) {
        db.insertInto(MEETING_POLICIES)
                .set(MEETING_POLICIES.TENANT_ID, tenant.value())
                .set(MEETING_POLICIES.QUORUM_RULE, policy.quorumRule().name())
                .set(MEETING_POLICIES.PROXIES_ALLOWED, policy.proxiesAllowed())
                .onConflict(MEETING_POLICIES.TENANT_ID).doUpdate()
                .set(MEETING_POLICIES.QUORUM_RULE, policy.quorumRule().name())
                .set(MEETING_POLICIES.PROXIES_ALLOWED, policy.proxiesAllowed())
                .execute();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
