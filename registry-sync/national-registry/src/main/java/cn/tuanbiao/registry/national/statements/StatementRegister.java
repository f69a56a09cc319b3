package cn.tuanbiao.registry.national.statements;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The public read side of good-practice statements (PUB-2): an organization's statements with their versions. */
@Singleton
public class StatementRegister {

    private final DSLContext dsl;
    private final JsonMapper json;

    public StatementRegister(DSLContext dsl, JsonMapper json) {
        this.dsl = dsl;
        this.json = json;
    }

    /** The organization's statements, newest year first; empty when the registry does not know the organization. */
    public Optional<OrganizationStatements> of(String creditCode) {
        return dsl.resultQuery("select credit_code, name from organizations where credit_code = ?::bpchar", creditCode)
                .fetchOptional(row -> new OrganizationStatements.Organization(row.get(0, String.class).strip(),
                        row.get(1, String.class)))
                .map(organization -> new OrganizationStatements(organization, statements(organization.creditCode())));
    }

    private List<OrganizationStatements.Statement> statements(String creditCode) {
        Map<String, List<OrganizationStatements.Version>> versions = dsl.resultQuery("""
                        select v.subject_key, v.receipt, v.sequence, v.event_type, v.received_at, v.key_id, v.content_hash
                        from versions v
                        where v.subject = 'STATEMENT' and v.subject_key in (
                            select statement_key from statements where credit_code = ?::bpchar)
                        order by v.subject_key, v.sequence""", creditCode)
                .fetch(row -> Map.entry(row.get(0, String.class), new OrganizationStatements.Version(
                        row.get(1, UUID.class), row.get(2, Integer.class), row.get(3, String.class),
                        row.get(4, OffsetDateTime.class).toInstant().toString(), row.get(5, String.class),
                        row.get(6, String.class))))
                .stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return dsl.resultQuery("""
                        select statement_key, year, scheme_version, total_score, stars, basic_conditions_met, stated_on,
                               last_sequence, content_hash, statement::text
                        from statements where credit_code = ?::bpchar order by year desc""", creditCode)
                .fetch(row -> new OrganizationStatements.Statement(row.get(0, String.class), row.get(1, Integer.class),
                        row.get(2, String.class), row.get(3, BigDecimal.class), row.get(4, Integer.class),
                        row.get(5, Boolean.class), row.get(6, LocalDate.class), row.get(7, Integer.class),
                        row.get(8, String.class), tree(row.get(9, String.class)),
                        versions.getOrDefault(row.get(0, String.class), List.of())));
    }

    private JsonNode tree(String text) {
        try {
            return json.readValue(text, JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
