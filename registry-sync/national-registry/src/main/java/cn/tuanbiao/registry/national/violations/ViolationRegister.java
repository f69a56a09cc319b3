package cn.tuanbiao.registry.national.violations;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The public read side of violations (PUB-4): the decisions supervisory authorities published about an
 * organization, with their versions. The organization's name is the registry's when it knows the
 * organization, else the one the latest decision names.
 */
@Singleton
public class ViolationRegister {

    /** Decisions shown per organization at most (newest first). */
    static final int LIMIT = 200;

    private final DSLContext dsl;
    private final JsonMapper json;

    public ViolationRegister(DSLContext dsl, JsonMapper json) {
        this.dsl = dsl;
        this.json = json;
    }

    /** The organization's violations, newest decision first; empty when the registry knows neither it nor any of its violations. */
    public Optional<OrganizationViolations> of(String creditCode) {
        List<OrganizationViolations.Violation> items = violations(creditCode);
        Optional<String> name = dsl.resultQuery("select name from organizations where credit_code = ?::bpchar", creditCode)
                .fetchOptional(row -> row.get(0, String.class))
                .or(() -> dsl.resultQuery("""
                                select organization_name from violations where credit_code = ?::bpchar
                                order by decided_on desc, violation_key limit 1""", creditCode)
                        .fetchOptional(row -> row.get(0, String.class)));
        return name.map(n -> new OrganizationViolations(new OrganizationViolations.Organization(creditCode, n), items));
    }

    private List<OrganizationViolations.Violation> violations(String creditCode) {
        Map<String, List<OrganizationViolations.Version>> versions = dsl.resultQuery("""
                        select v.subject_key, v.receipt, v.sequence, v.event_type, v.received_at, v.key_id, v.content_hash
                        from versions v
                        where v.subject = 'VIOLATION' and v.subject_key in (
                            select violation_key from violations where credit_code = ?::bpchar
                            order by decided_on desc, violation_key limit ?)
                        order by v.subject_key, v.sequence""", creditCode, LIMIT)
                .fetch(row -> Map.entry(row.get(0, String.class), new OrganizationViolations.Version(
                        row.get(1, UUID.class), row.get(2, Integer.class), row.get(3, String.class),
                        row.get(4, OffsetDateTime.class).toInstant().toString(), row.get(5, String.class),
                        row.get(6, String.class))))
                .stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return dsl.resultQuery("""
                        select violation_key, authority_credit_code, authority_name, measure, decision_number, decided_on,
                               published_on, last_sequence, content_hash, violation::text
                        from violations where credit_code = ?::bpchar
                        order by decided_on desc, violation_key limit ?""", creditCode, LIMIT)
                .fetch(row -> new OrganizationViolations.Violation(row.get(0, String.class),
                        new OrganizationViolations.Authority(row.get(1, String.class).strip(), row.get(2, String.class)),
                        row.get(3, String.class), row.get(4, String.class), row.get(5, LocalDate.class),
                        row.get(6, LocalDate.class), row.get(7, Integer.class), row.get(8, String.class),
                        tree(row.get(9, String.class)), versions.getOrDefault(row.get(0, String.class), List.of())));
    }

    private JsonNode tree(String text) {
        try {
            return json.readValue(text, JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
