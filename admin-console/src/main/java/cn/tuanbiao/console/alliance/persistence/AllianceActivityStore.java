package cn.tuanbiao.console.alliance.persistence;

import cn.tuanbiao.console.alliance.domain.AllianceBody;
import cn.tuanbiao.console.alliance.domain.AllianceBodyKind;
import cn.tuanbiao.console.alliance.domain.AwardNomination;
import cn.tuanbiao.console.alliance.domain.AwardOutcome;
import cn.tuanbiao.console.alliance.domain.AwardRound;
import cn.tuanbiao.console.alliance.domain.BodyDraft;
import cn.tuanbiao.console.alliance.domain.Participant;
import cn.tuanbiao.console.alliance.domain.ParticipantDraft;
import cn.tuanbiao.console.alliance.domain.ParticipantRole;
import cn.tuanbiao.console.alliance.domain.Registration;
import cn.tuanbiao.console.alliance.domain.RoundDraft;
import cn.tuanbiao.console.alliance.domain.Training;
import cn.tuanbiao.console.alliance.domain.TrainingDraft;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
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
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static cn.tuanbiao.jooq.Tables.ALLIANCE_AWARD_NOMINATIONS;
import static cn.tuanbiao.jooq.Tables.ALLIANCE_AWARD_ROUNDS;
import static cn.tuanbiao.jooq.Tables.ALLIANCE_BODIES;
import static cn.tuanbiao.jooq.Tables.ALLIANCE_BODY_PARTICIPANTS;
import static cn.tuanbiao.jooq.Tables.ALLIANCE_TRAININGS;
import static cn.tuanbiao.jooq.Tables.ALLIANCE_TRAINING_REGISTRATIONS;
import static cn.tuanbiao.jooq.Tables.ORGANIZATIONS;

/**
 * The alliance's committees and working groups, award rounds and trainings (V37, row-level security):
 * every method runs in the alliance's own transaction and sees only its rows — the alliance is never a
 * parameter of a read. Member names come from the platform's registry of organizations.
 */
@Singleton
public class AllianceActivityStore {

    private static final cn.tuanbiao.jooq.tables.Organizations O = ORGANIZATIONS;
    private static final cn.tuanbiao.jooq.tables.AllianceBodies B = ALLIANCE_BODIES;
    private static final cn.tuanbiao.jooq.tables.AllianceBodyParticipants P = ALLIANCE_BODY_PARTICIPANTS;
    private static final cn.tuanbiao.jooq.tables.AllianceAwardRounds R = ALLIANCE_AWARD_ROUNDS;
    private static final cn.tuanbiao.jooq.tables.AllianceAwardNominations N = ALLIANCE_AWARD_NOMINATIONS;
    private static final cn.tuanbiao.jooq.tables.AllianceTrainings T = ALLIANCE_TRAININGS;
    private static final cn.tuanbiao.jooq.tables.AllianceTrainingRegistrations G = ALLIANCE_TRAINING_REGISTRATIONS;

    private final DSLContext db;

    public AllianceActivityStore(DSLContext db) {
        this.db = db;
    }

    // --- committees and working groups -----------------------------------------------------------

    public Page<AllianceBody> bodies(PageRequest page) {
        long total = db.fetchCount(B);
        List<AllianceBody> items = bodyQuery().orderBy(B.KIND, B.NAME, B.ID)
                .offset(page.offset()).limit(page.limit())
                .fetch(AllianceActivityStore::body);
        return new Page<>(items, total, page.offset(), page.limit());
    }

    public Optional<AllianceBody> body(UUID id) {
        return bodyQuery().where(B.ID.eq(id)).fetchOptional(AllianceActivityStore::body);
    }

    private org.jooq.SelectJoinStep<Record> bodyQuery() {
        Field<Integer> current = DSL.field(DSL.selectCount().from(P)
                .where(P.TENANT_ID.eq(B.TENANT_ID), P.BODY_ID.eq(B.ID), P.LEFT_ON.isNull()));
        return db.select(B.fields()).select(current.as("participants")).from(B);
    }

    private static AllianceBody body(Record r) {
        return new AllianceBody(r.get(B.ID), AllianceBodyKind.valueOf(r.get(B.KIND)), r.get(B.NAME), r.get(B.REMIT),
                r.get(B.ESTABLISHED_ON), r.get("participants", Integer.class));
    }

    /**
     * The body, locked until the transaction ends (one change of its participants at a time). The rows
     * are never updated, so the lock is a transaction-scoped advisory lock on the body's id rather than
     * a row lock (which would need UPDATE on the table).
     */
    public Optional<AllianceBody> lockBody(UUID id) {
        lock(id, 2827);
        return body(id);
    }

    public boolean bodyNamed(String name) {
        return db.fetchExists(B, B.NAME.eq(name));
    }

    public UUID insertBody(TenantId alliance, BodyDraft draft, PersonId by, Instant at) {
        UUID id = UUID.randomUUID();
        db.insertInto(B).set(B.TENANT_ID, alliance.value()).set(B.ID, id).set(B.KIND, draft.kind().name())
                .set(B.NAME, draft.name()).set(B.REMIT, draft.remit()).set(B.ESTABLISHED_ON, draft.establishedOn())
                .set(B.CREATED_BY, by.value()).set(B.CREATED_AT, time(at)).execute();
        return id;
    }

    /**
     * One page of participants: of one body (current first, then by name) or of one member (newest
     * first), or both; {@code currentOnly} leaves out those who left.
     */
    public Page<Participant> participants(UUID body, TenantId member, boolean currentOnly, PageRequest page) {
        Condition where = DSL.noCondition();
        if (body != null) {
            where = where.and(P.BODY_ID.eq(body));
        }
        if (member != null) {
            where = where.and(P.MEMBER_ID.eq(member.value()));
        }
        if (currentOnly) {
            where = where.and(P.LEFT_ON.isNull());
        }
        long total = db.fetchCount(P, where);
        List<Participant> items = participantQuery().where(where)
                .orderBy(body != null ? List.of(P.LEFT_ON.asc().nullsFirst(), P.PERSON_NAME.asc(), P.ID.asc())
                        : List.of(P.JOINED_ON.desc(), B.NAME.asc(), P.ID.asc()))
                .offset(page.offset()).limit(page.limit())
                .fetch(AllianceActivityStore::participant);
        return new Page<>(items, total, page.offset(), page.limit());
    }

    public Optional<Participant> participant(UUID id) {
        return participantQuery().where(P.ID.eq(id)).fetchOptional(AllianceActivityStore::participant);
    }

    /** Whether the body has a current participant in {@code role}, or the same person of the member now. */
    public boolean hasCurrent(UUID body, ParticipantRole role) {
        return db.fetchExists(P, P.BODY_ID.eq(body), P.ROLE.eq(role.name()), P.LEFT_ON.isNull());
    }

    public boolean takesPart(UUID body, TenantId member, String personName) {
        return db.fetchExists(P, P.BODY_ID.eq(body), P.MEMBER_ID.eq(member.value()), P.PERSON_NAME.eq(personName),
                P.LEFT_ON.isNull());
    }

    public UUID insertParticipant(TenantId alliance, UUID body, ParticipantDraft draft, PersonId by, Instant at) {
        UUID id = UUID.randomUUID();
        db.insertInto(P).set(P.TENANT_ID, alliance.value()).set(P.ID, id).set(P.BODY_ID, body)
                .set(P.MEMBER_ID, draft.member().value()).set(P.PERSON_NAME, draft.personName())
                .set(P.POSITION, draft.position()).set(P.ROLE, draft.role().name()).set(P.JOINED_ON, draft.joinedOn())
                .set(P.ADDED_BY, by.value()).set(P.ADDED_AT, time(at)).execute();
        return id;
    }

    public void leave(UUID participant, LocalDate on) {
        db.update(P).set(P.LEFT_ON, on).where(P.ID.eq(participant)).execute();
    }

    /** Closes the current participations of a member that left the alliance (never before they joined). */
    public int closeParticipations(TenantId member, LocalDate on) {
        return db.update(P).set(P.LEFT_ON, DSL.greatest(P.JOINED_ON, DSL.val(on)))
                .where(P.MEMBER_ID.eq(member.value()), P.LEFT_ON.isNull()).execute();
    }

    private org.jooq.SelectOnConditionStep<Record> participantQuery() {
        return db.select(P.fields()).select(B.NAME, B.KIND, O.NAME_ZH)
                .from(P).join(B).on(B.TENANT_ID.eq(P.TENANT_ID), B.ID.eq(P.BODY_ID))
                .join(O).on(O.ID.eq(P.MEMBER_ID));
    }

    private static Participant participant(Record r) {
        return new Participant(r.get(P.ID), r.get(P.BODY_ID), r.get(B.NAME), AllianceBodyKind.valueOf(r.get(B.KIND)),
                new TenantId(r.get(P.MEMBER_ID)), r.get(O.NAME_ZH), r.get(P.PERSON_NAME), r.get(P.POSITION),
                ParticipantRole.valueOf(r.get(P.ROLE)), r.get(P.JOINED_ON), r.get(P.LEFT_ON));
    }

    // --- award rounds and nominations ------------------------------------------------------------

    /**
     * One page of rounds, latest closing first and of one closing day the latest opened first; {@code openOn}
     * keeps only those still open that day.
     */
    public Page<AwardRound> rounds(LocalDate openOn, PageRequest page) {
        Condition where = openOn == null ? DSL.noCondition() : R.CLOSES_ON.ge(openOn);
        long total = db.fetchCount(R, where);
        List<AwardRound> items = roundQuery().where(where).orderBy(R.CLOSES_ON.desc(), R.OPENED_AT.desc(), R.ID)
                .offset(page.offset()).limit(page.limit()).fetch(AllianceActivityStore::round);
        return new Page<>(items, total, page.offset(), page.limit());
    }

    public Optional<AwardRound> round(UUID id) {
        return roundQuery().where(R.ID.eq(id)).fetchOptional(AllianceActivityStore::round);
    }

    public boolean roundNamed(int year, String name) {
        return db.fetchExists(R, R.YEAR.eq(year), R.NAME.eq(name));
    }

    public UUID insertRound(TenantId alliance, RoundDraft draft, PersonId by, String byName, Instant at) {
        UUID id = UUID.randomUUID();
        db.insertInto(R).set(R.TENANT_ID, alliance.value()).set(R.ID, id).set(R.NAME, draft.name())
                .set(R.YEAR, draft.year()).set(R.CLOSES_ON, draft.closesOn()).set(R.DESCRIPTION, draft.description())
                .set(R.OPENED_BY, by.value()).set(R.OPENED_BY_NAME, byName).set(R.OPENED_AT, time(at)).execute();
        return id;
    }

    /** One page of nominations: of a round (in order of arrival) or of a member (newest first), or both. */
    public Page<AwardNomination> nominations(UUID round, TenantId member, PageRequest page) {
        Condition where = DSL.noCondition();
        if (round != null) {
            where = where.and(N.ROUND_ID.eq(round));
        }
        if (member != null) {
            where = where.and(N.MEMBER_ID.eq(member.value()));
        }
        long total = db.fetchCount(N, where);
        List<AwardNomination> items = nominationQuery().where(where)
                .orderBy(round != null ? List.of(N.NOMINATED_AT.asc(), N.ID.asc())
                        : List.of(N.NOMINATED_AT.desc(), N.ID.asc()))
                .offset(page.offset()).limit(page.limit()).fetch(AllianceActivityStore::nomination);
        return new Page<>(items, total, page.offset(), page.limit());
    }

    public Optional<AwardNomination> nomination(UUID id) {
        return nominationQuery().where(N.ID.eq(id)).fetchOptional(AllianceActivityStore::nomination);
    }

    /** The nomination's row, locked until the transaction ends (one outcome at a time). */
    public Optional<AwardNomination> lockNomination(UUID id) {
        db.select(N.ID).from(N).where(N.ID.eq(id)).forUpdate().fetchOptional();
        return nomination(id);
    }

    /** The members that have nominated at least one standard in the round. */
    public Set<TenantId> nominatingMembers(UUID round) {
        return db.selectDistinct(N.MEMBER_ID).from(N).where(N.ROUND_ID.eq(round))
                .fetchSet(r -> new TenantId(r.value1()));
    }

    public boolean nominated(UUID round, UUID standard) {
        return db.fetchExists(N, N.ROUND_ID.eq(round), N.STANDARD_ID.eq(standard));
    }

    public UUID insertNomination(TenantId alliance, UUID round, TenantId member, UUID standard, String number,
                                 String title, String reason, PersonId by, String byName, Instant at) {
        UUID id = UUID.randomUUID();
        db.insertInto(N).set(N.TENANT_ID, alliance.value()).set(N.ID, id).set(N.ROUND_ID, round)
                .set(N.MEMBER_ID, member.value()).set(N.STANDARD_ID, standard).set(N.STANDARD_NUMBER, number)
                .set(N.STANDARD_TITLE, title).set(N.REASON, reason).set(N.NOMINATED_BY, by.value())
                .set(N.NOMINATED_BY_NAME, byName).set(N.NOMINATED_AT, time(at)).execute();
        return id;
    }

    public void decide(UUID nomination, AwardNomination.Decision decision, PersonId by, Instant at) {
        db.update(N).set(N.OUTCOME, decision.outcome().name()).set(N.AWARD_LEVEL, decision.awardLevel())
                .set(N.OUTCOME_NOTE, decision.note()).set(N.DECIDED_BY, by.value()).set(N.DECIDED_AT, time(at))
                .where(N.ID.eq(nomination)).execute();
    }

    private org.jooq.SelectJoinStep<Record> roundQuery() {
        Field<Integer> nominations = DSL.field(DSL.selectCount().from(N)
                .where(N.TENANT_ID.eq(R.TENANT_ID), N.ROUND_ID.eq(R.ID)));
        return db.select(R.fields()).select(nominations.as("nominations")).from(R);
    }

    private static AwardRound round(Record r) {
        return new AwardRound(r.get(R.ID), r.get(R.NAME), r.get(R.YEAR), r.get(R.CLOSES_ON), r.get(R.DESCRIPTION),
                r.get(R.OPENED_BY_NAME), r.get(R.OPENED_AT).toInstant(), r.get("nominations", Integer.class));
    }

    private org.jooq.SelectOnConditionStep<Record> nominationQuery() {
        return db.select(N.fields()).select(R.NAME, O.NAME_ZH)
                .from(N).join(R).on(R.TENANT_ID.eq(N.TENANT_ID), R.ID.eq(N.ROUND_ID))
                .join(O).on(O.ID.eq(N.MEMBER_ID));
    }

    private static AwardNomination nomination(Record r) {
        return new AwardNomination(r.get(N.ID), r.get(N.ROUND_ID), r.get(R.NAME), new TenantId(r.get(N.MEMBER_ID)),
                r.get(O.NAME_ZH), r.get(N.STANDARD_ID), r.get(N.STANDARD_NUMBER), r.get(N.STANDARD_TITLE),
                r.get(N.REASON), r.get(N.NOMINATED_BY_NAME), r.get(N.NOMINATED_AT).toInstant(),
                r.get(N.OUTCOME) == null ? null : AwardOutcome.valueOf(r.get(N.OUTCOME)), r.get(N.AWARD_LEVEL),
                r.get(N.OUTCOME_NOTE), r.get(N.DECIDED_AT) == null ? null : r.get(N.DECIDED_AT).toInstant());
    }

    // --- trainings and registrations -------------------------------------------------------------

    /**
     * One page of trainings, latest first and of one day the latest scheduled first; {@code from} keeps only
     * those on or after that day.
     */
    public Page<Training> trainings(LocalDate from, PageRequest page) {
        Condition where = from == null ? DSL.noCondition() : T.HELD_ON.ge(from);
        long total = db.fetchCount(T, where);
        List<Training> items = trainingQuery().where(where).orderBy(T.HELD_ON.desc(), T.SCHEDULED_AT.desc(), T.ID)
                .offset(page.offset()).limit(page.limit()).fetch(AllianceActivityStore::training);
        return new Page<>(items, total, page.offset(), page.limit());
    }

    public Optional<Training> training(UUID id) {
        return trainingQuery().where(T.ID.eq(id)).fetchOptional(AllianceActivityStore::training);
    }

    /** The training, locked until the transaction ends (an advisory lock): registrations queue for the last seat. */
    public Optional<Training> lockTraining(UUID id) {
        lock(id, 2828);
        return training(id);
    }

    private void lock(UUID id, long seed) {
        db.select(DSL.field("pg_advisory_xact_lock(hashtextextended({0}, {1}))", Object.class,
                DSL.val(id.toString()), DSL.val(seed))).fetch();
    }

    public UUID insertTraining(TenantId alliance, TrainingDraft draft, PersonId by, String byName, Instant at) {
        UUID id = UUID.randomUUID();
        db.insertInto(T).set(T.TENANT_ID, alliance.value()).set(T.ID, id).set(T.TITLE, draft.title())
                .set(T.HELD_ON, draft.heldOn()).set(T.ONLINE, draft.online()).set(T.PLACE, draft.place())
                .set(T.CAPACITY, draft.capacity()).set(T.DESCRIPTION, draft.description())
                .set(T.SCHEDULED_BY, by.value()).set(T.SCHEDULED_BY_NAME, byName).set(T.SCHEDULED_AT, time(at))
                .execute();
        return id;
    }

    /** One page of registrations: of a training (in order of arrival) or of a member (newest first), or both. */
    public Page<Registration> registrations(UUID training, TenantId member, PageRequest page) {
        Condition where = DSL.noCondition();
        if (training != null) {
            where = where.and(G.TRAINING_ID.eq(training));
        }
        if (member != null) {
            where = where.and(G.MEMBER_ID.eq(member.value()));
        }
        long total = db.fetchCount(G, where);
        List<Registration> items = registrationQuery().where(where)
                .orderBy(training != null ? List.of(G.REGISTERED_AT.asc(), G.ID.asc())
                        : List.of(G.REGISTERED_AT.desc(), G.ID.asc()))
                .offset(page.offset()).limit(page.limit()).fetch(AllianceActivityStore::registration);
        return new Page<>(items, total, page.offset(), page.limit());
    }

    public Optional<Registration> registration(UUID id) {
        return registrationQuery().where(G.ID.eq(id)).fetchOptional(AllianceActivityStore::registration);
    }

    public boolean registered(UUID training, PersonId person) {
        return db.fetchExists(G, G.TRAINING_ID.eq(training), G.PERSON_ID.eq(person.value()));
    }

    public UUID insertRegistration(TenantId alliance, UUID training, TenantId member, PersonId person, String name,
                                   Instant at) {
        UUID id = UUID.randomUUID();
        db.insertInto(G).set(G.TENANT_ID, alliance.value()).set(G.ID, id).set(G.TRAINING_ID, training)
                .set(G.MEMBER_ID, member.value()).set(G.PERSON_ID, person.value()).set(G.PERSON_NAME, name)
                .set(G.REGISTERED_AT, time(at)).execute();
        return id;
    }

    public void recordAttendance(UUID registration, boolean attended, PersonId by, Instant at) {
        db.update(G).set(G.ATTENDED, attended).set(G.ATTENDANCE_BY, by.value()).set(G.ATTENDANCE_AT, time(at))
                .where(G.ID.eq(registration)).execute();
    }

    /** Per member among {@code members}: how many trainings its people attended (members with none are absent). */
    public Map<TenantId, Integer> trainingsAttended(Collection<TenantId> members) {
        Map<TenantId, Integer> attended = new HashMap<>();
        db.select(G.MEMBER_ID, DSL.countDistinct(G.TRAINING_ID)).from(G)
                .where(G.MEMBER_ID.in(members.stream().map(TenantId::value).toList()), G.ATTENDED.isTrue())
                .groupBy(G.MEMBER_ID)
                .forEach(r -> attended.put(new TenantId(r.value1()), r.value2()));
        return attended;
    }

    private org.jooq.SelectJoinStep<Record> trainingQuery() {
        Field<Integer> registered = DSL.field(DSL.selectCount().from(G)
                .where(G.TENANT_ID.eq(T.TENANT_ID), G.TRAINING_ID.eq(T.ID)));
        Field<Integer> attended = DSL.field(DSL.selectCount().from(G)
                .where(G.TENANT_ID.eq(T.TENANT_ID), G.TRAINING_ID.eq(T.ID), G.ATTENDED.isTrue()));
        return db.select(T.fields()).select(registered.as("registered"), attended.as("attended")).from(T);
    }

    private static Training training(Record r) {
        return new Training(r.get(T.ID), r.get(T.TITLE), r.get(T.HELD_ON), r.get(T.ONLINE), r.get(T.PLACE),
                r.get(T.CAPACITY), r.get(T.DESCRIPTION), r.get(T.SCHEDULED_BY_NAME), r.get(T.SCHEDULED_AT).toInstant(),
                r.get("registered", Integer.class), r.get("attended", Integer.class));
    }

    private org.jooq.SelectOnConditionStep<Record> registrationQuery() {
        return db.select(G.fields()).select(T.TITLE, T.HELD_ON, O.NAME_ZH)
                .from(G).join(T).on(T.TENANT_ID.eq(G.TENANT_ID), T.ID.eq(G.TRAINING_ID))
                .join(O).on(O.ID.eq(G.MEMBER_ID));
    }

    private static Registration registration(Record r) {
        return new Registration(r.get(G.ID), r.get(G.TRAINING_ID), r.get(T.TITLE), r.get(T.HELD_ON),
                new TenantId(r.get(G.MEMBER_ID)), r.get(O.NAME_ZH), r.get(G.PERSON_ID), r.get(G.PERSON_NAME),
                r.get(G.REGISTERED_AT).toInstant(), r.get(G.ATTENDED));
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
