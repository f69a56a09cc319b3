package cn.tuanbiao.declarations.persistence;

import cn.tuanbiao.declarations.domain.Comparison;
import cn.tuanbiao.declarations.domain.DeclarationForm;
import cn.tuanbiao.declarations.domain.DeclaredLevel;
import cn.tuanbiao.declarations.domain.StandardDeclaration;
import cn.tuanbiao.tenancy.TenantId;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.JSON;
import org.jooq.Record;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static cn.tuanbiao.jooq.Tables.STANDARD_DECLARATIONS;

/** The organization's declarations on its published standards (PUB-1), in the transaction's tenant. */
@Singleton
public class DeclarationStore {

    private static final cn.tuanbiao.jooq.tables.StandardDeclarations D = STANDARD_DECLARATIONS;

    private final DSLContext db;
    private final ObjectMapper json;

    public DeclarationStore(DSLContext db, ObjectMapper json) {
        this.db = db;
        this.json = json;
    }

    /** The declaration of a newly published standard, empty and unconfirmed; a second call changes nothing. */
    public void open(TenantId tenant, UUID standard, Instant at) {
        db.insertInto(D)
                .set(D.TENANT_ID, tenant.value()).set(D.STANDARD_ID, standard)
                .set(D.UPDATED_AT, at.atOffset(ZoneOffset.UTC))
                .onConflictDoNothing().execute();
    }

    /** Locks the declaration for a change (confirmation, correction): one writer at a time per standard. */
    public Optional<StandardDeclaration> lock(UUID standard) {
        return db.selectFrom(D).where(D.STANDARD_ID.eq(standard)).forUpdate().fetchOptional(this::toDeclaration);
    }

    public Optional<StandardDeclaration> find(UUID standard) {
        return db.selectFrom(D).where(D.STANDARD_ID.eq(standard)).fetchOptional(this::toDeclaration);
    }

    public void save(UUID standard, DeclarationForm form, Instant at) {
        db.update(D)
                .set(D.LEVEL, form.level() == null ? null : form.level().name())
                .set(D.PERFORMANCE_INDICATORS, write(form.performanceIndicators()))
                .set(D.FUNCTIONAL_INDICATORS, write(form.functionalIndicators()))
                .set(D.COMPARISONS, write(form.comparisons()))
                .set(D.UPDATED_AT, at.atOffset(ZoneOffset.UTC))
                .where(D.STANDARD_ID.eq(standard)).execute();
    }

    public void confirm(UUID standard, UUID by, String byName, Instant at) {
        db.update(D)
                .set(D.CONFIRMED_BY, by).set(D.CONFIRMED_BY_NAME, byName)
                .set(D.CONFIRMED_AT, at.atOffset(ZoneOffset.UTC))
                .where(D.STANDARD_ID.eq(standard)).execute();
    }

    /** How many published standards of the organization still wait for their declaration's confirmation. */
    public int unconfirmed() {
        return db.fetchCount(D, D.CONFIRMED_AT.isNull());
    }

    private StandardDeclaration toDeclaration(Record r) {
        DeclarationForm form = new DeclarationForm(
                r.get(D.LEVEL) == null ? null : DeclaredLevel.valueOf(r.get(D.LEVEL)),
                read(r.get(D.PERFORMANCE_INDICATORS), Argument.listOf(String.class)),
                read(r.get(D.FUNCTIONAL_INDICATORS), Argument.listOf(String.class)),
                read(r.get(D.COMPARISONS), Argument.listOf(Comparison.class)));
        return new StandardDeclaration(r.get(D.STANDARD_ID), form, r.get(D.CONFIRMED_BY), r.get(D.CONFIRMED_BY_NAME),
                r.get(D.CONFIRMED_AT) == null ? null : r.get(D.CONFIRMED_AT).toInstant());
    }

    private JSON write(Object value) {
        try {
            return JSON.valueOf(json.writeValueAsString(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> List<T> read(JSON value, Argument<List<T>> type) {
        try {
            return value == null ? List.of() : json.readValue(value.data(), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
