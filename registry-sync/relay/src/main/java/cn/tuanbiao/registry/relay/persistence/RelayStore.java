package cn.tuanbiao.registry.relay.persistence;

import cn.tuanbiao.registry.relay.domain.Backlog;
import cn.tuanbiao.registry.relay.domain.ClaimedEvent;
import cn.tuanbiao.registry.relay.domain.Mark;
import cn.tuanbiao.shared.domain.PageRequest;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The relay's side of the registry outbox, across all organizations, only through the narrow
 * SECURITY DEFINER functions of V27 (claim, mark, re-queue, backlog, dead letters, digests); and
 * the deployment's enrolment. Called outside any tenant's transaction.
 */
@Singleton
public class RelayStore {

    private final DSLContext db;

    public RelayStore(DSLContext db) {
        this.db = db;
    }

    public List<ClaimedEvent> claim(Instant now, Duration lease, int limit) {
        return db.resultQuery("select tenant_id, id, subject, subject_key, sequence, event, attempts"
                                + " from registry_claim({0}, {1}, {2}) order by next_attempt_at",
                        at(now), DSL.field("make_interval(secs => {0})", Object.class, DSL.val((double) lease.toSeconds())),
                        DSL.val(limit))
                .fetch(r -> new ClaimedEvent(r.get(0, UUID.class), r.get(1, UUID.class), r.get(2, String.class),
                        r.get(3, String.class), r.get(4, Integer.class), r.get(5, String.class), r.get(6, Integer.class)));
    }

    /** Records a batch's outcomes in one statement; returns how many rows were still pending and changed. */
    public int mark(List<Mark> marks, Instant now) {
        if (marks.isEmpty()) {
            return 0;
        }
        return db.resultQuery("select registry_mark({0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}, {8})",
                array(marks.stream().map(Mark::tenant).toArray(UUID[]::new), SQLDataType.UUID),
                array(marks.stream().map(Mark::id).toArray(UUID[]::new), SQLDataType.UUID),
                array(marks.stream().map(m -> m.state().name()).toArray(String[]::new), SQLDataType.VARCHAR),
                array(marks.stream().map(Mark::receipt).toArray(UUID[]::new), SQLDataType.UUID),
                array(marks.stream().map(Mark::code).toArray(String[]::new), SQLDataType.VARCHAR),
                array(marks.stream().map(Mark::field).toArray(String[]::new), SQLDataType.VARCHAR),
                array(marks.stream().map(Mark::message).toArray(String[]::new), SQLDataType.CLOB),
                array(marks.stream().map(m -> m.nextAttempt() == null ? null : at(m.nextAttempt()).getValue())
                        .toArray(OffsetDateTime[]::new), SQLDataType.TIMESTAMPWITHTIMEZONE),
                at(now)).fetchOne(0, Integer.class);
    }

    /** The registry lacks events from {@code expected} on: they go out again, in order. */
    public int requeueFrom(UUID tenant, String subject, String subjectKey, int expected, Instant now) {
        return db.resultQuery("select registry_requeue_from({0}, {1}, {2}, {3}, {4})", DSL.val(tenant),
                DSL.val(subject), DSL.val(subjectKey), DSL.val(expected), at(now)).fetchOne(0, Integer.class);
    }

    /** How many events are in each state across the deployment, and the oldest of each. */
    public Backlog backlog() {
        return db.resultQuery("select pending, oldest_pending, window_events, window_settled, rejected, dead"
                        + " from registry_backlog()")
                .fetchSingle(r -> new Backlog(r.get(0, Long.class), Optional.ofNullable(r.get(1, OffsetDateTime.class))
                        .map(OffsetDateTime::toInstant).orElse(null), r.get(2, Long.class), r.get(3, Long.class),
                        r.get(4, Long.class), r.get(5, Long.class)));
    }

    /** Dead letters across organizations, newest first, a page at a time. */
    public List<DeadLetter> deadLetters(PageRequest page) {
        return db.resultQuery("select d.tenant_id, o.name_zh, d.id, d.subject_key, d.sequence, d.event_type, d.attempts,"
                                + " d.error_code, d.error_message, d.created_at from registry_dead_letters({0}, {1}) d"
                                + " join organizations o on o.id = d.tenant_id order by d.created_at desc, d.id desc",
                        DSL.val(page.offset()), DSL.val(page.limit()))
                .fetch(r -> new DeadLetter(r.get(0, UUID.class), r.get(1, String.class), r.get(2, UUID.class),
                        r.get(3, String.class), r.get(4, Integer.class), r.get(5, String.class), r.get(6, Integer.class),
                        r.get(7, String.class), r.get(8, String.class), r.get(9, OffsetDateTime.class).toInstant()));
    }

    /** Replays one dead letter, or all of them when {@code id} is null. */
    public int replayDead(UUID tenant, UUID id, Instant now) {
        return db.resultQuery("select registry_replay_dead({0}, {1}, {2})", DSL.val(tenant, UUID.class),
                DSL.val(id, UUID.class), at(now)).fetchOne(0, Integer.class);
    }

    /** The deployment's subjects after {@code afterKey}, by key, with whether all their events are settled. */
    public List<LocalDigest> localDigests(String afterKey, int limit) {
        return db.resultQuery("select tenant_id, subject, subject_key, last_sequence, content_hash, settled"
                        + " from registry_local_digests({0}, {1})", DSL.val(afterKey), DSL.val(limit))
                .fetch(r -> new LocalDigest(r.get(0, UUID.class), r.get(1, String.class), r.get(2, String.class),
                        r.get(3, Integer.class), r.get(4, String.class), r.get(5, Boolean.class)));
    }

    public record DeadLetter(UUID tenant, String organization, UUID id, String subjectKey, int sequence, String type,
                             int attempts, String errorCode, String errorMessage, Instant createdAt) {
    }

    public record LocalDigest(UUID tenant, String subject, String subjectKey, int lastSequence, String contentHash,
                              boolean settled) {
    }

    public Optional<StoredEnrolment> enrolment(String registryUrl) {
        return db.resultQuery("select deployment_id, key_id, private_key, public_key from registry_enrolment"
                        + " where registry_url = {0}", DSL.val(registryUrl))
                .fetchOptional(r -> new StoredEnrolment(r.get(0, UUID.class), r.get(1, String.class),
                        r.get(2, byte[].class), r.get(3, byte[].class)));
    }

    /** Keeps the first enrolment stored for the registry (two relays enrolling at once agree on it). */
    public void saveEnrolment(String registryUrl, StoredEnrolment enrolment, Instant now) {
        db.query("insert into registry_enrolment (registry_url, deployment_id, key_id, private_key, public_key,"
                        + " enrolled_at) values ({0}, {1}, {2}, {3}, {4}, {5}) on conflict (registry_url) do nothing",
                DSL.val(registryUrl), DSL.val(enrolment.deploymentId()), DSL.val(enrolment.keyId()),
                DSL.val(enrolment.privateKey()), DSL.val(enrolment.publicKey()), at(now)).execute();
    }

    /** The deployment's enrolment as stored: its id at the registry, its key id and its Ed25519 key pair (PKCS#8, X.509). */
    public record StoredEnrolment(UUID deploymentId, String keyId, byte[] privateKey, byte[] publicKey) {
    }

    private static <T> org.jooq.Field<T[]> array(T[] values, org.jooq.DataType<T> type) {
        return DSL.val(values, type.getArrayDataType());
    }

    private static org.jooq.Param<OffsetDateTime> at(Instant instant) {
        return DSL.val(OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}
