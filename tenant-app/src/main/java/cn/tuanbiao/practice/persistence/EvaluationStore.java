package cn.tuanbiao.practice.persistence;

import cn.tuanbiao.practice.domain.Answer;
import cn.tuanbiao.practice.domain.AnswerSource;
import cn.tuanbiao.practice.domain.Evaluation;
import cn.tuanbiao.practice.domain.EvaluationStatus;
import cn.tuanbiao.practice.domain.Evidence;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.JSON;
import org.jooq.Record;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static cn.tuanbiao.jooq.Tables.PRACTICE_EVALUATIONS;
import static cn.tuanbiao.jooq.Tables.PRACTICE_SCORES;

/** The self-evaluations of the transaction's tenant and their answers (PUB-2). */
@Singleton
public class EvaluationStore {

    private static final cn.tuanbiao.jooq.tables.PracticeEvaluations E = PRACTICE_EVALUATIONS;
    private static final cn.tuanbiao.jooq.tables.PracticeScores A = PRACTICE_SCORES;

    private final DSLContext db;
    private final ObjectMapper json;

    public EvaluationStore(DSLContext db, ObjectMapper json) {
        this.db = db;
        this.json = json;
    }

    public void create(TenantId tenant, UUID id, int year, String schemeVersion, PersonId by, Instant now) {
        db.insertInto(E).set(E.TENANT_ID, tenant.value()).set(E.ID, id).set(E.YEAR, year)
                .set(E.SCHEME_VERSION, schemeVersion).set(E.CREATED_BY, by.value()).set(E.CREATED_AT, at(now))
                .set(E.UPDATED_AT, at(now)).execute();
    }

    /** The evaluation of {@code year}, locked for the rest of the transaction when {@code lock}. */
    public Optional<Evaluation> find(int year, boolean lock) {
        var query = db.selectFrom(E).where(E.YEAR.eq(year));
        return (lock ? query.forUpdate() : query).fetchOptional().map(r -> evaluation(r, answers(r.get(E.ID))));
    }

    /** The organization's evaluations, newest year first, without their answers. */
    public List<Evaluation> list() {
        return db.selectFrom(E).orderBy(E.YEAR.desc()).fetch(r -> evaluation(r, Map.of()));
    }

    public void saveAnswer(TenantId tenant, UUID evaluation, String schemeVersion, Answer answer, PersonId by,
                           Instant now) {
        db.insertInto(A).set(A.TENANT_ID, tenant.value()).set(A.EVALUATION_ID, evaluation)
                .set(A.SCHEME_VERSION, schemeVersion).set(A.INDICATOR_CODE, answer.indicatorCode())
                .set(A.SCORE, answer.score()).set(A.MET, answer.met()).set(A.NOTE, answer.note())
                .set(A.EVIDENCE, evidence(answer.evidence())).set(A.SOURCE, answer.source().name())
                .set(A.UPDATED_BY, by == null ? null : by.value()).set(A.UPDATED_AT, at(now))
                .onConflict(A.TENANT_ID, A.EVALUATION_ID, A.INDICATOR_CODE).doUpdate()
                .set(A.SCORE, answer.score()).set(A.MET, answer.met()).set(A.NOTE, answer.note())
                .set(A.EVIDENCE, evidence(answer.evidence())).set(A.SOURCE, answer.source().name())
                .set(A.UPDATED_BY, by == null ? null : by.value()).set(A.UPDATED_AT, at(now))
                .execute();
        touch(evaluation, now);
    }

    public void touch(UUID evaluation, Instant now) {
        db.update(E).set(E.UPDATED_AT, at(now)).where(E.ID.eq(evaluation)).execute();
    }

    public void markSubmitted(UUID evaluation, BigDecimal total, int stars, boolean basicMet, String statement,
                              PersonId by, String byName, Instant now) {
        db.update(E).set(E.STATUS, EvaluationStatus.SUBMITTED.name()).set(E.TOTAL_SCORE, total)
                .set(E.STARS, (short) stars).set(E.BASIC_CONDITIONS_MET, basicMet).set(E.STATEMENT, statement)
                .set(E.SUBMITTED_BY, by.value()).set(E.SUBMITTED_BY_NAME, byName).set(E.SUBMITTED_AT, at(now))
                .set(E.UPDATED_AT, at(now))
                .where(E.ID.eq(evaluation)).execute();
    }

    /** The statement last submitted for {@code year}, exactly as it was sent. */
    public Optional<String> submittedStatement(int year) {
        return db.select(E.STATEMENT).from(E).where(E.YEAR.eq(year), E.STATEMENT.isNotNull()).fetchOptional(E.STATEMENT);
    }

    private Map<String, Answer> answers(UUID evaluation) {
        Map<String, Answer> answers = new HashMap<>();
        db.selectFrom(A).where(A.EVALUATION_ID.eq(evaluation)).forEach(r -> answers.put(r.get(A.INDICATOR_CODE),
                new Answer(r.get(A.INDICATOR_CODE), r.get(A.SCORE), r.get(A.MET), r.get(A.NOTE),
                        evidence(r.get(A.EVIDENCE)), AnswerSource.valueOf(r.get(A.SOURCE)))));
        return answers;
    }

    private static Evaluation evaluation(Record r, Map<String, Answer> answers) {
        OffsetDateTime submitted = r.get(E.SUBMITTED_AT);
        return new Evaluation(r.get(E.ID), r.get(E.YEAR), r.get(E.SCHEME_VERSION),
                EvaluationStatus.valueOf(r.get(E.STATUS)), answers, r.get(E.UPDATED_AT).toInstant(),
                submitted == null ? null : submitted.toInstant(), r.get(E.SUBMITTED_BY_NAME));
    }

    private JSON evidence(List<Evidence> evidence) {
        try {
            return JSON.valueOf(json.writeValueAsString(evidence));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Evidence> evidence(JSON stored) {
        try {
            return json.readValue(stored.data(), Argument.listOf(Evidence.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
