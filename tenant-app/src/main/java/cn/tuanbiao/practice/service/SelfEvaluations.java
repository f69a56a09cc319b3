package cn.tuanbiao.practice.service;

import cn.tuanbiao.audit.domain.AuditEntry;
import cn.tuanbiao.audit.service.AuditTrail;
import cn.tuanbiao.declarations.domain.GoodPracticeStatement;
import cn.tuanbiao.declarations.domain.RegistryChange;
import cn.tuanbiao.declarations.domain.Subject;
import cn.tuanbiao.declarations.persistence.RegistryOutboxStore;
import cn.tuanbiao.declarations.service.RegistryOutbox;
import cn.tuanbiao.documents.domain.DocumentKind;
import cn.tuanbiao.documents.domain.DocumentVersion;
import cn.tuanbiao.documents.service.CheckedFile;
import cn.tuanbiao.documents.service.DocumentService;
import cn.tuanbiao.organizations.domain.Organization;
import cn.tuanbiao.organizations.persistence.OrganizationMapper;
import cn.tuanbiao.organizations.persistence.OrganizationRepository;
import cn.tuanbiao.practice.domain.Answer;
import cn.tuanbiao.practice.domain.AnswerInput;
import cn.tuanbiao.practice.domain.AnswerSource;
import cn.tuanbiao.practice.domain.Catalogue;
import cn.tuanbiao.practice.domain.Evaluation;
import cn.tuanbiao.practice.domain.EvaluationStatus;
import cn.tuanbiao.practice.domain.Evidence;
import cn.tuanbiao.practice.domain.Indicator;
import cn.tuanbiao.practice.domain.Proofs;
import cn.tuanbiao.practice.domain.Scorecard;
import cn.tuanbiao.practice.persistence.CatalogueStore;
import cn.tuanbiao.practice.persistence.EvaluationStore;
import cn.tuanbiao.practice.persistence.RecordsStore;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.standards.domain.LifecycleRefusal;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.tenancy.Transactions;
import cn.tuanbiao.users.domain.Actor;
import cn.tuanbiao.users.domain.OrganizationRole;
import cn.tuanbiao.users.persistence.UserRepository;
import cn.tuanbiao.users.service.AccessControl;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An organization's good-practice self-evaluation (PUB-2). Opening a year's evaluation takes the latest
 * scheme and pre-fills what the organization's records prove; the secretariat or an administrator
 * answers the rest (a score, or met / not met for a basic condition), with notes and evidence
 * documents; submitting it publishes the statement (自我声明) through the registry outbox in the same
 * transaction. A corrected evaluation is submitted again as an update of the statement.
 */
@Singleton
public class SelfEvaluations {

    /** The subject documents attached as evidence belong to (documents feature). */
    public static final String SUBJECT = "GOOD_PRACTICE";
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final AccessControl access;
    private final Transactions transactions;
    private final CatalogueStore catalogues;
    private final EvaluationStore evaluations;
    private final RecordsStore records;
    private final OrganizationRepository organizations;
    private final UserRepository users;
    private final RegistryOutbox outbox;
    private final RegistryOutboxStore outboxStore;
    private final DocumentService documents;
    private final AuditTrail audit;
    private final ObjectMapper json;
    private final Clock clock;

    SelfEvaluations(AccessControl access, Transactions transactions, CatalogueStore catalogues,
                    EvaluationStore evaluations, RecordsStore records, OrganizationRepository organizations,
                    UserRepository users, RegistryOutbox outbox, RegistryOutboxStore outboxStore,
                    DocumentService documents, AuditTrail audit, ObjectMapper json, Clock clock) {
        this.access = access;
        this.transactions = transactions;
        this.catalogues = catalogues;
        this.evaluations = evaluations;
        this.records = records;
        this.organizations = organizations;
        this.users = users;
        this.outbox = outbox;
        this.outboxStore = outboxStore;
        this.documents = documents;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** An evaluation with its catalogue, its result so far, and the way its statement took to the registry. */
    public record EvaluationView(Evaluation evaluation, Catalogue catalogue, Scorecard scorecard,
                                 List<RegistryChange> sync) {
    }

    /** The year an organization evaluates by default: the last whole calendar year. */
    public int lastYear() {
        return LocalDate.now(clock.withZone(CHINA)).getYear() - 1;
    }

    /** The organization's evaluations, newest year first. */
    public List<Evaluation> list(PersonId caller, TenantId tenant) {
        return access.readIn(caller, tenant, actor -> evaluations.list());
    }

    public EvaluationView view(PersonId caller, TenantId tenant, int year) {
        return access.readIn(caller, tenant, actor -> view(tenant, year));
    }

    /** Opens the year's evaluation against the latest scheme, pre-filled from the records; an open one is returned as it is. */
    public EvaluationView open(PersonId caller, TenantId tenant, int year) {
        if (year < 2000 || year > LocalDate.now(clock.withZone(CHINA)).getYear()) {
            throw new InvalidInputException(FieldProblem.of("year", "PUB-2", "practice.yearInvalid"));
        }
        return access.actIn(caller, tenant, actor -> {
            requireEvaluator(actor);
            if (evaluations.find(year, true).isEmpty()) {
                Catalogue catalogue = catalogues.latest()
                        .orElseThrow(() -> new LifecycleRefusal("PUB-2", "practice.noCatalogue"));
                UUID id = UUID.randomUUID();
                evaluations.create(tenant, id, year, catalogue.scheme().version(), caller, clock.instant());
                prefill(tenant, year, id, catalogue, Map.of());
                audit.record(new AuditEntry(tenant, caller, SUBJECT, id, "GOOD_PRACTICE_OPENED", null,
                        Map.of("year", Integer.toString(year), "scheme", catalogue.scheme().version())));
            }
            return view(tenant, year);
        });
    }

    /** Checks the records again: pre-filled and unanswered indicators take what they prove now; entered answers stay. */
    public EvaluationView refresh(PersonId caller, TenantId tenant, int year) {
        return access.actIn(caller, tenant, actor -> {
            requireEvaluator(actor);
            Evaluation evaluation = lock(year);
            prefill(tenant, year, evaluation.id(), catalogue(evaluation), evaluation.answers());
            return view(tenant, year);
        });
    }

    /** A person's answer to one indicator; it keeps the evidence the indicator already has. */
    public EvaluationView answer(PersonId caller, TenantId tenant, int year, String code, AnswerInput input) {
        return access.actIn(caller, tenant, actor -> {
            requireEvaluator(actor);
            Evaluation evaluation = lock(year);
            Indicator indicator = scoredIndicator(catalogue(evaluation), code);
            input.validate(indicator);
            Answer before = evaluation.answers().get(code);
            List<Evidence> evidence = before == null ? List.of() : before.evidence();
            String note = input.note() == null || input.note().isBlank() ? null : input.note().strip();
            evaluations.saveAnswer(tenant, evaluation.id(), evaluation.schemeVersion(), new Answer(code,
                    indicator.basic() ? null : input.score(), indicator.basic() ? input.met() : null, note, evidence,
                    AnswerSource.ENTERED), caller, clock.instant());
            return view(tenant, year);
        });
    }

    /** Attaches a document (a new document version, LC-5's file rules) as evidence of one indicator. */
    public EvaluationView attachEvidence(PersonId caller, TenantId tenant, int year, String code, CheckedFile file) {
        return access.actIn(caller, tenant, actor -> {
            requireEvaluator(actor);
            Evaluation evaluation = lock(year);
            scoredIndicator(catalogue(evaluation), code);
            DocumentVersion version = documents.addVersion(tenant, caller, SUBJECT, evaluation.id(), DocumentKind.OTHER,
                    code + " " + file.fileName(), file);
            Answer before = evaluation.answers().getOrDefault(code,
                    new Answer(code, null, null, null, List.of(), AnswerSource.ENTERED));
            List<Evidence> evidence = new ArrayList<>(before.evidence());
            evidence.add(new Evidence(Evidence.Kind.DOCUMENT, file.fileName(), version.document().value(),
                    "v" + version.version() + " · " + version.sha256().substring(0, 12)));
            evaluations.saveAnswer(tenant, evaluation.id(), evaluation.schemeVersion(), new Answer(code, before.score(),
                    before.met(), before.note(), evidence, before.source()), caller, clock.instant());
            return view(tenant, year);
        });
    }

    /**
     * Submits the evaluation: every indicator answered, the truthfulness commitment made; the statement
     * goes to the registry outbox in this transaction (STATED first, UPDATED after a correction).
     */
    public EvaluationView submit(PersonId caller, TenantId tenant, int year, boolean truthful) {
        if (!truthful) {
            throw new InvalidInputException(FieldProblem.of("truthful", "PUB-2", "practice.commitmentRequired"));
        }
        return access.actIn(caller, tenant, actor -> {
            requireEvaluator(actor);
            Evaluation evaluation = lock(year);
            Catalogue catalogue = catalogue(evaluation);
            Scorecard scorecard = Scorecard.of(catalogue, evaluation.answers());
            if (!scorecard.complete()) {
                throw new InvalidInputException(scorecard.unanswered().stream()
                        .limit(20)
                        .map(i -> FieldProblem.of(i.code(), "PUB-2", "practice.unanswered", i.code(), i.nameZh()))
                        .toList());
            }
            Organization organization = organization(tenant);
            Instant now = clock.instant();
            GoodPracticeStatement statement = statement(organization, year, catalogue, scorecard,
                    LocalDate.ofInstant(now, CHINA));
            if (!outbox.statementEvent(tenant, organization, statement, false)) {
                throw new LifecycleRefusal("PUB-2", "practice.unchanged");
            }
            String name = users.findById(caller.value()).map(u -> u.displayName()).orElse("");
            evaluations.markSubmitted(evaluation.id(), scorecard.total(), scorecard.stars(),
                    !scorecard.basicConditionFailed(), write(statement), caller, name, now);
            audit.record(new AuditEntry(tenant, caller, SUBJECT, evaluation.id(), "GOOD_PRACTICE_SUBMITTED", null,
                    Map.of("year", Integer.toString(year), "total", scorecard.total().toPlainString(),
                            "stars", Integer.toString(scorecard.stars()))));
            return view(tenant, year);
        });
    }

    /**
     * Republishes the statement of a subject key reconciliation found drifted (PROTOCOL §7), exactly as
     * it was last submitted; false when the organization has no submitted statement of that year.
     */
    public boolean republish(TenantId tenant, String statementKey) {
        int year = Integer.parseInt(statementKey.substring(statementKey.lastIndexOf(':') + 1));
        return transactions.inTenant(tenant, () -> evaluations.submittedStatement(year).map(text -> {
            outbox.statementEvent(tenant, organization(tenant), read(text), true);
            return true;
        }).orElse(false));
    }

    private void prefill(TenantId tenant, int year, UUID evaluation, Catalogue catalogue, Map<String, Answer> current) {
        Map<String, Answer> proven = Proofs.of(catalogue, records.of(year));
        Instant now = clock.instant();
        proven.forEach((code, answer) -> {
            Answer before = current.get(code);
            if (before == null || before.source() == AnswerSource.PREFILLED) {
                evaluations.saveAnswer(tenant, evaluation, catalogue.scheme().version(), answer, null, now);
            }
        });
    }

    private EvaluationView view(TenantId tenant, int year) {
        Evaluation evaluation = evaluations.find(year, false)
                .orElseThrow(() -> new NotFoundException("practice.notOpened"));
        Catalogue catalogue = catalogue(evaluation);
        List<RegistryChange> sync = outboxStore.ofSubject(Subject.STATEMENT,
                RegistryOutbox.statementKey(organization(tenant), year), PageRequest.first(20)).items();
        return new EvaluationView(evaluation, catalogue, Scorecard.of(catalogue, evaluation.answers()), sync);
    }

    static GoodPracticeStatement statement(Organization organization, int year, Catalogue catalogue,
                                           Scorecard scorecard, LocalDate statedOn) {
        var scheme = catalogue.scheme();
        return new GoodPracticeStatement(
                new GoodPracticeStatement.Party(organization.nameZh(), organization.creditCode().value()), year,
                new GoodPracticeStatement.Scheme(scheme.version(), scheme.title(), new GoodPracticeStatement.Thresholds(
                        scheme.oneStar(), scheme.twoStar(), scheme.threeStar())),
                scorecard.total(), scorecard.stars(),
                new GoodPracticeStatement.BasicConditions(catalogue.basicConditions().size(), scorecard.failedBasic()
                        .stream().map(i -> new GoodPracticeStatement.Item(i.code(), i.nameZh())).toList()),
                catalogue.level(1).stream().map(i -> new GoodPracticeStatement.Section(i.code(), i.nameZh(), i.points(),
                        scorecard.scoreOf(i.code()))).toList(),
                statedOn.toString(), new GoodPracticeStatement.Commitments(true));
    }

    private Evaluation lock(int year) {
        return evaluations.find(year, true).orElseThrow(() -> new NotFoundException("practice.notOpened"));
    }

    private Catalogue catalogue(Evaluation evaluation) {
        return catalogues.catalogue(evaluation.schemeVersion()).orElseThrow();
    }

    private static Indicator scoredIndicator(Catalogue catalogue, String code) {
        return catalogue.indicator(code).filter(Indicator::scored)
                .orElseThrow(() -> new InvalidInputException(FieldProblem.of("indicator", "PUB-2",
                        "practice.indicatorUnknown", code)));
    }

    private static void requireEvaluator(Actor actor) {
        actor.requireAnyOf(OrganizationRole.SECRETARIAT, OrganizationRole.ADMINISTRATOR);
    }

    private Organization organization(TenantId tenant) {
        return organizations.findById(tenant.value()).map(OrganizationMapper::toDomain).orElseThrow();
    }

    private String write(GoodPracticeStatement statement) {
        try {
            return json.writeValueAsString(statement);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private GoodPracticeStatement read(String text) {
        try {
            return json.readValue(text, GoodPracticeStatement.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Scores as the reader sees them: {@code 86.5}, {@code 90}. */
    public static String points(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
