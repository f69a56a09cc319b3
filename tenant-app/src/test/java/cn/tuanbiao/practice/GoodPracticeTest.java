package cn.tuanbiao.practice;

import cn.tuanbiao.bodies.domain.Body;
import cn.tuanbiao.bodies.domain.BodyCharter;
import cn.tuanbiao.bodies.domain.BodyType;
import cn.tuanbiao.bodies.service.BodyService;
import cn.tuanbiao.declarations.domain.DeclarationForm;
import cn.tuanbiao.declarations.domain.DeclaredLevel;
import cn.tuanbiao.declarations.domain.EventType;
import cn.tuanbiao.declarations.domain.RegistryChange;
import cn.tuanbiao.declarations.domain.Subject;
import cn.tuanbiao.declarations.service.SelfDeclarations;
import cn.tuanbiao.documents.service.CheckedFile;
import cn.tuanbiao.documents.service.FileCheck;
import cn.tuanbiao.notifications.domain.Notification;
import cn.tuanbiao.notifications.domain.NotificationKind;
import cn.tuanbiao.notifications.service.Inbox;
import cn.tuanbiao.policies.domain.PolicyAdoption;
import cn.tuanbiao.policies.domain.PolicyTopic;
import cn.tuanbiao.policies.service.PolicyRegister;
import cn.tuanbiao.practice.domain.Answer;
import cn.tuanbiao.practice.domain.AnswerInput;
import cn.tuanbiao.practice.domain.AnswerSource;
import cn.tuanbiao.practice.domain.EvaluationStatus;
import cn.tuanbiao.practice.domain.Evidence;
import cn.tuanbiao.practice.domain.Indicator;
import cn.tuanbiao.practice.service.GoodPracticeReminders;
import cn.tuanbiao.practice.service.PracticeCatalogue;
import cn.tuanbiao.practice.service.SelfEvaluations;
import cn.tuanbiao.practice.service.SelfEvaluations.EvaluationView;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.standards.domain.EarlierPublication;
import cn.tuanbiao.standards.domain.LifecycleRefusal;
import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.standards.domain.StandardProject;
import cn.tuanbiao.standards.service.LifecycleWalk;
import cn.tuanbiao.standards.service.StandardService;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.testing.Fixtures;
import cn.tuanbiao.testing.PlatformTest;
import cn.tuanbiao.testing.SampleFiles;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.tuanbiao.testing.Fixtures.suffix;
import static cn.tuanbiao.users.domain.OrganizationRole.ADMINISTRATOR;
import static cn.tuanbiao.users.domain.OrganizationRole.MEMBER_REPRESENTATIVE;
import static cn.tuanbiao.users.domain.OrganizationRole.SECRETARIAT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * PUB-2: an organization self-evaluates a year against the operator's catalogue, pre-filled from what
 * its own records prove; the total and the stars follow the scheme (70 / 85 / 95, none with a failed
 * basic condition); submitting writes the statement into the registry outbox; a new organization is
 * reminded, once, within 3 months of its first standard.
 */
class GoodPracticeTest extends PlatformTest {

    private static final String FEES = "1.3.3";
    private static final String IP = "1.3.2";
    private static final String ALL_PROCEDURES = "1.3.1";
    private static final String COMMENT_PERIODS = "2.4.1";
    private static final String SELF_DECLARATIONS = "3.1.1";

    @Inject
    PracticeCatalogue catalogue;
    @Inject
    SelfEvaluations evaluations;
    @Inject
    GoodPracticeReminders reminders;
    @Inject
    Fixtures fixtures;
    @Inject
    StandardService standards;
    @Inject
    LifecycleWalk walk;
    @Inject
    PolicyRegister policies;
    @Inject
    BodyService bodies;
    @Inject
    SelfDeclarations declarations;
    @Inject
    FileCheck fileCheck;
    @Inject
    Inbox inbox;

    private TenantId association;
    private PersonId secretariat;
    private int year;

    @BeforeAll
    void theCatalogue() {
        PracticeFixture.theSeedCatalogue(catalogue, fixtures);
    }

    @BeforeEach
    void anAssociation() {
        association = fixtures.association("良好行为测试协会" + suffix());
        secretariat = fixtures.memberOf(association, SECRETARIAT);
        year = standards.today().getYear();
    }

    @Test
    void PUB_2_opening_a_year_prefills_what_the_records_prove_each_answer_showing_the_records_it_rests_on() {
        StandardProject commented = walk.toTechnicalReview(secretariat, association, "良好行为测试标准" + suffix());
        year = commented.commentPeriod().closes().getYear();
        adopt(PolicyTopic.FEES, "团体标准收费管理办法");
        adopt(PolicyTopic.INTELLECTUAL_PROPERTY, "团体标准涉及专利处置办法");
        StandardId declared = published("已声明标准" + suffix());
        published("未声明标准" + suffix());
        confirmDeclaration(declared);

        EvaluationView view = evaluations.open(secretariat, association, year);

        Map<String, Answer> answers = view.evaluation().answers();
        assertThat(answers.get(FEES).met()).isTrue();
        assertThat(answers.get(FEES).source()).isEqualTo(AnswerSource.PREFILLED);
        assertThat(answers.get(FEES).evidence()).extracting(Evidence::kind, Evidence::label)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Evidence.Kind.POLICY, "团体标准收费管理办法"));
        assertThat(answers.get(IP).met()).isTrue();
        // two of the nine procedures adopted: 3 points × 2/9, to half a point
        assertThat(answers.get(ALL_PROCEDURES).score()).isEqualByComparingTo("0.5");
        assertThat(answers.get(COMMENT_PERIODS).met()).isTrue();
        assertThat(answers.get(COMMENT_PERIODS).evidence()).singleElement()
                .satisfies(e -> assertThat(e.label()).isEqualTo(commented.subject().titleZh()));
        // one published standard of two has its self-declaration confirmed: the basic condition is not met
        assertThat(answers.get(SELF_DECLARATIONS).met()).isFalse();
        assertThat(answers.get(SELF_DECLARATIONS).evidence()).extracting(Evidence::kind)
                .containsExactlyInAnyOrder(Evidence.Kind.DECLARATION, Evidence.Kind.MISSING);
        // nothing in the records about the organization's staff: left to the organization
        assertThat(answers).doesNotContainKey("1.4.1");
        assertThat(view.scorecard().basicConditionFailed()).isTrue();
        assertThat(view.evaluation().status()).isEqualTo(EvaluationStatus.DRAFT);
    }

    @Test
    void PUB_2_an_entered_answer_is_never_overwritten_when_the_records_are_checked_again() {
        adopt(PolicyTopic.FEES, "团体标准收费管理办法");
        evaluations.open(secretariat, association, year);

        evaluations.answer(secretariat, association, year, FEES, new AnswerInput(null, false, "收费标准未公示"));
        EvaluationView refreshed = evaluations.refresh(secretariat, association, year);

        Answer fees = refreshed.evaluation().answers().get(FEES);
        assertThat(fees.met()).isFalse();
        assertThat(fees.source()).isEqualTo(AnswerSource.ENTERED);
        assertThat(fees.note()).isEqualTo("收费标准未公示");
        assertThat(fees.evidence()).as("the evidence found stays beside the entered answer").isNotEmpty();
    }

    @Test
    void PUB_2_a_failed_basic_condition_means_no_star_whatever_the_score() {
        evaluations.open(secretariat, association, year);
        EvaluationView full = answerAll(Map.of());
        assertThat(full.scorecard().total()).isEqualByComparingTo("100");
        assertThat(full.scorecard().stars()).isEqualTo(3);

        EvaluationView failed = evaluations.answer(secretariat, association, year, FEES, new AnswerInput(null, false, null));

        assertThat(failed.scorecard().total()).isEqualByComparingTo("100");
        assertThat(failed.scorecard().stars()).isZero();
        assertThat(failed.scorecard().basicConditionFailed()).isTrue();
        assertThat(failed.scorecard().failedBasic()).extracting(Indicator::nameZh).containsExactly("收费管理");
    }

    @Test
    void PUB_2_seventy_points_earn_one_star_eighty_five_two_and_ninety_five_three() {
        evaluations.open(secretariat, association, year);
        // 1.4.1 and 1.1.3 are worth 2 points, 1.2.3 is worth 2; the ten lowered below are worth 3 each
        assertThat(answerAll(Map.of("1.4.1", "0", "1.1.3", "0", "1.2.3", "1")).scorecard())
                .satisfies(s -> assertThat(s.total()).isEqualByComparingTo("95"))
                .satisfies(s -> assertThat(s.stars()).isEqualTo(3));
        assertThat(answerAll(Map.of("1.4.1", "0", "1.1.3", "0", "1.2.3", "0.5")).scorecard().stars()).isEqualTo(2);
        assertThat(answerAll(Map.of("2.1.2", "0", "2.2.1", "0", "2.3.2", "0", "2.4.2", "0", "2.5.2", "0")).scorecard())
                .satisfies(s -> assertThat(s.total()).isEqualByComparingTo("85"))
                .satisfies(s -> assertThat(s.stars()).isEqualTo(2));
        assertThat(answerAll(Map.of("2.1.2", "0", "2.2.1", "0", "2.3.2", "0", "2.4.2", "0", "2.5.2", "0",
                "1.4.1", "1.5")).scorecard())
                .satisfies(s -> assertThat(s.total()).isEqualByComparingTo("84.5"))
                .satisfies(s -> assertThat(s.stars()).isEqualTo(1));
        Map<String, String> thirtyOff = Map.of("2.1.2", "0", "2.2.1", "0", "2.3.2", "0", "2.4.2", "0", "2.5.2", "0",
                "2.7.2", "0", "3.1.2", "0", "3.2.1", "0", "3.3.1", "0", "3.3.2", "0");
        assertThat(answerAll(thirtyOff).scorecard())
                .satisfies(s -> assertThat(s.total()).isEqualByComparingTo("70"))
                .satisfies(s -> assertThat(s.stars()).isEqualTo(1));
        Map<String, String> belowSeventy = new HashMap<>(thirtyOff);
        belowSeventy.put("1.4.1", "1.5");
        assertThat(answerAll(belowSeventy).scorecard())
                .satisfies(s -> assertThat(s.total()).isEqualByComparingTo("69.5"))
                .satisfies(s -> assertThat(s.stars()).isZero());
    }

    @Test
    void PUB_2_submitting_publishes_the_statement_as_a_STATEMENT_event_in_the_registry_outbox() {
        evaluations.open(secretariat, association, year);
        answerAll(Map.of("1.4.1", "0"));

        EvaluationView submitted = evaluations.submit(secretariat, association, year, true);

        assertThat(submitted.evaluation().status()).isEqualTo(EvaluationStatus.SUBMITTED);
        assertThat(submitted.sync()).singleElement().satisfies(event -> {
            assertThat(event.subject()).isEqualTo(Subject.STATEMENT);
            assertThat(event.subjectKey()).endsWith(":statement:" + year);
            assertThat(event.type()).isEqualTo(EventType.STATED);
            assertThat(event.sequence()).isEqualTo(1);
            assertThat(event.event()).contains("\"subject\":\"STATEMENT\"", "\"totalScore\":98", "\"stars\":3", "\"failed\":[]",
                    "\"truthful\":true", "\"year\":" + year, "\"oneStar\":70");
        });

        evaluations.answer(secretariat, association, year, FEES, new AnswerInput(null, false, "整改中"));
        List<RegistryChange> corrected = evaluations.submit(secretariat, association, year, true).sync();

        assertThat(corrected).extracting(RegistryChange::sequence, RegistryChange::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, EventType.UPDATED),
                        org.assertj.core.groups.Tuple.tuple(1, EventType.STATED));
        assertThat(corrected.get(0).event()).contains("\"stars\":0", "收费管理");
        assertThatThrownBy(() -> evaluations.submit(secretariat, association, year, true))
                .isInstanceOfSatisfying(LifecycleRefusal.class, e -> assertThat(e.getMessage()).contains("PUB-2"));
    }

    @Test
    void PUB_2_an_incomplete_evaluation_or_one_without_the_commitment_is_refused_and_sends_nothing() {
        evaluations.open(secretariat, association, year);
        evaluations.answer(secretariat, association, year, FEES, new AnswerInput(null, true, null));

        assertThatThrownBy(() -> evaluations.submit(secretariat, association, year, false))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("truthful"));
        assertThatThrownBy(() -> evaluations.submit(secretariat, association, year, true))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).contains("1.1.1").doesNotContain(FEES));
        assertThatThrownBy(() -> evaluations.answer(secretariat, association, year, "1.4.1",
                new AnswerInput(new BigDecimal("2.5"), null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("score"));
        EvaluationView view = evaluations.view(secretariat, association, year);
        assertThat(view.sync()).isEmpty();
        assertThat(view.evaluation().status()).isEqualTo(EvaluationStatus.DRAFT);
    }

    @Test
    void PUB_2_a_document_attached_as_evidence_is_kept_as_a_document_version_beside_the_answer() {
        evaluations.open(secretariat, association, year);

        EvaluationView view;
        try (CheckedFile file = fileCheck.check("人员名单.pdf", SampleFiles.pdfStream("专职人员名单"))) {
            view = evaluations.attachEvidence(secretariat, association, year, "1.4.1", file);
        }

        assertThat(view.evaluation().answers().get("1.4.1").evidence()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(Evidence.Kind.DOCUMENT);
            assertThat(e.label()).isEqualTo("人员名单.pdf");
            assertThat(e.reference()).isNotNull();
        });
    }

    @Test
    void PUB_2_only_the_secretariat_or_an_administrator_evaluates_the_organization() {
        PersonId member = fixtures.memberOf(association, MEMBER_REPRESENTATIVE);
        PersonId administrator = fixtures.memberOf(association, ADMINISTRATOR);

        assertThatThrownBy(() -> evaluations.open(member, association, year)).isInstanceOf(AccessDeniedException.class);
        assertThat(evaluations.open(administrator, association, year).evaluation().year()).isEqualTo(year);
    }

    @Test
    void PUB_2_a_new_organization_is_reminded_once_to_self_evaluate_within_3_months_of_its_first_standard() {
        LocalDate first = standards.today().minusDays(10);
        standards.registerEarlierPublication(secretariat, association, new EarlierPublication("首项标准" + suffix(), null,
                "本文件规定了首项标准的范围。", 1, null, first, first.plusMonths(1), "测试起草单位"));
        TenantId older = fixtures.association("老牌协会" + suffix());
        PersonId olderSecretariat = fixtures.memberOf(older, SECRETARIAT);
        LocalDate longAgo = standards.today().minusYears(2);
        standards.registerEarlierPublication(olderSecretariat, older, new EarlierPublication("旧标准" + suffix(), null,
                "本文件规定了旧标准的范围。", 1, null, longAgo, longAgo.plusMonths(1), "测试起草单位"));

        reminders.run();
        reminders.run();

        assertThat(reminded(secretariat, association)).singleElement()
                .satisfies(n -> assertThat(n.params()).containsEntry("date", first.plusMonths(3).toString()));
        assertThat(reminded(olderSecretariat, older)).isEmpty();
    }

    private List<Notification> reminded(PersonId person, TenantId tenant) {
        return inbox.list(person, tenant, false, PageRequest.first(50)).items().stream()
                .filter(n -> n.kind() == NotificationKind.GOOD_PRACTICE_DUE).toList();
    }

    /** Every indicator answered at full points and every basic condition met, but for the scores given. */
    private EvaluationView answerAll(Map<String, String> scores) {
        EvaluationView view = evaluations.view(secretariat, association, year);
        Map<String, String> given = new HashMap<>(scores);
        for (Indicator indicator : view.catalogue().scored().values()) {
            AnswerInput input = indicator.basic() ? new AnswerInput(null, true, null)
                    : new AnswerInput(new BigDecimal(given.getOrDefault(indicator.code(),
                    indicator.points().toPlainString())), null, null);
            view = evaluations.answer(secretariat, association, year, indicator.code(), input);
        }
        return view;
    }

    private void adopt(PolicyTopic topic, String title) {
        Body council = councilOf();
        try (CheckedFile text = fileCheck.check(title + ".pdf", SampleFiles.pdfStream(title))) {
            policies.adopt(secretariat, association, new PolicyAdoption(topic, title, council.id().value(),
                    LocalDate.of(year, 1, 2).isAfter(standards.today()) ? standards.today() : LocalDate.of(year, 1, 2),
                    "理事会〔" + year + "〕1号", null), text);
        }
    }

    private Body council;

    private Body councilOf() {
        if (council == null || !association.equals(councilTenant)) {
            council = bodies.establish(secretariat, association, new BodyCharter(BodyType.COUNCIL, "理事会", null, null,
                    LocalDate.of(year - 1, 1, 1)));
            councilTenant = association;
        }
        return council;
    }

    private TenantId councilTenant;

    private StandardId published(String title) {
        LocalDate on = LocalDate.of(year - 1, 6, 1);
        return standards.registerEarlierPublication(secretariat, association, new EarlierPublication(title, null,
                "本文件规定了" + title + "的范围。", (int) (Math.random() * 900) + 10, null, on, on.plusMonths(1),
                "测试起草单位")).id();
    }

    private void confirmDeclaration(StandardId standard) {
        declarations.confirm(secretariat, association, standard, new DeclarationForm(DeclaredLevel.DOMESTIC_ADVANCED,
                List.of("测试性能指标"), List.of(), List.of()), true, true);
    }
}
