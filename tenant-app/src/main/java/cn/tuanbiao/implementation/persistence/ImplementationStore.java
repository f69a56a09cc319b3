package cn.tuanbiao.implementation.persistence;

import cn.tuanbiao.implementation.domain.ConversionLevel;
import cn.tuanbiao.implementation.domain.ConversionOutcome;
import cn.tuanbiao.implementation.domain.ImplementationRecord;
import cn.tuanbiao.implementation.domain.ImplementationRecordKind;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.tenancy.TenantId;
import jakarta.inject.Singleton;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static cn.tuanbiao.jooq.Tables.IMPLEMENTATION_RECORDS;
import static cn.tuanbiao.jooq.Tables.USERS;

/** Post-publication records of the transaction's tenant. */
@Singleton
public class ImplementationStore {

    private static final cn.tuanbiao.jooq.tables.ImplementationRecords R = IMPLEMENTATION_RECORDS;

    private final DSLContext db;

    public ImplementationStore(DSLContext db) {
        this.db = db;
    }

    public void insert(TenantId tenant, ImplementationRecord record) {
        db.insertInto(R)
                .set(R.TENANT_ID, tenant.value())
                .set(R.ID, record.id())
                .set(R.STANDARD_ID, record.standard())
                .set(R.KIND, record.kind().name())
                .set(R.OCCURRED_ON, record.occurredOn())
                .set(R.TITLE, record.title())
                .set(R.COUNTERPART, record.counterpart())
                .set(R.PARTICIPANTS, record.participants())
                .set(R.DESCRIPTION, record.description())
                .set(R.CONVERSION_LEVEL, record.conversionLevel() == null ? null : record.conversionLevel().name())
                .set(R.CONVERSION_OUTCOME, record.conversionOutcome() == null ? null : record.conversionOutcome().name())
                .set(R.RECORDED_BY, record.recordedBy())
                .set(R.RECORDED_AT, record.recordedAt().atOffset(ZoneOffset.UTC))
                .execute();
    }

    /** The record, locked so that two people deciding one conversion request do not both succeed. */
    public Optional<ImplementationRecord> lock(UUID id) {
        return select().where(R.ID.eq(id)).forUpdate().of(R).fetchOptional(ImplementationStore::toRecord);
    }

    public void decide(UUID id, ConversionOutcome outcome, LocalDate decidedOn, String note) {
        db.update(R)
                .set(R.CONVERSION_OUTCOME, outcome.name())
                .set(R.OUTCOME_ON, decidedOn)
                .set(R.OUTCOME_NOTE, note)
                .where(R.ID.eq(id))
                .execute();
    }

    /** A standard's records, optionally of one kind, newest first. */
    public Page<ImplementationRecord> ofStandard(UUID standard, ImplementationRecordKind kind, PageRequest page) {
        Condition where = R.STANDARD_ID.eq(standard).and(kind == null ? DSL.noCondition() : R.KIND.eq(kind.name()));
        int total = db.fetchCount(R, where);
        List<ImplementationRecord> items = select().where(where)
                .orderBy(R.OCCURRED_ON.desc(), R.RECORDED_AT.desc())
                .offset(page.offset()).limit(page.limit())
                .fetch(ImplementationStore::toRecord);
        return new Page<>(items, total, page.offset(), page.limit());
    }

    /** How many records of each kind the standard has, and how many took part in its events. */
    public Map<ImplementationRecordKind, Long> countsByKind(UUID standard) {
        Map<ImplementationRecordKind, Long> counts = new EnumMap<>(ImplementationRecordKind.class);
        db.select(R.KIND, DSL.count()).from(R).where(R.STANDARD_ID.eq(standard)).groupBy(R.KIND)
                .forEach(r -> counts.put(ImplementationRecordKind.valueOf(r.value1()), r.value2().longValue()));
        return counts;
    }

    public long participants(UUID standard) {
        Long total = db.select(DSL.sum(R.PARTICIPANTS).cast(Long.class)).from(R).where(R.STANDARD_ID.eq(standard))
                .fetchOne(0, Long.class);
        return total == null ? 0 : total;
    }

    private org.jooq.SelectOnConditionStep<Record> select() {
        return db.select(R.fields()).select(USERS.DISPLAY_NAME).from(R).leftJoin(USERS).on(USERS.ID.eq(R.RECORDED_BY));
    }

    private static ImplementationRecord toRecord(Record r) {
        return new ImplementationRecord(r.get(R.ID), r.get(R.STANDARD_ID), ImplementationRecordKind.valueOf(r.get(R.KIND)),
                r.get(R.OCCURRED_ON), r.get(R.TITLE), r.get(R.COUNTERPART), r.get(R.PARTICIPANTS), r.get(R.DESCRIPTION),
                r.get(R.CONVERSION_LEVEL) == null ? null : ConversionLevel.valueOf(r.get(R.CONVERSION_LEVEL)),
                r.get(R.CONVERSION_OUTCOME) == null ? null : ConversionOutcome.valueOf(r.get(R.CONVERSION_OUTCOME)),
                r.get(R.OUTCOME_ON), r.get(R.OUTCOME_NOTE), r.get(R.RECORDED_BY), r.get(USERS.DISPLAY_NAME),
                r.get(R.RECORDED_AT).toInstant());
    }
}
