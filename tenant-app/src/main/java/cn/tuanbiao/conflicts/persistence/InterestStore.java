package cn.tuanbiao.conflicts.persistence;

import cn.tuanbiao.conflicts.domain.InterestDeclaration;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.tenancy.TenantId;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static cn.tuanbiao.jooq.Tables.INTEREST_DECLARATIONS;
import static cn.tuanbiao.jooq.Tables.USERS;

/** Conflict-of-interest declarations of the transaction's tenant. */
@Singleton
public class InterestStore {

    private static final cn.tuanbiao.jooq.tables.InterestDeclarations I = INTEREST_DECLARATIONS;

    private final DSLContext db;

    public InterestStore(DSLContext db) {
        this.db = db;
    }

    public boolean declared(UUID standard, UUID person) {
        return db.fetchExists(I, I.STANDARD_ID.eq(standard), I.PERSON_ID.eq(person));
    }

    public void insert(TenantId tenant, InterestDeclaration d) {
        db.insertInto(I)
                .set(I.TENANT_ID, tenant.value()).set(I.ID, d.id()).set(I.STANDARD_ID, d.standard())
                .set(I.PERSON_ID, d.person()).set(I.INTEREST, d.interest()).set(I.RECUSED, d.recused())
                .set(I.DECLARED_AT, d.declaredAt().atOffset(ZoneOffset.UTC))
                .execute();
    }

    public Page<InterestDeclaration> ofStandard(UUID standard, PageRequest page) {
        int total = db.fetchCount(I, I.STANDARD_ID.eq(standard));
        List<InterestDeclaration> items = db.select(I.fields()).select(USERS.DISPLAY_NAME).from(I)
                .join(USERS).on(USERS.ID.eq(I.PERSON_ID))
                .where(I.STANDARD_ID.eq(standard)).orderBy(I.DECLARED_AT.desc())
                .offset(page.offset()).limit(page.limit())
                .fetch(r -> new InterestDeclaration(r.get(I.ID), r.get(I.STANDARD_ID), r.get(I.PERSON_ID),
                        r.get(USERS.DISPLAY_NAME), r.get(I.INTEREST), r.get(I.RECUSED), r.get(I.DECLARED_AT).toInstant()));
        return new Page<>(items, total, page.offset(), page.limit());
    }

    public Set<UUID> recused(UUID standard) {
        return new HashSet<>(db.select(I.PERSON_ID).from(I).where(I.STANDARD_ID.eq(standard), I.RECUSED.isTrue())
                .fetch(I.PERSON_ID));
    }
}
