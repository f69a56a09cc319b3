package cn.tuanbiao.registry.national.intake;

import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The intake's reads and writes, always inside the batch's transaction: one query per kind of
 * look-up for the whole batch (never one per event), and batched statements for the writes.
 */
@Singleton
class IntakeStore {

    /** A batch answered before: to replay for the same body, to refuse for another. */
    record StoredBatch(UUID deploymentId, String bodyDigest, String response) {
    }

    Optional<StoredBatch> storedBatch(DSLContext tx, UUID idempotencyKey) {
        return tx.resultQuery("select deployment_id, body_digest, response::text from batches where idempotency_key = ?",
                        idempotencyKey)
                .fetchOptional(row -> new StoredBatch(row.get(0, UUID.class), row.get(1, String.class), row.get(2, String.class)));
    }

    void storeBatch(DSLContext tx, UUID idempotencyKey, UUID deploymentId, String bodyDigest, String response,
                    OffsetDateTime receivedAt) {
        tx.execute("insert into batches (idempotency_key, deployment_id, body_digest, response, received_at) "
                + "values (?, ?, ?, ?::jsonb, ?::timestamptz)", idempotencyKey, deploymentId, bodyDigest, response, receivedAt);
    }

    Map<UUID, AppliedVersion> appliedVersions(DSLContext tx, Collection<UUID> idempotencyKeys) {
        Map<UUID, AppliedVersion> found = new HashMap<>();
        tx.resultQuery(VERSION_COLUMNS + " where idempotency_key = any(?::uuid[])", (Object) idempotencyKeys.toArray(UUID[]::new))
                .forEach(row -> {
                    AppliedVersion version = version(row);
                    found.put(version.idempotencyKey(), version);
                });
        return found;
    }

    Optional<AppliedVersion> version(DSLContext tx, Subject subject, String key, int sequence) {
        return tx.resultQuery(VERSION_COLUMNS + " where subject = ? and subject_key = ? and sequence = ?",
                subject.name(), key, sequence).fetchOptional(IntakeStore::version);
    }

    /** By credit code; the cast keeps the primary key usable (credit_code is char(18), a text[] would not match it). */
    Map<String, SubjectState> organizations(DSLContext tx, Collection<String> creditCodes) {
        return states(tx, "select credit_code, deployment_id, last_sequence from organizations where credit_code = any(?::bpchar[])",
                creditCodes);
    }

    Map<String, SubjectState> standards(DSLContext tx, Collection<String> standardKeys) {
        return states(tx, "select standard_key, deployment_id, last_sequence from standards where standard_key = any(?::varchar[])",
                standardKeys);
    }

    Map<String, SubjectState> statements(DSLContext tx, Collection<String> statementKeys) {
        return states(tx, "select statement_key, deployment_id, last_sequence from statements where statement_key = any(?::varchar[])",
                statementKeys);
    }

    Map<String, SubjectState> violations(DSLContext tx, Collection<String> violationKeys) {
        return states(tx, "select violation_key, deployment_id, last_sequence from violations where violation_key = any(?::varchar[])",
                violationKeys);
    }

    void write(DSLContext tx, Changes changes, UUID deploymentId, String keyId, OffsetDateTime now) {
        if (!changes.organizations.isEmpty()) {
            BatchBindStep organizations = tx.batch(UPSERT_ORGANIZATION);
            for (Event event : changes.organizations.values()) {
                Fields profile = new Fields(event.content(), "");
                organizations.bind(event.key(), deploymentId, profile.text("name"), profile.text("kind"),
                        profile.text("regionCode"), profile.text("industrySection"), profile.text("sector"),
                        LocalDate.parse(profile.text("registeredOn")), event.sequence(), event.contentHash(),
                        event.contentJson(), now);
            }
            organizations.execute();
        }
        if (!changes.standards.isEmpty()) {
            BatchBindStep standards = tx.batch(UPSERT_STANDARD);
            for (Event event : changes.standards.values()) {
                Fields declaration = new Fields(event.content(), "");
                String inForceFrom = declaration.text("standard.inForceFrom");
                JsonNode replaces = event.node().get("replaces");
                standards.bind(event.key(), deploymentId, event.organizationKey(), declaration.text("standard.number"),
                        declaration.text("standard.title"), declaration.text("standard.titleEn"), declaration.text("status"),
                        LocalDate.parse(declaration.text("standard.publishedOn")),
                        inForceFrom == null ? null : LocalDate.parse(inForceFrom),
                        declaration.text("standard.ics"), declaration.text("standard.ccs"),
                        replaces != null && replaces.isString() ? replaces.getStringValue() : null,
                        event.sequence(), event.contentHash(), event.contentJson(), now, SearchText.of(declaration),
                        declaration.text("status"), now);
            }
            standards.execute();
        }
        if (!changes.statements.isEmpty()) {
            BatchBindStep statements = tx.batch(UPSERT_STATEMENT);
            for (Event event : changes.statements.values()) {
                Fields statement = new Fields(event.content(), "");
                statements.bind(event.key(), deploymentId, event.organizationKey(), statement.number("year").intValue(),
                        statement.text("scheme.version"), statement.number("totalScore"),
                        statement.number("stars").intValue(), statement.node("basicConditions.failed").size() == 0,
                        LocalDate.parse(statement.text("statedOn")), event.sequence(), event.contentHash(),
                        event.contentJson(), now);
            }
            statements.execute();
        }
        if (!changes.violations.isEmpty()) {
            BatchBindStep violations = tx.batch(UPSERT_VIOLATION);
            for (Event event : changes.violations.values()) {
                Fields violation = new Fields(event.content(), "");
                violations.bind(event.key(), deploymentId, event.organizationKey(), violation.text("organization.name"),
                        violation.text("authority.creditCode"), violation.text("authority.name"),
                        violation.text("decision.measure"), violation.text("decision.number"),
                        LocalDate.parse(violation.text("decision.decidedOn")), LocalDate.parse(violation.text("publishedOn")),
                        event.sequence(), event.contentHash(), event.contentJson(), now);
            }
            violations.execute();
        }
        if (!changes.isEmpty()) {
            BatchBindStep versions = tx.batch(INSERT_VERSION);
            for (int i = 0; i < changes.versions.size(); i++) {
                AppliedVersion version = changes.versions.get(i);
                Event event = changes.versionEvents.get(i);
                versions.bind(version.subject().name(), version.key(), version.sequence(), event.type().name(),
                        version.idempotencyKey(), event.canonicalJson(), version.eventDigest(), version.contentHash(),
                        version.receipt(), keyId, version.receivedAt());
            }
            versions.execute();
        }
    }

    private static Map<String, SubjectState> states(DSLContext tx, String sql, Collection<String> keys) {
        Map<String, SubjectState> found = new HashMap<>();
        if (!keys.isEmpty()) {
            tx.resultQuery(sql, (Object) keys.toArray(String[]::new)).forEach(row -> found.put(
                    row.get(0, String.class).strip(), new SubjectState(row.get(1, UUID.class), row.get(2, Integer.class))));
        }
        return found;
    }

    private static AppliedVersion version(Record row) {
        return new AppliedVersion(row.get(0, UUID.class), Subject.valueOf(row.get(1, String.class)),
                row.get(2, String.class), row.get(3, Integer.class), row.get(4, String.class), row.get(5, String.class),
                row.get(6, UUID.class), row.get(7, OffsetDateTime.class));
    }

    private static final String VERSION_COLUMNS = "select idempotency_key, subject, subject_key, sequence, event_digest, "
            + "content_hash, receipt, received_at from versions";

    private static final String UPSERT_ORGANIZATION = """
            insert into organizations (credit_code, deployment_id, name, kind, region_code, industry_section, sector,
                                       registered_on, last_sequence, content_hash, profile, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, ?::date, ?, ?, ?::jsonb, ?::timestamptz)
            on conflict (credit_code) do update set
                name = excluded.name, kind = excluded.kind, region_code = excluded.region_code,
                industry_section = excluded.industry_section, sector = excluded.sector,
                registered_on = excluded.registered_on, last_sequence = excluded.last_sequence,
                content_hash = excluded.content_hash, profile = excluded.profile, updated_at = excluded.updated_at""";

    private static final String UPSERT_STANDARD = """
            insert into standards (standard_key, deployment_id, credit_code, number, title, title_en, status,
                                   published_on, in_force_from, ics, ccs, replaces, last_sequence, content_hash,
                                   declaration, datestamp, search_text, withdrawn_at)
            values (?, ?, ?, ?, ?, ?, ?, ?::date, ?::date, ?, ?, ?, ?, ?, ?::jsonb, ?::timestamptz, ?,
                    case when ?::varchar <> '现行' then ?::timestamptz end)
            on conflict (standard_key) do update set
                number = excluded.number, title = excluded.title, title_en = excluded.title_en,
                status = excluded.status, published_on = excluded.published_on,
                in_force_from = excluded.in_force_from, ics = excluded.ics, ccs = excluded.ccs,
                replaces = coalesce(excluded.replaces, standards.replaces),
                last_sequence = excluded.last_sequence, content_hash = excluded.content_hash,
                declaration = excluded.declaration, datestamp = excluded.datestamp,
                search_text = excluded.search_text,
                -- the moment it left 现行 stays that of the first withdrawal or replacement
                withdrawn_at = case when excluded.status = '现行' then null
                                    else coalesce(standards.withdrawn_at, excluded.withdrawn_at) end""";

    private static final String UPSERT_STATEMENT = """
            insert into statements (statement_key, deployment_id, credit_code, year, scheme_version, total_score, stars,
                                    basic_conditions_met, stated_on, last_sequence, content_hash, statement, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?::date, ?, ?, ?::jsonb, ?::timestamptz)
            on conflict (statement_key) do update set
                year = excluded.year, scheme_version = excluded.scheme_version, total_score = excluded.total_score,
                stars = excluded.stars, basic_conditions_met = excluded.basic_conditions_met,
                stated_on = excluded.stated_on, last_sequence = excluded.last_sequence,
                content_hash = excluded.content_hash, statement = excluded.statement, updated_at = excluded.updated_at""";

    private static final String UPSERT_VIOLATION = """
            insert into violations (violation_key, deployment_id, credit_code, organization_name, authority_credit_code,
                                    authority_name, measure, decision_number, decided_on, published_on, last_sequence,
                                    content_hash, violation, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?::date, ?::date, ?, ?, ?::jsonb, ?::timestamptz)
            on conflict (violation_key) do update set
                organization_name = excluded.organization_name, authority_credit_code = excluded.authority_credit_code,
                authority_name = excluded.authority_name, measure = excluded.measure,
                decision_number = excluded.decision_number, decided_on = excluded.decided_on,
                published_on = excluded.published_on, last_sequence = excluded.last_sequence,
                content_hash = excluded.content_hash, violation = excluded.violation, updated_at = excluded.updated_at""";

    private static final String INSERT_VERSION = """
            insert into versions (subject, subject_key, sequence, event_type, idempotency_key, event, event_digest,
                                  content_hash, receipt, key_id, received_at)
            values (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?::timestamptz)""";
}
