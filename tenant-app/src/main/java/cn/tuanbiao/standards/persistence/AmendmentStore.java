package cn.tuanbiao.standards.persistence;

import cn.tuanbiao.standards.domain.Amendment;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static cn.tuanbiao.jooq.Tables.STANDARD_AMENDMENTS;

/** Amendments of the transaction's tenant's standards. */
@Singleton
public class AmendmentStore {

    private final DSLContext db;

    public AmendmentStore(DSLContext db) {
        this.db = db;
    }

    /** The next amendment number of a standard; the caller holds the standard's row lock, so numbers never clash. */
    public int nextSequence(UUID standard) {
        Integer last = db.select(DSL.max(STANDARD_AMENDMENTS.SEQUENCE)).from(STANDARD_AMENDMENTS)
                .where(STANDARD_AMENDMENTS.STANDARD_ID.eq(standard)).fetchOne(0, Integer.class);
        return last == null ? 1 : last + 1;
    }

    public void insert(TenantId tenant, Amendment amendment, PersonId by, Instant now) {
        db.insertInto(STANDARD_AMENDMENTS)
                .set(STANDARD_AMENDMENTS.TENANT_ID, tenant.value())
                .set(STANDARD_AMENDMENTS.STANDARD_ID, amendment.standard())
                .set(STANDARD_AMENDMENTS.SEQUENCE, amendment.sequence())
                .set(STANDARD_AMENDMENTS.SUMMARY, amendment.summary())
                .set(STANDARD_AMENDMENTS.DECISION_REFERENCE, amendment.decisionReference())
                .set(STANDARD_AMENDMENTS.PUBLISHED_ON, amendment.publishedOn())
                .set(STANDARD_AMENDMENTS.IN_FORCE_FROM, amendment.inForceFrom())
                .set(STANDARD_AMENDMENTS.DOCUMENT_ID, amendment.documentId())
                .set(STANDARD_AMENDMENTS.RECORDED_BY, by.value())
                .set(STANDARD_AMENDMENTS.RECORDED_AT, now.atOffset(ZoneOffset.UTC))
                .execute();
    }

    /** A standard's amendments in order (a standard has few: they come whole). */
    public List<Amendment> of(UUID standard) {
        return db.selectFrom(STANDARD_AMENDMENTS).where(STANDARD_AMENDMENTS.STANDARD_ID.eq(standard))
                .orderBy(STANDARD_AMENDMENTS.SEQUENCE).limit(1_000)
                .fetch(r -> new Amendment(r.getStandardId(), r.getSequence(), r.getSummary(), r.getDecisionReference(),
                        r.getPublishedOn(), r.getInForceFrom(), r.getDocumentId()));
    }
}
