package cn.tuanbiao.chambers.persistence;

import cn.tuanbiao.chambers.domain.FeeDeclaration;
import cn.tuanbiao.chambers.domain.FeeItem;
import cn.tuanbiao.chambers.domain.FeePurpose;
import cn.tuanbiao.chambers.domain.FeeRulesDraft;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static cn.tuanbiao.jooq.Tables.FEE_DECLARATIONS;
import static cn.tuanbiao.jooq.Tables.FEE_DECLARATION_ITEMS;

/** The chamber's fee-rules declarations (V34), in the transaction's tenant: each version as declared. */
@Singleton
public class FeeDeclarationStore {

    private static final cn.tuanbiao.jooq.tables.FeeDeclarations D = FEE_DECLARATIONS;
    private static final cn.tuanbiao.jooq.tables.FeeDeclarationItems I = FEE_DECLARATION_ITEMS;

    private final DSLContext db;

    public FeeDeclarationStore(DSLContext db) {
        this.db = db;
    }

    /**
     * Adds the next version. Two declarations at once number in turn: the second's insert of the same
     * version fails on the primary key and its transaction rolls back, leaving the first as it was.
     */
    public int insert(TenantId tenant, FeeRulesDraft.Valid rules, LocalDate declaredOn, PersonId by, String byName,
                      Instant at) {
        int version = db.select(DSL.coalesce(DSL.max(D.VERSION), 0)).from(D).fetchOne(0, Integer.class) + 1;
        db.insertInto(D).set(D.TENANT_ID, tenant.value()).set(D.VERSION, version).set(D.DECLARED_ON, declaredOn)
                .set(D.NO_FEE_COMMITMENT, true).set(D.POLICY_REFERENCE, rules.policyReference()).set(D.NOTE, rules.note())
                .set(D.DECLARED_BY, by.value()).set(D.DECLARED_BY_NAME, byName)
                .set(D.DECLARED_AT, at.atOffset(ZoneOffset.UTC)).execute();
        int position = 1;
        for (FeeItem item : rules.items()) {
            db.insertInto(I).set(I.TENANT_ID, tenant.value()).set(I.VERSION, version).set(I.POSITION, position++)
                    .set(I.PURPOSE, item.purpose().name()).set(I.ITEM, item.item()).set(I.BASIS, item.basis())
                    .set(I.NOTE, item.note()).execute();
        }
        return version;
    }

    /** The latest version declared on or before {@code onOrBefore}. */
    public Optional<FeeDeclaration> inForce(LocalDate onOrBefore) {
        return db.selectFrom(D).where(D.DECLARED_ON.le(onOrBefore)).orderBy(D.VERSION.desc()).limit(1)
                .fetchOptional(this::declaration);
    }

    public Optional<FeeDeclaration> version(int version) {
        return db.selectFrom(D).where(D.VERSION.eq(version)).fetchOptional(this::declaration);
    }

    /** Every version, newest first (a chamber declares a handful over the years). */
    public List<FeeDeclaration> history() {
        return db.selectFrom(D).orderBy(D.VERSION.desc()).limit(200).fetch(this::declaration);
    }

    private FeeDeclaration declaration(Record d) {
        int version = d.get(D.VERSION);
        List<FeeItem> items = db.selectFrom(I).where(I.VERSION.eq(version)).orderBy(I.POSITION)
                .fetch(i -> new FeeItem(FeePurpose.valueOf(i.getPurpose()), i.getItem(), i.getBasis(), i.getNote()));
        return new FeeDeclaration(version, d.get(D.DECLARED_ON), d.get(D.NO_FEE_COMMITMENT), d.get(D.POLICY_REFERENCE),
                d.get(D.NOTE), items, d.get(D.DECLARED_BY_NAME), d.get(D.DECLARED_AT).toInstant());
    }
}
