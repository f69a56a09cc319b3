package cn.tuanbiao.registry.national.search;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.table;

/**
 * The public read side over the current rows: search (a substring, matched by the trigram index on
 * {@code search_text}) and a standard with all its versions.
 */
@Singleton
public class StandardCatalogue {

    private static final Table<?> STANDARDS = table(name("standards")).as("s");
    private static final Table<?> ORGANIZATIONS = table(name("organizations")).as("o");
    private static final Field<String> KEY = field(name("s", "standard_key"), String.class);
    private static final Field<String> NUMBER = field(name("s", "number"), String.class);
    private static final Field<String> TITLE = field(name("s", "title"), String.class);
    private static final Field<String> TITLE_EN = field(name("s", "title_en"), String.class);
    private static final Field<String> STATUS = field(name("s", "status"), String.class);
    private static final Field<LocalDate> PUBLISHED_ON = field(name("s", "published_on"), LocalDate.class);
    private static final Field<String> CREDIT_CODE = field(name("s", "credit_code"), String.class);
    private static final Field<String> SEARCH_TEXT = field(name("s", "search_text"), String.class);
    private static final Field<String> ORGANIZATION_CODE = field(name("o", "credit_code"), String.class);
    private static final Field<String> ORGANIZATION_NAME = field(name("o", "name"), String.class);

    private final DSLContext dsl;
    private final JsonMapper json;

    public StandardCatalogue(DSLContext dsl, JsonMapper json) {
        this.dsl = dsl;
        this.json = json;
    }

    public SearchPage search(StandardQuery query) {
        Condition where = noCondition();
        if (query.q() != null && !query.q().isBlank()) {
            where = where.and(SEARCH_TEXT.likeIgnoreCase("%" + likeEscaped(query.q().strip()) + "%"));
        }
        if (query.organization() != null && !query.organization().isBlank()) {
            where = where.and(CREDIT_CODE.eq(query.organization().strip()));
        }
        if (query.status() != null && !query.status().isBlank()) {
            where = where.and(STATUS.eq(query.status().strip()));
        }
        long total = dsl.fetchCount(dsl.selectOne().from(STANDARDS).where(where));
        List<StandardSummary> items = dsl
                .select(KEY, NUMBER, TITLE, TITLE_EN, STATUS, PUBLISHED_ON, ORGANIZATION_CODE, ORGANIZATION_NAME)
                .from(STANDARDS).join(ORGANIZATIONS).on(ORGANIZATION_CODE.eq(CREDIT_CODE))
                .where(where)
                .orderBy(PUBLISHED_ON.desc(), KEY)
                .limit(query.size()).offset(query.offset())
                .fetch(StandardCatalogue::summary);
        return new SearchPage(items, query.page(), query.size(), total);
    }

    public Optional<StandardDetail> standard(String standardKey) {
        return dsl.resultQuery("""
                        select s.standard_key, s.number, s.title, s.title_en, s.status, s.published_on, s.in_force_from,
                               s.replaces, s.credit_code, o.name, s.last_sequence, s.content_hash, s.datestamp,
                               s.declaration::text
                        from standards s join organizations o on o.credit_code = s.credit_code
                        where s.standard_key = ?""", standardKey)
                .fetchOptional()
                .map(row -> new StandardDetail(row.get(0, String.class), row.get(1, String.class), row.get(2, String.class),
                        row.get(3, String.class), row.get(4, String.class), row.get(5, LocalDate.class),
                        row.get(6, LocalDate.class), row.get(7, String.class),
                        new StandardSummary.Organization(row.get(8, String.class).strip(), row.get(9, String.class)),
                        row.get(10, Integer.class), row.get(11, String.class),
                        row.get(12, OffsetDateTime.class).toInstant().toString(), tree(row.get(13, String.class)),
                        versions(standardKey)));
    }

    private List<StandardDetail.Version> versions(String standardKey) {
        return dsl.resultQuery("""
                        select receipt, sequence, event_type, received_at, key_id, content_hash from versions
                        where subject = 'STANDARD' and subject_key = ? order by sequence""", standardKey)
                .fetch(row -> new StandardDetail.Version(row.get(0, UUID.class), row.get(1, Integer.class),
                        row.get(2, String.class), row.get(3, OffsetDateTime.class).toInstant().toString(),
                        row.get(4, String.class), row.get(5, String.class)));
    }

    private static StandardSummary summary(Record row) {
        return new StandardSummary(row.get(KEY), row.get(NUMBER), row.get(TITLE), row.get(TITLE_EN), row.get(STATUS),
                row.get(PUBLISHED_ON), new StandardSummary.Organization(row.get(ORGANIZATION_CODE).strip(),
                row.get(ORGANIZATION_NAME)));
    }

    private JsonNode tree(String text) {
        try {
            return json.readValue(text, JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** LIKE's wildcards and its escape character, taken literally. */
    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
