package cn.tuanbiao.declarations.persistence;

import cn.tuanbiao.declarations.domain.EventType;
import cn.tuanbiao.declarations.domain.RegistryChange;
import cn.tuanbiao.declarations.domain.Subject;
import cn.tuanbiao.declarations.domain.SyncLine;
import cn.tuanbiao.declarations.domain.SyncState;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.tenancy.TenantId;
import jakarta.inject.Singleton;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static cn.tuanbiao.jooq.Tables.REGISTRY_CHANGES;
import static cn.tuanbiao.jooq.Tables.REGISTRY_SUBJECTS;
import static cn.tuanbiao.jooq.Tables.STANDARDS;

/** The registry outbox of the transaction's tenant: its subjects' sequences and its events with their sync state. */
@Singleton
public class RegistryOutboxStore {

    private static final cn.tuanbiao.jooq.tables.RegistrySubjects S = REGISTRY_SUBJECTS;
    private static final cn.tuanbiao.jooq.tables.RegistryChanges C = REGISTRY_CHANGES;

    private final DSLContext db;

    public RegistryOutboxStore(DSLContext db) {
        this.db = db;
    }

    /**
     * Takes the subject's next sequence and records the content hash it will carry. The upsert locks
     * the subject's row until the transaction ends, so sequences follow commit order.
     */
    public int nextSequence(TenantId tenant, Subject subject, String key, String contentHash) {
        return db.insertInto(S)
                .set(S.TENANT_ID, tenant.value()).set(S.SUBJECT, subject.name()).set(S.SUBJECT_KEY, key)
                .set(S.LAST_SEQUENCE, 1).set(S.CONTENT_HASH, contentHash)
                .onConflict(S.TENANT_ID, S.SUBJECT, S.SUBJECT_KEY).doUpdate()
                .set(S.LAST_SEQUENCE, S.LAST_SEQUENCE.plus(1)).set(S.CONTENT_HASH, contentHash)
                .returning(S.LAST_SEQUENCE).fetchOne(S.LAST_SEQUENCE);
    }

    /** Records the hash a corrected event carries, for a sequence taken earlier. */
    public void recordContentHash(Subject subject, String key, String contentHash) {
        db.update(S).set(S.CONTENT_HASH, contentHash)
                .where(S.SUBJECT.eq(subject.name()), S.SUBJECT_KEY.eq(key)).execute();
    }

    /** The content hash of the subject's last event, if it was ever sent. */
    public Optional<String> lastContentHash(Subject subject, String key) {
        return db.select(S.CONTENT_HASH).from(S).where(S.SUBJECT.eq(subject.name()), S.SUBJECT_KEY.eq(key))
                .fetchOptional(S.CONTENT_HASH);
    }

    public void insert(TenantId tenant, UUID id, Subject subject, String key, UUID standard, int sequence,
                       EventType type, String event, String contentHash, Instant at) {
        OffsetDateTime now = at.atOffset(ZoneOffset.UTC);
        db.insertInto(C)
                .set(C.TENANT_ID, tenant.value()).set(C.ID, id).set(C.SUBJECT, subject.name()).set(C.SUBJECT_KEY, key)
                .set(C.STANDARD_ID, standard).set(C.SEQUENCE, sequence).set(C.EVENT_TYPE, type.name())
                .set(C.EVENT, event).set(C.CONTENT_HASH, contentHash)
                .set(C.NEXT_ATTEMPT_AT, now).set(C.CREATED_AT, now)
                .execute();
    }

    /** The subject's latest live event (a superseded one is history), locked. */
    public Optional<RegistryChange> lockLatest(Subject subject, String key) {
        return db.selectFrom(C)
                .where(C.SUBJECT.eq(subject.name()), C.SUBJECT_KEY.eq(key), C.STATE.ne(SyncState.SUPERSEDED.name()))
                .orderBy(C.SEQUENCE.desc()).limit(1).forUpdate()
                .fetchOptional(RegistryOutboxStore::toChange);
    }

    /** The standard a stored REVISED event names as replaced. */
    public Optional<String> replacesOf(UUID id) {
        return db.select(org.jooq.impl.DSL.field("(event::jsonb)->>'replaces'", String.class)).from(C)
                .where(C.ID.eq(id)).fetchOptional(r -> r.value1());
    }

    public void supersede(UUID id) {
        db.update(C).set(C.STATE, SyncState.SUPERSEDED.name()).where(C.ID.eq(id), C.STATE.eq(SyncState.REJECTED.name()))
                .execute();
    }

    /** A standard's events, newest first. */
    public Page<RegistryChange> ofStandard(UUID standard, PageRequest page) {
        int total = db.fetchCount(C, C.STANDARD_ID.eq(standard));
        List<RegistryChange> items = db.selectFrom(C).where(C.STANDARD_ID.eq(standard))
                .orderBy(C.SEQUENCE.desc(), C.CREATED_AT.desc())
                .offset(page.offset()).limit(page.limit())
                .fetch(RegistryOutboxStore::toChange);
        return new Page<>(items, total, page.offset(), page.limit());
    }

    /** A subject's events (e.g. a good-practice statement's), newest first. */
    public Page<RegistryChange> ofSubject(Subject subject, String key, PageRequest page) {
        org.jooq.Condition where = C.SUBJECT.eq(subject.name()).and(C.SUBJECT_KEY.eq(key));
        int total = db.fetchCount(C, where);
        List<RegistryChange> items = db.selectFrom(C).where(where)
                .orderBy(C.SEQUENCE.desc(), C.CREATED_AT.desc())
                .offset(page.offset()).limit(page.limit())
                .fetch(RegistryOutboxStore::toChange);
        return new Page<>(items, total, page.offset(), page.limit());
    }

    /** The organization's events in one state (e.g. the rejected ones it must correct), newest first. */
    public Page<RegistryChange> inState(SyncState state, PageRequest page) {
        return lines(state, page).map(SyncLine::change);
    }

    /**
     * The organization's events in {@code state} (every one when null; SENT is a PENDING event already
     * tried), newest first, each with its standard's title. A tenant's outbox is a few events per
     * standard, so the tenant-led indexes bound it.
     */
    public Page<SyncLine> lines(SyncState state, PageRequest page) {
        Condition where = state == null ? DSL.noCondition() : shownAs(state);
        int total = db.fetchCount(C, where);
        List<SyncLine> items = db.select(C.asterisk(), STANDARDS.TITLE_ZH).from(C)
                .leftJoin(STANDARDS).on(STANDARDS.TENANT_ID.eq(C.TENANT_ID), STANDARDS.ID.eq(C.STANDARD_ID))
                .where(where)
                .orderBy(C.CREATED_AT.desc(), C.ID)
                .offset(page.offset()).limit(page.limit())
                .fetch(r -> new SyncLine(toChange(r), r.get(STANDARDS.TITLE_ZH)));
        return new Page<>(items, total, page.offset(), page.limit());
    }

    /** The rows the organization sees in {@code state}: SENT and PENDING are both PENDING rows, told apart by their tries. */
    private static Condition shownAs(SyncState state) {
        return switch (state) {
            case PENDING -> C.STATE.eq(SyncState.PENDING.name()).and(C.ATTEMPTS.eq(0));
            case SENT -> C.STATE.eq(SyncState.PENDING.name()).and(C.ATTEMPTS.gt(0));
            default -> C.STATE.eq(state.name());
        };
    }

    private static RegistryChange toChange(Record r) {
        String state = r.get(C.STATE);
        SyncState sync = SyncState.valueOf(state);
        if (sync == SyncState.PENDING && r.get(C.ATTEMPTS) > 0) {
            sync = SyncState.SENT;
        }
        return new RegistryChange(r.get(C.ID), Subject.valueOf(r.get(C.SUBJECT)), r.get(C.SUBJECT_KEY),
                r.get(C.STANDARD_ID), r.get(C.SEQUENCE), EventType.valueOf(r.get(C.EVENT_TYPE)), sync,
                r.get(C.ATTEMPTS), r.get(C.ERROR_CODE), r.get(C.ERROR_FIELD), r.get(C.ERROR_MESSAGE),
                r.get(C.RECEIPT), r.get(C.CREATED_AT).toInstant(),
                r.get(C.ACCEPTED_AT) == null ? null : r.get(C.ACCEPTED_AT).toInstant(), r.get(C.EVENT));
    }
}
