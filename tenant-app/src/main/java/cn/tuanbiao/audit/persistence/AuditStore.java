package cn.tuanbiao.audit.persistence;

import cn.tuanbiao.audit.domain.AuditEvent;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import static cn.tuanbiao.jooq.Tables.AUDIT_EVENTS;
import static cn.tuanbiao.jooq.Tables.AUDIT_HEADS;
import static cn.tuanbiao.jooq.Tables.USERS;

/** The audit events and chain heads of the transaction's tenant. */
@Singleton
public class AuditStore {

    private static final Argument<Map<String, String>> DETAILS = Argument.mapOf(String.class, String.class);

    private final DSLContext db;
    private final JsonMapper json;

    public AuditStore(DSLContext db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    /** The organization's chain head, locked until the transaction ends so that appends queue. */
    public Head lockHead(UUID tenant) {
        db.insertInto(AUDIT_HEADS)
                .set(AUDIT_HEADS.TENANT_ID, tenant)
                .set(AUDIT_HEADS.LAST_SEQUENCE, 0L)
                .set(AUDIT_HEADS.LAST_HASH, cn.tuanbiao.audit.domain.AuditChain.GENESIS)
                .onConflictDoNothing()
                .execute();
        return db.select(AUDIT_HEADS.LAST_SEQUENCE, AUDIT_HEADS.LAST_HASH).from(AUDIT_HEADS)
                .where(AUDIT_HEADS.TENANT_ID.eq(tenant))
                .forUpdate()
                .fetchOne(r -> new Head(r.value1(), r.value2()));
    }

    public Optional<Head> head() {
        return db.select(AUDIT_HEADS.LAST_SEQUENCE, AUDIT_HEADS.LAST_HASH).from(AUDIT_HEADS)
                .fetchOptional(r -> new Head(r.value1(), r.value2()));
    }

    public void append(AuditEvent event) {
        db.insertInto(AUDIT_EVENTS)
                .set(AUDIT_EVENTS.TENANT_ID, event.tenant())
                .set(AUDIT_EVENTS.SEQUENCE, event.sequence())
                .set(AUDIT_EVENTS.RECORDED_AT, event.recordedAt().atOffset(ZoneOffset.UTC))
                .set(AUDIT_EVENTS.ACTOR_ID, event.actor())
                .set(AUDIT_EVENTS.SUBJECT_TYPE, event.subjectType())
                .set(AUDIT_EVENTS.SUBJECT_ID, event.subjectId())
                .set(AUDIT_EVENTS.ACTION, event.action())
                .set(AUDIT_EVENTS.REASON, event.reason())
                .set(AUDIT_EVENTS.DETAILS, write(event.details()))
                .set(AUDIT_EVENTS.PREVIOUS_HASH, event.previousHash())
                .set(AUDIT_EVENTS.HASH, event.hash())
                .execute();
        db.update(AUDIT_HEADS)
                .set(AUDIT_HEADS.LAST_SEQUENCE, event.sequence())
                .set(AUDIT_HEADS.LAST_HASH, event.hash())
                .where(AUDIT_HEADS.TENANT_ID.eq(event.tenant()))
                .execute();
    }

    /** The events about one subject, newest first. */
    public Page<AuditEvent> history(String subjectType, UUID subjectId, PageRequest page) {
        return page(AUDIT_EVENTS.SUBJECT_TYPE.eq(subjectType).and(AUDIT_EVENTS.SUBJECT_ID.eq(subjectId)), page);
    }

    /** The organization's events, newest first, optionally of one action or subject type only. */
    public Page<AuditEvent> events(String subjectType, PageRequest page) {
        return page(subjectType == null ? DSL.noCondition() : AUDIT_EVENTS.SUBJECT_TYPE.eq(subjectType), page);
    }

    /** Events in chain order after {@code afterSequence}: the verification reads the chain in such batches. */
    public List<AuditEvent> chainAfter(long afterSequence, int batchSize) {
        return select().where(AUDIT_EVENTS.SEQUENCE.gt(afterSequence))
                .orderBy(AUDIT_EVENTS.SEQUENCE)
                .limit(batchSize)
                .fetch(this::toEvent);
    }

    private Page<AuditEvent> page(Condition where, PageRequest page) {
        int total = db.fetchCount(AUDIT_EVENTS, where);
        List<AuditEvent> items = select().where(where)
                .orderBy(AUDIT_EVENTS.SEQUENCE.desc())
                .offset(page.offset()).limit(page.limit())
                .fetch(this::toEvent);
        return new Page<>(items, total, page.offset(), page.limit());
    }

    private org.jooq.SelectOnConditionStep<Record> select() {
        return db.select(AUDIT_EVENTS.fields()).select(USERS.DISPLAY_NAME)
                .from(AUDIT_EVENTS)
                .leftJoin(USERS).on(USERS.ID.eq(AUDIT_EVENTS.ACTOR_ID));
    }

    private AuditEvent toEvent(Record r) {
        return new AuditEvent(r.get(AUDIT_EVENTS.TENANT_ID), r.get(AUDIT_EVENTS.SEQUENCE),
                r.get(AUDIT_EVENTS.RECORDED_AT).toInstant(), r.get(AUDIT_EVENTS.ACTOR_ID), r.get(USERS.DISPLAY_NAME),
                r.get(AUDIT_EVENTS.SUBJECT_TYPE), r.get(AUDIT_EVENTS.SUBJECT_ID), r.get(AUDIT_EVENTS.ACTION),
                r.get(AUDIT_EVENTS.REASON), read(r.get(AUDIT_EVENTS.DETAILS)), r.get(AUDIT_EVENTS.PREVIOUS_HASH),
                r.get(AUDIT_EVENTS.HASH));
    }

    private String write(Map<String, String> details) {
        try {
            return json.writeValueAsString(new TreeMap<>(details));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, String> read(String details) {
        try {
            return json.readValue(details, DETAILS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last event of an organization's chain. */
    public record Head(long lastSequence, String lastHash) {
    }
}
