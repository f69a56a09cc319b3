package cn.tuanbiao.governance;

import cn.tuanbiao.bodies.domain.Body;
import cn.tuanbiao.bodies.domain.BodyCharter;
import cn.tuanbiao.bodies.domain.BodyType;
import cn.tuanbiao.bodies.service.BodyService;
import cn.tuanbiao.documents.service.CheckedFile;
import cn.tuanbiao.documents.service.DocumentService;
import cn.tuanbiao.documents.service.FileCheck;
import cn.tuanbiao.plans.domain.Plan;
import cn.tuanbiao.plans.domain.PlanKind;
import cn.tuanbiao.plans.domain.PlanStatus;
import cn.tuanbiao.plans.domain.PlanSubmission;
import cn.tuanbiao.plans.service.PlanBook;
import cn.tuanbiao.policies.domain.Policy;
import cn.tuanbiao.policies.domain.PolicyAdoption;
import cn.tuanbiao.policies.domain.PolicyTopic;
import cn.tuanbiao.policies.domain.PolicyVersion;
import cn.tuanbiao.policies.service.PolicyRegister;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.standards.domain.LifecycleRefusal;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.testing.Fixtures;
import cn.tuanbiao.testing.MutableClock;
import cn.tuanbiao.testing.PlatformTest;
import cn.tuanbiao.testing.SampleFiles;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static cn.tuanbiao.users.domain.OrganizationRole.ADMINISTRATOR;
import static cn.tuanbiao.users.domain.OrganizationRole.MEMBER_REPRESENTATIVE;
import static cn.tuanbiao.users.domain.OrganizationRole.SECRETARIAT;
import static cn.tuanbiao.users.domain.OrganizationRole.WORKING_GROUP_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** ORG-6 and ORG-7: policies adopted by the decision body, plans approved by the right body, progress reported. */
class PoliciesAndPlansTest extends PlatformTest {

    private static final LocalDate ESTABLISHED = LocalDate.of(2023, 1, 1);

    @Inject
    PolicyRegister policies;
    @Inject
    PlanBook plans;
    @Inject
    BodyService bodies;
    @Inject
    FileCheck fileCheck;
    @Inject
    DocumentService documents;
    @Inject
    Fixtures fixtures;
    @Inject
    MutableClock clock;

    private TenantId association;
    private PersonId secretariat;
    private Body council;
    private Body workingGroup;

    @BeforeEach
    void anAssociationWithItsBodies() {
        association = fixtures.association("制度测试协会" + Fixtures.suffix());
        secretariat = fixtures.memberOf(association, ADMINISTRATOR, SECRETARIAT);
        council = bodies.establish(secretariat, association, new BodyCharter(BodyType.COUNCIL, "第一届理事会", null,
                "审议制度和规划", ESTABLISHED));
        workingGroup = bodies.establish(secretariat, association, new BodyCharter(BodyType.WORKING_GROUP, "绿色建材工作组",
                null, "起草绿色建材团体标准", ESTABLISHED));
    }

    @Test
    void ORG_6_each_adoption_by_the_council_adds_a_version_every_member_can_read() {
        adopt("团体标准知识产权管理办法", council, LocalDate.of(2024, 3, 1), "理事会〔2024〕2号");
        PolicyVersion second = adopt("团体标准知识产权管理办法", council, LocalDate.of(2025, 3, 1), "理事会〔2025〕1号");
        PersonId member = fixtures.memberOf(association, MEMBER_REPRESENTATIVE);

        assertThat(second.version()).isEqualTo(2);
        List<Policy> inForce = policies.list(member, association, null, PageRequest.first(10)).items();
        assertThat(inForce).singleElement().satisfies(policy -> {
            assertThat(policy.topic()).isEqualTo(PolicyTopic.INTELLECTUAL_PROPERTY);
            assertThat(policy.current().decisionReference()).isEqualTo("理事会〔2025〕1号");
            assertThat(policy.current().adoptedByBodyName()).isEqualTo("第一届理事会");
        });
        assertThat(policies.history(member, association, inForce.get(0).id())).extracting(PolicyVersion::version)
                .containsExactly(2, 1);
        assertThat(documents.versions(member, association, new cn.tuanbiao.documents.domain.DocumentId(second.documentId())))
                .hasSize(2);
    }

    @Test
    void ORG_6_a_policy_adopted_by_a_working_group_is_refused_naming_the_body_field() {
        assertThatThrownBy(() -> adopt("会议管理制度", workingGroup, LocalDate.of(2024, 5, 1), "工作组纪要"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::rule, FieldProblem::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("adoptedByBody", "ORG-6",
                                "policies.notADecisionBody")));
        assertThat(policies.list(secretariat, association, null, PageRequest.first(10)).total()).isZero();
    }

    @Test
    void ORG_7_an_annual_work_plan_is_approved_by_the_secretariat_and_then_reports_progress() {
        PersonId drafter = fixtures.memberOf(association, WORKING_GROUP_MEMBER);
        Plan submitted = submit(drafter, new PlanSubmission(PlanKind.ANNUAL_WORK_PLAN, "绿色建材工作组2025年工作计划",
                workingGroup.id().value(), 2025, null));
        assertThat(submitted.status()).isEqualTo(PlanStatus.SUBMITTED);
        assertThatThrownBy(() -> plans.report(drafter, association, submitted.id(), "第一季度", LocalDate.of(2025, 4, 2),
                "完成两项标准立项")).isInstanceOfSatisfying(LifecycleRefusal.class,
                r -> assertThat(r.requirement()).isEqualTo("ORG-7"));
        assertThatThrownBy(() -> plans.approve(drafter, association, submitted.id(), LocalDate.of(2025, 1, 20),
                "秘书处批复〔2025〕1号", null)).isInstanceOf(AccessDeniedException.class);

        Plan approved = plans.approve(secretariat, association, submitted.id(), LocalDate.of(2025, 1, 20),
                "秘书处批复〔2025〕1号", null);
        plans.report(drafter, association, submitted.id(), "第一季度", LocalDate.of(2025, 4, 2), "完成两项标准立项");

        assertThat(approved.status()).isEqualTo(PlanStatus.APPROVED);
        assertThat(approved.draftingBodyName()).isEqualTo("绿色建材工作组");
        assertThat(plans.reports(secretariat, association, submitted.id(), PageRequest.first(10)).items())
                .extracting(r -> r.period()).containsExactly("第一季度");
    }

    @Test
    void ORG_7_progress_reports_are_listed_newest_first_and_of_one_day_the_later_entered_first() {
        PersonId drafter = fixtures.memberOf(association, WORKING_GROUP_MEMBER);
        Plan plan = submit(drafter, new PlanSubmission(PlanKind.ANNUAL_WORK_PLAN, "绿色建材工作组2026年工作计划",
                workingGroup.id().value(), 2026, null));
        plans.approve(secretariat, association, plan.id(), LocalDate.of(2026, 1, 20), "秘书处批复〔2026〕1号", null);

        plans.report(drafter, association, plan.id(), "第一季度", LocalDate.of(2026, 4, 2), "完成两项标准立项");
        plans.report(drafter, association, plan.id(), "第二季度", LocalDate.of(2026, 7, 1), "一项标准进入征求意见");
        clock.advance(Duration.ofMinutes(10));
        plans.report(drafter, association, plan.id(), "第二季度（补报）", LocalDate.of(2026, 7, 1), "补充培训情况");

        assertThat(plans.reports(secretariat, association, plan.id(), PageRequest.first(10)).items())
                .extracting(r -> r.period()).containsExactly("第二季度（补报）", "第二季度", "第一季度");
    }

    @Test
    void ORG_7_the_development_plan_is_approved_only_as_adopted_by_a_decision_body() {
        Plan plan = submit(secretariat, new PlanSubmission(PlanKind.DEVELOPMENT_PLAN, "团体标准发展规划（2025—2027年）",
                null, 2025, 2027));

        assertThatThrownBy(() -> plans.approve(secretariat, association, plan.id(), LocalDate.of(2025, 2, 1),
                "理事会〔2025〕3号", null)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("adoptingBody"));
        assertThatThrownBy(() -> plans.approve(secretariat, association, plan.id(), LocalDate.of(2025, 2, 1),
                "理事会〔2025〕3号", workingGroup.id().value())).isInstanceOf(InvalidInputException.class);

        Plan approved = plans.approve(secretariat, association, plan.id(), LocalDate.of(2025, 2, 1), "理事会〔2025〕3号",
                council.id().value());

        assertThat(approved.approvedByBodyName()).isEqualTo("第一届理事会");
        assertThat(approved.period()).isEqualTo("2025—2027");
        assertThat(plans.list(secretariat, association, null, 2026, PageRequest.first(10)).items())
                .extracting(Plan::title).containsExactly("团体标准发展规划（2025—2027年）");
    }

    @Test
    void ORG_7_an_annual_plan_without_its_working_group_is_refused() {
        assertThatThrownBy(() -> submit(secretariat, new PlanSubmission(PlanKind.ANNUAL_WORK_PLAN, "无主年度计划", null,
                2025, null))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                .extracting(FieldProblem::field, FieldProblem::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("draftingBody", "ORG-7")));
    }

    private PolicyVersion adopt(String title, Body body, LocalDate on, String reference) {
        try (CheckedFile text = fileCheck.check(title + ".pdf", SampleFiles.pdfStream(title + reference))) {
            return policies.adopt(secretariat, association, new PolicyAdoption(PolicyTopic.INTELLECTUAL_PROPERTY, title,
                    body.id().value(), on, reference, null), text);
        }
    }

    private Plan submit(PersonId by, PlanSubmission submission) {
        try (CheckedFile text = fileCheck.check("计划.pdf", SampleFiles.pdfStream(submission.title() + UUID.randomUUID()))) {
            return plans.submit(by, association, submission, text);
        }
    }
}
