package cn.tuanbiao.numbering.persistence;

import cn.tuanbiao.numbering.domain.DocumentSeries;
import cn.tuanbiao.numbering.domain.IssuedNumber;
import cn.tuanbiao.numbering.domain.NumberingRule;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.Optional;

import static cn.tuanbiao.jooq.Tables.DOCUMENT_NUMBERING_RULES;
import static cn.tuanbiao.jooq.Tables.DOCUMENT_NUMBER_SEQUENCES;
import static cn.tuanbiao.jooq.Tables.ISSUED_DOCUMENT_NUMBERS;

/** Numbering rules, sequences and issued numbers of the transaction's tenant. */
@Singleton
public class NumberingStore {

    private final DSLContext db;

    public NumberingStore(DSLContext db) {
        this.db = db;
    }

    public Optional<NumberingRule> rule(DocumentSeries series) {
        return db.select(DOCUMENT_NUMBERING_RULES.PATTERN).from(DOCUMENT_NUMBERING_RULES)
                .where(DOCUMENT_NUMBERING_RULES.SERIES.eq(series.name()))
                .fetchOptional(r -> new NumberingRule(series, r.value1()));
    }

    public void saveRule(TenantId tenant, NumberingRule rule) {
        db.insertInto(DOCUMENT_NUMBERING_RULES)
                .set(DOCUMENT_NUMBERING_RULES.TENANT_ID, tenant.value())
                .set(DOCUMENT_NUMBERING_RULES.SERIES, rule.series().name())
                .set(DOCUMENT_NUMBERING_RULES.PATTERN, rule.pattern())
                .onConflict(DOCUMENT_NUMBERING_RULES.TENANT_ID, DOCUMENT_NUMBERING_RULES.SERIES).doUpdate()
                .set(DOCUMENT_NUMBERING_RULES.PATTERN, rule.pattern())
                .execute();
    }

    /**
     * The next sequence of the series in the year. The upsert locks the row until the
     * transaction ends, so concurrent issuers queue, and a rollback gives the number back.
     */
    public int next(TenantId tenant, DocumentSeries series, Year year) {
        return db.insertInto(DOCUMENT_NUMBER_SEQUENCES)
                .set(DOCUMENT_NUMBER_SEQUENCES.TENANT_ID, tenant.value())
                .set(DOCUMENT_NUMBER_SEQUENCES.SERIES, series.name())
                .set(DOCUMENT_NUMBER_SEQUENCES.YEAR, year.getValue())
                .set(DOCUMENT_NUMBER_SEQUENCES.LAST_SEQUENCE, 1)
                .onConflict(DOCUMENT_NUMBER_SEQUENCES.TENANT_ID, DOCUMENT_NUMBER_SEQUENCES.SERIES,
                        DOCUMENT_NUMBER_SEQUENCES.YEAR).doUpdate()
                .set(DOCUMENT_NUMBER_SEQUENCES.LAST_SEQUENCE, DOCUMENT_NUMBER_SEQUENCES.LAST_SEQUENCE.plus(1))
                .returning(DOCUMENT_NUMBER_SEQUENCES.LAST_SEQUENCE)
                .fetchOne(DOCUMENT_NUMBER_SEQUENCES.LAST_SEQUENCE);
    }

    public void recordIssued(TenantId tenant, IssuedNumber issued, PersonId by) {
        db.insertInto(ISSUED_DOCUMENT_NUMBERS)
                .set(ISSUED_DOCUMENT_NUMBERS.TENANT_ID, tenant.value())
                .set(ISSUED_DOCUMENT_NUMBERS.SERIES, issued.series().name())
                .set(ISSUED_DOCUMENT_NUMBERS.YEAR, issued.year().getValue())
                .set(ISSUED_DOCUMENT_NUMBERS.SEQUENCE, issued.sequence())
                .set(ISSUED_DOCUMENT_NUMBERS.NUMBER, issued.number())
                .set(ISSUED_DOCUMENT_NUMBERS.SUBJECT_TYPE, issued.subjectType())
                .set(ISSUED_DOCUMENT_NUMBERS.SUBJECT_ID, issued.subjectId())
                .set(ISSUED_DOCUMENT_NUMBERS.ISSUED_BY, by == null ? null : by.value())
                .set(ISSUED_DOCUMENT_NUMBERS.ISSUED_AT, issued.issuedAt().atOffset(ZoneOffset.UTC))
                .execute();
    }

    public Page<IssuedNumber> issued(DocumentSeries series, PageRequest page) {
        var where = series == null ? org.jooq.impl.DSL.noCondition() : ISSUED_DOCUMENT_NUMBERS.SERIES.eq(series.name());
        int total = db.fetchCount(ISSUED_DOCUMENT_NUMBERS, where);
        var items = db.selectFrom(ISSUED_DOCUMENT_NUMBERS).where(where)
                .orderBy(ISSUED_DOCUMENT_NUMBERS.ISSUED_AT.desc(), ISSUED_DOCUMENT_NUMBERS.SEQUENCE.desc())
                .offset(page.offset()).limit(page.limit())
                .fetch(r -> new IssuedNumber(DocumentSeries.valueOf(r.getSeries()), Year.of(r.getYear()), r.getSequence(),
                        r.getNumber(), r.getSubjectType(), r.getSubjectId(), r.getIssuedAt().toInstant()));
        return new Page<>(items, total, page.offset(), page.limit());
    }

}
