package cn.tuanbiao.screening.persistence;

import cn.tuanbiao.screening.domain.ReferenceStandard;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.persistence.Like;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import jakarta.inject.Singleton;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import static cn.tuanbiao.jooq.Tables.MANDATORY_STANDARDS;
import static cn.tuanbiao.jooq.Tables.PUBLISHED_STANDARDS;

/**
 * The two registers a project is screened against (LC-7). Candidates are found through the GIN
 * index on the segmented words ({@code terms}); the caller scores them.
 */
@Singleton
public class ScreeningStore {

    /** A GIN index answers "any of these words"; ranking then keeps the closest few. */
    private static final int CANDIDATES = 40;
    /** The segmented words; jOOQ's generator does not know tsvector, so the column is named here. */
    private static final Field<String> TERMS = DSL.field(DSL.name("terms"), String.class);

    private final DSLContext db;

    public ScreeningStore(DSLContext db) {
        this.db = db;
    }

    /** Adds or replaces a mandatory national standard of the operator's list. */
    public void upsertMandatory(ReferenceStandard standard, Collection<String> terms, PersonId importedBy, Instant now) {
        Field<String> vector = tsvector(terms);
        db.insertInto(MANDATORY_STANDARDS)
                .set(MANDATORY_STANDARDS.NUMBER, standard.number())
                .set(MANDATORY_STANDARDS.TITLE, standard.title())
                .set(MANDATORY_STANDARDS.SCOPE, standard.scope())
                .set(MANDATORY_STANDARDS.IMPORTED_AT, now.atOffset(ZoneOffset.UTC))
                .set(MANDATORY_STANDARDS.IMPORTED_BY, importedBy.value())
                .set(TERMS, vector)
                .onConflict(MANDATORY_STANDARDS.NUMBER).doUpdate()
                .set(MANDATORY_STANDARDS.TITLE, standard.title())
                .set(MANDATORY_STANDARDS.SCOPE, standard.scope())
                .set(MANDATORY_STANDARDS.IMPORTED_AT, now.atOffset(ZoneOffset.UTC))
                .set(MANDATORY_STANDARDS.IMPORTED_BY, importedBy.value())
                .set(TERMS, vector)
                .execute();
    }

    public List<ReferenceStandard> mandatoryCandidates(Collection<String> terms) {
        if (terms.isEmpty()) {
            return List.of();
        }
        Field<Object> query = tsquery(terms);
        return db.select(MANDATORY_STANDARDS.NUMBER, MANDATORY_STANDARDS.TITLE, MANDATORY_STANDARDS.SCOPE)
                .from(MANDATORY_STANDARDS)
                .where(DSL.condition("{0} @@ {1}", DSL.field(DSL.name("mandatory_standards", "terms")), query))
                .orderBy(DSL.field("ts_rank({0}, {1})", Double.class, DSL.field(DSL.name("mandatory_standards", "terms")),
                        query).desc(), MANDATORY_STANDARDS.NUMBER)
                .limit(CANDIDATES)
                .fetch(r -> new ReferenceStandard(r.value1(), r.value2(), r.value3()));
    }

    public Page<ReferenceStandard> mandatory(String text, PageRequest page) {
        Condition where = DSL.noCondition();
        if (text != null && !text.isBlank()) {
            String pattern = Like.containing(text);
            where = MANDATORY_STANDARDS.NUMBER.like(pattern).escape(Like.ESCAPE)
                    .or(MANDATORY_STANDARDS.TITLE.like(pattern).escape(Like.ESCAPE));
        }
        int total = db.fetchCount(MANDATORY_STANDARDS, where);
        var items = db.select(MANDATORY_STANDARDS.NUMBER, MANDATORY_STANDARDS.TITLE, MANDATORY_STANDARDS.SCOPE)
                .from(MANDATORY_STANDARDS).where(where)
                .orderBy(MANDATORY_STANDARDS.NUMBER)
                .offset(page.offset()).limit(page.limit())
                .fetch(r -> new ReferenceStandard(r.value1(), r.value2(), r.value3()));
        return new Page<>(items, total, page.offset(), page.limit());
    }

    /** Enters a standard in the platform's register of published standards, in its publishing transaction. */
    public void recordPublished(TenantId organization, UUID standard, ReferenceStandard published, LocalDate publishedOn,
                                Collection<String> terms) {
        db.insertInto(PUBLISHED_STANDARDS)
                .set(PUBLISHED_STANDARDS.ORGANIZATION_ID, organization.value())
                .set(PUBLISHED_STANDARDS.STANDARD_ID, standard)
                .set(PUBLISHED_STANDARDS.NUMBER, published.number())
                .set(PUBLISHED_STANDARDS.TITLE_ZH, published.title())
                .set(PUBLISHED_STANDARDS.SCOPE, published.scope())
                .set(PUBLISHED_STANDARDS.PUBLISHED_ON, publishedOn)
                .set(PUBLISHED_STANDARDS.STATUS, "PUBLISHED")
                .set(TERMS, tsvector(terms))
                .execute();
    }

    public void recordStatus(TenantId organization, UUID standard, String status) {
        db.update(PUBLISHED_STANDARDS).set(PUBLISHED_STANDARDS.STATUS, status)
                .where(PUBLISHED_STANDARDS.ORGANIZATION_ID.eq(organization.value()),
                        PUBLISHED_STANDARDS.STANDARD_ID.eq(standard))
                .execute();
    }

    /** Standards in force anywhere on the platform that share words with the project, except the ones named. */
    public List<ReferenceStandard> publishedCandidates(Collection<String> terms, Collection<UUID> except) {
        if (terms.isEmpty()) {
            return List.of();
        }
        Field<Object> query = tsquery(terms);
        Field<Object> column = DSL.field(DSL.name("published_standards", "terms"));
        return db.select(PUBLISHED_STANDARDS.NUMBER, PUBLISHED_STANDARDS.TITLE_ZH, PUBLISHED_STANDARDS.SCOPE)
                .from(PUBLISHED_STANDARDS)
                .where(DSL.condition("{0} @@ {1}", column, query), PUBLISHED_STANDARDS.STATUS.eq("PUBLISHED"),
                        except.isEmpty() ? DSL.noCondition() : PUBLISHED_STANDARDS.STANDARD_ID.notIn(except))
                .orderBy(DSL.field("ts_rank({0}, {1})", Double.class, column, query).desc(), PUBLISHED_STANDARDS.NUMBER)
                .limit(CANDIDATES)
                .fetch(r -> new ReferenceStandard(r.value1(), r.value2(), r.value3()));
    }

    private static Field<String> tsvector(Collection<String> terms) {
        return DSL.field("to_tsvector('simple', {0})", String.class, DSL.val(String.join(" ", terms)));
    }

    /** "any of these words"; the words are letters and digits only (see ChineseTerms), quoted all the same. */
    private static Field<Object> tsquery(Collection<String> terms) {
        String any = terms.stream().map(t -> "'" + t.replace("'", "''") + "'").collect(Collectors.joining(" | "));
        return DSL.field("to_tsquery('simple', {0})", Object.class, DSL.val(any));
    }
}
