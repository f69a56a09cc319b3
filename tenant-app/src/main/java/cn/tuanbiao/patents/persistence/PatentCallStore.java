package cn.tuanbiao.patents.persistence;

import cn.tuanbiao.patents.domain.PatentCall;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.standards.domain.Stage;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Record6;
import org.jooq.SelectOnConditionStep;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static cn.tuanbiao.jooq.Tables.PATENT_CALLS;
import static cn.tuanbiao.jooq.Tables.USERS;

/** The calls for patent disclosure of the transaction's tenant (PART-4). */
@Singleton
public class PatentCallStore {

    private static final cn.tuanbiao.jooq.tables.PatentCalls C = PATENT_CALLS;

    private final DSLContext db;

    public PatentCallStore(DSLContext db) {
        this.db = db;
    }

    public void insert(TenantId tenant, UUID id, UUID standard, Stage stage, PersonId by, Instant at, int notified) {
        db.insertInto(C)
                .set(C.TENANT_ID, tenant.value()).set(C.ID, id).set(C.STANDARD_ID, standard).set(C.STAGE, stage.name())
                .set(C.ISSUED_BY, by.value()).set(C.ISSUED_AT, at.atOffset(ZoneOffset.UTC)).set(C.MEMBERS_NOTIFIED, notified)
                .execute();
    }

    public Optional<PatentCall> find(UUID id) {
        return select().where(C.ID.eq(id)).fetchOptional(PatentCallStore::toCall);
    }

    /** A standard's calls, newest first. */
    public Page<PatentCall> ofStandard(UUID standard, PageRequest page) {
        int total = db.fetchCount(C, C.STANDARD_ID.eq(standard));
        List<PatentCall> items = select().where(C.STANDARD_ID.eq(standard))
                .orderBy(C.ISSUED_AT.desc(), C.ID)
                .offset(page.offset()).limit(page.limit())
                .fetch(PatentCallStore::toCall);
        return new Page<>(items, total, page.offset(), page.limit());
    }

    private SelectOnConditionStep<Record6<UUID, UUID, String, String, OffsetDateTime, Integer>> select() {
        return db.select(C.ID, C.STANDARD_ID, C.STAGE, USERS.DISPLAY_NAME, C.ISSUED_AT, C.MEMBERS_NOTIFIED)
                .from(C).join(USERS).on(USERS.ID.eq(C.ISSUED_BY));
    }

    private static PatentCall toCall(Record6<UUID, UUID, String, String, OffsetDateTime, Integer> r) {
        return new PatentCall(r.value1(), r.value2(), Stage.valueOf(r.value3()), r.value4(), r.value5().toInstant(),
                r.value6());
    }
}
