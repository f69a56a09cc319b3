package cn.tuanbiao.notifications.persistence;

import cn.tuanbiao.notifications.domain.NotificationKind;
import cn.tuanbiao.notifications.domain.OutboxMessage;
import cn.tuanbiao.notifications.domain.UndeliveredEmail;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.tenancy.TenantId;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSON;
import org.jooq.impl.DSL;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.tuanbiao.jooq.Tables.OUTBOX_MESSAGES;

/**
 * The transactional outbox. Writing and the administrators' view run in the tenant's
 * transaction like everything else; the relay's claim and marks, and the deadline scan, go
 * through the narrowly scoped cross-tenant functions of V21 and run outside any tenant.
 */
@Singleton
public class OutboxStore {

    public static final String EMAIL = "EMAIL";
    /** What an alliance tells its current members (SUP-1, V41), delivered into each member's tenant. */
    public static final String ALLIANCE_NOTICE = "ALLIANCE_NOTICE";

    private static final cn.tuanbiao.jooq.tables.OutboxMessages O = OUTBOX_MESSAGES;
    private static final Argument<Map<String, Object>> PAYLOAD = Argument.mapOf(String.class, Object.class);

    private final DSLContext db;
    private final JsonMapper json;

    public OutboxStore(DSLContext db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    /** Queues a message in the transaction's tenant, due at once. */
    public UUID enqueue(TenantId tenant, String topic, Map<String, ?> payload, Instant now) {
        return enqueue(tenant, topic, payload, now, now);
    }

    /** Queues a message in the transaction's tenant, due at {@code due} (a reminder days ahead). */
    public UUID enqueue(TenantId tenant, String topic, Map<String, ?> payload, Instant now, Instant due) {
        UUID id = UUID.randomUUID();
        db.insertInto(O)
                .set(O.TENANT_ID, tenant.value()).set(O.ID, id).set(O.TOPIC, topic)
                .set(O.PAYLOAD, JSON.valueOf(write(payload)))
                .set(O.STATUS, "PENDING").set(O.ATTEMPTS, 0)
                .set(O.NEXT_ATTEMPT_AT, OffsetDateTime.ofInstant(due, ZoneOffset.UTC))
                .set(O.CREATED_AT, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .execute();
        return id;
    }

    /** Claims (and leases) up to {@code limit} due messages of {@code topic} across all organizations. */
    public List<OutboxMessage> claim(String topic, Instant now, Duration lease, int limit) {
        return db.resultQuery("select tenant_id, id, payload::text, attempts from outbox_claim({0}, {1}, {2}, {3})",
                        DSL.val(topic), DSL.val(OffsetDateTime.ofInstant(now, ZoneOffset.UTC)),
                        DSL.field("make_interval(secs => {0})", Object.class, DSL.val((double) lease.toSeconds())),
                        DSL.val(limit))
                .fetch(r -> new OutboxMessage(new TenantId(r.get(0, UUID.class)), r.get(1, UUID.class),
                        read(r.get(2, String.class)), r.get(3, Integer.class)));
    }

    /** Marks a delivered message sent; false when it was no longer pending (marked by another relay). */
    public boolean markSent(TenantId tenant, UUID id, Instant now) {
        return Boolean.TRUE.equals(db.resultQuery("select outbox_mark_sent({0}, {1}, {2})", DSL.val(tenant.value()),
                DSL.val(id), DSL.val(OffsetDateTime.ofInstant(now, ZoneOffset.UTC))).fetchOne(0, Boolean.class));
    }

    public boolean markFailed(TenantId tenant, UUID id, String error, Instant nextAttempt, boolean giveUp) {
        return Boolean.TRUE.equals(db.resultQuery("select outbox_mark_failed({0}, {1}, {2}, {3}, {4})",
                DSL.val(tenant.value()), DSL.val(id), DSL.val(error),
                DSL.val(OffsetDateTime.ofInstant(nextAttempt, ZoneOffset.UTC)), DSL.val(giveUp)).fetchOne(0, Boolean.class));
    }

    /** The deadline scan of V21 over every organization; returns the notifications it added. */
    public int scanDeadlines(LocalDate today, Instant now, int closingDays, int reviewDays) {
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        Integer added = db.resultQuery("select notifications_deadline_scan({0}, {1}, {2}, {3})", DSL.val(today),
                DSL.val(at), DSL.val(closingDays), DSL.val(reviewDays)).fetchOne(0, Integer.class);
        // ballots close within the same window as comment periods (PART-2, V25)
        Integer voters = db.resultQuery("select ballot_reminders_scan({0}, {1}, {2})", DSL.val(today), DSL.val(at),
                DSL.val(closingDays)).fetchOne(0, Integer.class);
        return (added == null ? 0 : added) + (voters == null ? 0 : voters);
    }

    /** The tenant's e-mails the relay gave up on, newest first. */
    public Page<UndeliveredEmail> undelivered(PageRequest page) {
        Condition where = O.TOPIC.eq(EMAIL).and(O.STATUS.eq("DEAD"));
        int total = db.fetchCount(O, where);
        List<UndeliveredEmail> items = db.select(O.ID, O.PAYLOAD, O.ATTEMPTS, O.LAST_ERROR, O.CREATED_AT).from(O)
                .where(where).orderBy(O.CREATED_AT.desc(), O.ID).offset(page.offset()).limit(page.limit())
                .fetch(r -> {
                    Map<String, Object> payload = read(r.value2().data());
                    return new UndeliveredEmail(r.value1(), String.valueOf(payload.get("to")),
                            NotificationKind.valueOf(String.valueOf(payload.get("kind"))), r.value3(), r.value4(),
                            r.value5().toInstant());
                });
        return new Page<>(items, total, page.offset(), page.limit());
    }

    /** Queues a dead e-mail of the tenant again, with a fresh count of attempts; false when it is not dead. */
    public boolean requeue(UUID id, Instant now) {
        return db.update(O).set(O.STATUS, "PENDING").set(O.ATTEMPTS, 0)
                .set(O.NEXT_ATTEMPT_AT, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .where(O.ID.eq(id), O.TOPIC.eq(EMAIL), O.STATUS.eq("DEAD"))
                .execute() == 1;
    }

    private String write(Map<String, ?> payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Object> read(String payload) {
        try {
            return json.readValue(payload, PAYLOAD);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
