package cn.tuanbiao.registry.national.oai;

import jakarta.inject.Singleton;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * OAI-PMH's reads over the current rows. Records go in (datestamp, standard_key) order, paged by
 * keyset on the index of that order ({@code standards_datestamp_idx}, or
 * {@code standards_set_datestamp_idx} for one organization's set); rows are streamed through a
 * cursor, never a whole table.
 */
@Singleton
class OaiRecords {

    /** What a list of records is restricted to: from (inclusive), upper (exclusive), one organization. */
    record Filter(Instant from, Instant upper, String creditCode) {
    }

    /** One standard as a record: the header's fields and what the metadata needs. */
    record Row(String standardKey, String creditCode, Instant datestamp, boolean deleted, String organizationName,
               String declaration) {
    }

    record Set(String creditCode, String name) {
    }

    private static final String ROW_COLUMNS = "select s.standard_key, s.credit_code, s.datestamp, s.status <> '现行'";

    Optional<Instant> earliestDatestamp(DSLContext tx) {
        return Optional.ofNullable(tx.resultQuery("select min(datestamp) from standards").fetchOne(0, OffsetDateTime.class))
                .map(OffsetDateTime::toInstant);
    }

    boolean exists(DSLContext tx, String standardKey) {
        return tx.fetchExists(tx.selectOne().from("standards").where("standard_key = ?", standardKey));
    }

    Optional<Row> record(DSLContext tx, String standardKey, boolean withMetadata) {
        return tx.resultQuery(columns(withMetadata) + " where s.standard_key = ?", standardKey)
                .fetchOptional(row -> row(row, withMetadata));
    }

    long count(DSLContext tx, Filter filter) {
        List<Object> binds = new ArrayList<>();
        String where = where(filter, binds);
        return tx.resultQuery("select count(*) from standards s " + where, binds.toArray()).fetchOne(0, Long.class);
    }

    /** Up to {@code limit} records after (afterTime, afterKey), in order, handed one by one to {@code each}. */
    void records(DSLContext tx, Filter filter, Instant afterTime, String afterKey, int limit, boolean withMetadata,
                 Consumer<Row> each) {
        List<Object> binds = new ArrayList<>();
        String where = where(filter, binds);
        if (afterTime != null) {
            where += " and (s.datestamp, s.standard_key) > (?::timestamptz, ?)";
            binds.add(OffsetDateTime.ofInstant(afterTime, ZoneOffset.UTC));
            binds.add(afterKey);
        }
        binds.add(limit);
        try (Cursor<Record> rows = tx.resultQuery(columns(withMetadata) + " " + where
                        + " order by s.datestamp, s.standard_key limit ?", binds.toArray())
                .fetchSize(Math.min(limit, 500)).fetchLazy()) {
            for (Record row : rows) {
                each.accept(row(row, withMetadata));
            }
        }
    }

    long countSets(DSLContext tx) {
        return tx.resultQuery("select count(*) from organizations").fetchOne(0, Long.class);
    }

    void sets(DSLContext tx, String afterCreditCode, int limit, Consumer<Set> each) {
        try (Cursor<Record> rows = tx.resultQuery("select credit_code, name from organizations "
                        + "where credit_code > ?::bpchar order by credit_code limit ?", afterCreditCode, limit)
                .fetchSize(Math.min(limit, 500)).fetchLazy()) {
            for (Record row : rows) {
                each.accept(new Set(row.get(0, String.class).strip(), row.get(1, String.class)));
            }
        }
    }

    private static String columns(boolean withMetadata) {
        return withMetadata
                ? ROW_COLUMNS + ", o.name, s.declaration::text from standards s join organizations o on o.credit_code = s.credit_code"
                : ROW_COLUMNS + " from standards s";
    }

    private static String where(Filter filter, List<Object> binds) {
        StringBuilder where = new StringBuilder("where s.datestamp < ?::timestamptz");
        binds.add(OffsetDateTime.ofInstant(filter.upper(), ZoneOffset.UTC));
        if (filter.from() != null) {
            where.append(" and s.datestamp >= ?::timestamptz");
            binds.add(OffsetDateTime.ofInstant(filter.from(), ZoneOffset.UTC));
        }
        if (filter.creditCode() != null) {
            where.append(" and s.credit_code = ?::bpchar");
            binds.add(filter.creditCode());
        }
        return where.toString();
    }

    private static Row row(Record row, boolean withMetadata) {
        return new Row(row.get(0, String.class), row.get(1, String.class).strip(),
                row.get(2, OffsetDateTime.class).toInstant(), Boolean.TRUE.equals(row.get(3, Boolean.class)),
                withMetadata ? row.get(4, String.class) : null, withMetadata ? row.get(5, String.class) : null);
    }

    /** Epoch microseconds: PostgreSQL's precision, so that a keyset position is exact. */
    static long micros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    static Instant instant(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }
}
