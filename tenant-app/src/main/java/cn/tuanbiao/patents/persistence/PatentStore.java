package cn.tuanbiao.patents.persistence;

import cn.tuanbiao.patents.domain.PatentDeclaration;
import cn.tuanbiao.patents.domain.PatentLicensing;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import jakarta.inject.Singleton;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static cn.tuanbiao.jooq.Tables.PATENT_DECLARATIONS;
import static cn.tuanbiao.jooq.Tables.STANDARDS;

/** Patent declarations of the transaction's tenant: per standard, and as the organization's IP register. */
@Singleton
public class PatentStore {

    private static final cn.tuanbiao.jooq.tables.PatentDeclarations P = PATENT_DECLARATIONS;

    private final DSLContext db;

    public PatentStore(DSLContext db) {
        this.db = db;
    }

    public void insert(TenantId tenant, PatentDeclaration d, PersonId by) {
        db.insertInto(P)
                .set(P.TENANT_ID, tenant.value()).set(P.ID, d.id()).set(P.STANDARD_ID, d.standard())
                .set(P.PATENT_NUMBER, d.patentNumber()).set(P.PATENT_TITLE, d.patentTitle()).set(P.HOLDER, d.holder())
                .set(P.LICENSING, d.licensing().name())
                .set(P.DECLARANT_NAME, d.declarantName()).set(P.DECLARANT_CONTACT, d.declarantContact())
                .set(P.DECLARED_BY, by == null ? null : by.value())
                .set(P.DECLARED_AT, d.declaredAt().atOffset(ZoneOffset.UTC))
                .execute();
    }

    public Optional<PatentDeclaration> lock(UUID id) {
        return select().where(P.ID.eq(id)).forUpdate().of(P).fetchOptional(PatentStore::toDeclaration);
    }

    public void decide(UUID id, String decision, PersonId by, Instant at) {
        db.update(P).set(P.REFUSAL_DECISION, decision).set(P.REFUSAL_DECIDED_BY, by.value())
                .set(P.REFUSAL_DECIDED_AT, at.atOffset(ZoneOffset.UTC))
                .where(P.ID.eq(id)).execute();
    }

    /** Refusals on the standard that nobody has decided about yet. */
    public int undecidedRefusals(UUID standard) {
        return db.fetchCount(P, P.STANDARD_ID.eq(standard), P.LICENSING.eq(PatentLicensing.REFUSE.name()),
                P.REFUSAL_DECISION.isNull());
    }

    /** One standard's declarations, or (standard null) the organization's whole register, newest first. */
    public Page<PatentDeclaration> list(UUID standard, PageRequest page) {
        Condition where = standard == null ? DSL.noCondition() : P.STANDARD_ID.eq(standard);
        int total = db.fetchCount(P, where);
        List<PatentDeclaration> items = select().where(where).orderBy(P.DECLARED_AT.desc(), P.ID)
                .offset(page.offset()).limit(page.limit()).fetch(PatentStore::toDeclaration);
        return new Page<>(items, total, page.offset(), page.limit());
    }

    private org.jooq.SelectOnConditionStep<Record> select() {
        return db.select(P.fields()).select(STANDARDS.TITLE_ZH).from(P)
                .join(STANDARDS).on(STANDARDS.TENANT_ID.eq(P.TENANT_ID), STANDARDS.ID.eq(P.STANDARD_ID));
    }

    private static PatentDeclaration toDeclaration(Record r) {
        return new PatentDeclaration(r.get(P.ID), r.get(P.STANDARD_ID), r.get(STANDARDS.TITLE_ZH), r.get(P.PATENT_NUMBER),
                r.get(P.PATENT_TITLE), r.get(P.HOLDER), PatentLicensing.valueOf(r.get(P.LICENSING)), r.get(P.DECLARANT_NAME),
                r.get(P.DECLARANT_CONTACT), r.get(P.DECLARED_AT).toInstant(), r.get(P.REFUSAL_DECISION),
                r.get(P.REFUSAL_DECIDED_AT) == null ? null : r.get(P.REFUSAL_DECIDED_AT).toInstant());
    }
}
