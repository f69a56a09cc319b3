package cn.tuanbiao.console.supervision;

import cn.tuanbiao.appeals.domain.CaseFiling;
import cn.tuanbiao.appeals.domain.CaseKind;
import cn.tuanbiao.appeals.service.CaseService;
import cn.tuanbiao.console.supervision.SupervisionWorld.Organization;
import cn.tuanbiao.console.supervision.domain.ReportTable;
import cn.tuanbiao.console.supervision.service.ComplianceRiskList;
import cn.tuanbiao.console.supervision.service.SupervisionExports;
import cn.tuanbiao.declarations.domain.DeclarationForm;
import cn.tuanbiao.declarations.domain.DeclaredLevel;
import cn.tuanbiao.declarations.domain.EventType;
import cn.tuanbiao.declarations.domain.Subject;
import cn.tuanbiao.declarations.domain.SyncState;
import cn.tuanbiao.declarations.service.SelfDeclarations;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.i18n.Messages;
import cn.tuanbiao.standards.domain.EarlierPublication;
import cn.tuanbiao.standards.domain.LifecycleRefusal;
import cn.tuanbiao.standards.domain.StandardProject;
import cn.tuanbiao.standards.service.StandardService;
import cn.tuanbiao.statistics.domain.Jurisdiction;
import cn.tuanbiao.statistics.domain.OrganizationRisks;
import cn.tuanbiao.statistics.domain.RiskFilter;
import cn.tuanbiao.statistics.domain.RiskKind;
import cn.tuanbiao.statistics.domain.RiskSeverity;
import cn.tuanbiao.statistics.domain.RiskSort;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.testing.Fixtures;
import cn.tuanbiao.testing.MutableClock;
import cn.tuanbiao.testing.PlatformTest;
import cn.tuanbiao.violations.domain.DecisionDraft;
import cn.tuanbiao.violations.domain.Violation;
import cn.tuanbiao.violations.domain.ViolationDraft;
import cn.tuanbiao.violations.domain.ViolationMeasure;
import cn.tuanbiao.violations.domain.ViolationRow;
import cn.tuanbiao.violations.domain.ViolationStatus;
import cn.tuanbiao.violations.service.Violations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static cn.tuanbiao.users.domain.OrganizationRole.ADMINISTRATOR;
import static cn.tuanbiao.users.domain.OrganizationRole.INSPECTOR;
import static cn.tuanbiao.users.domain.OrganizationRole.SECRETARIAT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * SUP-2 and PUB-4 at work: a supervisory authority's compliance risk list, computed from the
 * organizations' own records and kept current by the fold, within its jurisdiction only; and the
 * violations it records, decides and publishes through the national registry.
 */
class ComplianceRisksAndViolationsTest extends PlatformTest {

    private static final DeclarationForm DECLARED = new DeclarationForm(DeclaredLevel.DOMESTIC_ADVANCED,
            List.of("能效等级不低于 2 级"), List.of("在线监测"), List.of());

    @Inject
    ComplianceRiskList risks;
    @Inject
    Violations violations;
    @Inject
    SupervisionExports exports;
    @Inject
    SupervisionWorld world;
    @Inject
    Fixtures fixtures;
    @Inject
    StandardService standards;
    @Inject
    SelfDeclarations declarations;
    @Inject
    CaseService cases;
    @Inject
    MutableClock clock;
    @Inject
    Messages messages;

    private Organization zhejiang;
    private PersonId huang;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("tuanbiao.statistics.fold.scheduled", "false");
        return properties;
    }

    @BeforeEach
    void aZhejiangAuthority() {
        zhejiang = world.organization("SUPERVISORY_AUTHORITY", "浙江省合规测试局" + Fixtures.suffix(), "330000", "S92");
        huang = fixtures.memberOf(zhejiang.id(), ADMINISTRATOR, INSPECTOR);
    }

    @Test
    void SUP_2_risks_are_computed_from_the_records_and_follow_every_change() {
        Organization hangzhou = world.association("330106", SupervisionWorld.anIndustryOfItsOwn());
        StandardProject old = publishedLongAgo(hangzhou, "数字化车间 能效监测 通用要求", LocalDate.of(2019, 3, 1));
        world.foldNow();

        OrganizationRisks before = riskOf(hangzhou).orElseThrow();
        assertThat(before.reviewsOverdue()).as("published 2019, review due 2024 (LC-6)").isEqualTo(1);
        assertThat(before.declarationsMissing()).as("no confirmed self-declaration (PUB-1)").isEqualTo(1);
        assertThat(before.complaintsOverdue()).isZero();
        assertThat(before.severity()).isEqualTo(RiskSeverity.MEDIUM);
        assertThat(risks.all(huang, zhejiang.id(), new RiskFilter(new Jurisdiction("3301"), RiskKind.REVIEW_OVERDUE,
                RiskSort.SEVERITY))).extracting(OrganizationRisks::organization).contains(hangzhou.id());

        declarations.confirm(hangzhou.secretariat(), hangzhou.id(), old.id(), DECLARED, true, true);
        cases.file(hangzhou.secretariat(), hangzhou.id(), new CaseFiling(CaseKind.DISPUTE, "起草单位署名争议",
                "两家起草单位对署名顺序有争议。", null, null, "杭州某起草单位"));
        world.foldNow();

        OrganizationRisks confirmed = riskOf(hangzhou).orElseThrow();
        assertThat(confirmed.declarationsMissing()).isZero();
        assertThat(confirmed.complaintsOverdue()).as("the case is within its 5 days to acknowledge").isZero();
        assertThat(confirmed.severity()).isEqualTo(RiskSeverity.LOW);

        clock.advance(Duration.ofDays(7));
        world.foldNow();

        OrganizationRisks overdue = riskOf(hangzhou).orElseThrow();
        assertThat(overdue.complaintsOverdue()).as("not acknowledged within its limit (PART-6)").isEqualTo(1);
        assertThat(overdue.severity()).isEqualTo(RiskSeverity.HIGH);
        assertThat(risks.all(huang, zhejiang.id(), new RiskFilter(new Jurisdiction("330106"), RiskKind.COMPLAINT_OVERDUE,
                RiskSort.TOTAL))).extracting(OrganizationRisks::organization).contains(hangzhou.id());
    }

    @Test
    void SUP_2_the_risk_list_is_sorted_paged_and_exported_with_chinese_headers() {
        Organization hangzhou = world.association("330106", SupervisionWorld.anIndustryOfItsOwn());
        publishedLongAgo(hangzhou, "智能制造 数字孪生 通用要求", LocalDate.of(2018, 1, 10));
        world.foldNow();

        List<OrganizationRisks> bySeverity = risks.all(huang, zhejiang.id(), RiskFilter.NONE);
        assertThat(bySeverity).isSortedAccordingTo((a, b) -> a.severity() != b.severity()
                ? b.severity().compareTo(a.severity()) : Integer.compare(b.total(), a.total()));
        assertThat(risks.page(huang, zhejiang.id(), RiskFilter.NONE, new cn.tuanbiao.shared.domain.PageRequest(0, 2))
                .items()).hasSizeLessThanOrEqualTo(2);
        ReportTable table = exports.riskTable(bySeverity);
        assertThat(table.headers()).containsExactly("序号", "团体名称", "社会团体代号", "团体类型", "地区代码", "风险等级",
                "复审逾期", "自我声明未确认", "投诉逾期未办结", "良好行为基本条件未满足", "风险合计");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        exports.writeRiskPdf("浙江省合规测试局", new Jurisdiction("33"), RiskFilter.NONE, risks.today(), bySeverity, pdf);
        assertThat(new String(pdf.toByteArray(), 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    void SUP_2_an_authority_never_sees_organizations_outside_its_jurisdiction() {
        Organization nanjing = world.association("320102", SupervisionWorld.anIndustryOfItsOwn());
        Organization wenzhou = world.association("330302", SupervisionWorld.anIndustryOfItsOwn());
        publishedLongAgo(nanjing, "南京测试标准", LocalDate.of(2019, 5, 1));
        publishedLongAgo(wenzhou, "温州测试标准", LocalDate.of(2019, 5, 1));
        world.foldNow();

        assertThat(risks.all(huang, zhejiang.id(), RiskFilter.NONE)).extracting(OrganizationRisks::organization)
                .contains(wenzhou.id())
                .doesNotContain(nanjing.id());
        assertThat(risks.all(huang, zhejiang.id(), RiskFilter.NONE)).allSatisfy(r ->
                assertThat(r.regionCode()).startsWith("33"));
        assertThatThrownBy(() -> risks.page(huang, zhejiang.id(), new RiskFilter(new Jurisdiction("32"), null, null),
                cn.tuanbiao.shared.domain.PageRequest.first(10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> risks.of(huang, zhejiang.id(), nanjing.id(), "320102"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> violations.record(huang, zhejiang.id(), new ViolationDraft(nanjing.code(),
                "《团体标准管理规定》第十九条", "未自我声明公开。", null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(zh(e.problems().get(0)))
                        .isEqualTo("被处理团体：【SUP-2】团体 " + nanjing.code() + " 不在本部门管辖范围内"));
        PersonId secretary = fixtures.memberOf(zhejiang.id(), SECRETARIAT);
        assertThatThrownBy(() -> risks.page(secretary, zhejiang.id(), RiskFilter.NONE,
                cn.tuanbiao.shared.domain.PageRequest.first(10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> violations.list(secretary, zhejiang.id(), null, null,
                cn.tuanbiao.shared.domain.PageRequest.first(10))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void PUB_4_a_violation_cannot_be_published_before_it_is_decided_and_once_published_is_on_its_way_to_the_registry() {
        Organization hangzhou = world.association("330106", SupervisionWorld.anIndustryOfItsOwn());
        Violation recorded = violations.record(huang, zhejiang.id(), new ViolationDraft(hangzhou.code().toLowerCase(),
                "《团体标准管理规定》第十九条", "2026 年发布的 3 项团体标准未自我声明公开。", null, null));
        assertThat(recorded.status()).isEqualTo(ViolationStatus.RECORDED);
        assertThat(recorded.organization().id()).isEqualTo(hangzhou.id());

        assertThatThrownBy(() -> violations.publish(huang, zhejiang.id(), recorded.id()))
                .isInstanceOfSatisfying(LifecycleRefusal.class, e -> {
                    assertThat(e.requirement()).isEqualTo("PUB-4");
                    assertThat(messages.get(Messages.CHINESE, e.messageKey())).isEqualTo("【PUB-4】尚未作出处理决定，不能公开");
                });
        assertThat(violations.get(huang, zhejiang.id(), recorded.id()).sync()).isEmpty();

        String number = "浙市监标〔2026〕" + Fixtures.suffix() + "号";
        Violation decided = violations.decide(huang, zhejiang.id(), recorded.id(), new DecisionDraft(
                ViolationMeasure.RECTIFICATION_ORDERED, number, "责令于 60 日内完成自我声明公开。", violations.today(),
                violations.today().plusDays(60)));
        assertThat(decided.status()).isEqualTo(ViolationStatus.DECIDED);
        ViolationRow published = violations.publish(huang, zhejiang.id(), recorded.id());

        assertThat(published.violation().status()).isEqualTo(ViolationStatus.PUBLISHED);
        assertThat(published.sync()).singleElement().satisfies(event -> {
            assertThat(event.subject()).isEqualTo(Subject.VIOLATION);
            assertThat(event.type()).isEqualTo(EventType.DECIDED);
            assertThat(event.state()).isEqualTo(SyncState.PENDING);
            assertThat(event.event()).contains("\"measure\":\"责令整改\"", "\"number\":\"" + number + "\"",
                    "\"rectificationDue\":\"" + violations.today().plusDays(60) + "\"");
        });
        assertThatThrownBy(() -> violations.publish(huang, zhejiang.id(), recorded.id()))
                .isInstanceOf(LifecycleRefusal.class).hasMessageContaining("violations.alreadyPublished");
        assertThatThrownBy(() -> violations.decide(huang, zhejiang.id(), recorded.id(), new DecisionDraft(
                ViolationMeasure.WARNING, number + "改", "警告。", violations.today(), null)))
                .isInstanceOf(LifecycleRefusal.class).hasMessageContaining("violations.alreadyDecided");
        assertThat(violations.list(huang, zhejiang.id(), hangzhou.id().value(), ViolationStatus.PUBLISHED,
                cn.tuanbiao.shared.domain.PageRequest.first(10)).items())
                .extracting(r -> r.violation().id()).containsExactly(recorded.id());
    }

    @Test
    void PUB_4_bad_input_is_refused_field_by_field_in_chinese_and_nothing_is_stored() {
        Organization hangzhou = world.association("330106", SupervisionWorld.anIndustryOfItsOwn());

        assertThatThrownBy(() -> new ViolationDraft(hangzhou.code(), " ", "x".repeat(4001), null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(this::zh)
                        .containsExactly("违反的规定：必填", "违规事实：不能超过 4,000 个字符"));
        assertThatThrownBy(() -> violations.record(huang, zhejiang.id(), new ViolationDraft("NOSUCHORG",
                "《团体标准管理规定》第十九条", "事实。", null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(zh(e.problems().get(0)))
                        .isEqualTo("被处理团体：【SUP-2】没有代号为 NOSUCHORG 的团体"));
        assertThatThrownBy(() -> violations.record(huang, zhejiang.id(), new ViolationDraft(hangzhou.code(),
                "《团体标准管理规定》第十九条", "事实。", cn.tuanbiao.violations.domain.SourceKind.INSPECTION,
                java.util.UUID.randomUUID())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(zh(e.problems().get(0)))
                        .isEqualTo("线索：【PUB-4】所选线索不存在，或与被处理团体无关"));
        assertThatThrownBy(() -> new DecisionDraft(ViolationMeasure.RECTIFICATION_ORDERED, "浙市监标〔2026〕1号", "整改。",
                LocalDate.of(2026, 11, 20), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(this::zh)
                        .containsExactly("整改期限：【PUB-4】责令整改须写明整改期限"));

        Violation recorded = violations.record(huang, zhejiang.id(), new ViolationDraft(hangzhou.code(),
                "《团体标准管理规定》第十九条", "事实。", null, null));
        assertThatThrownBy(() -> violations.decide(huang, zhejiang.id(), recorded.id(), new DecisionDraft(
                ViolationMeasure.WARNING, "浙市监标〔2026〕" + Fixtures.suffix() + "号", "警告。",
                violations.today().plusDays(1), null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(zh(e.problems().get(0)))
                        .isEqualTo("决定日期：【PUB-4】决定日期不能晚于今天"));
        assertThat(violations.get(huang, zhejiang.id(), recorded.id()).violation().status())
                .isEqualTo(ViolationStatus.RECORDED);
    }

    private StandardProject publishedLongAgo(Organization organization, String title, LocalDate publishedOn) {
        return standards.registerEarlierPublication(organization.secretariat(), organization.id(),
                new EarlierPublication(title, null, "本文件规定了" + title + "的要求。",
                        (int) (Math.random() * 100_000) + 1, null, publishedOn, publishedOn.plusMonths(1), null));
    }

    private Optional<OrganizationRisks> riskOf(Organization organization) {
        return risks.all(huang, zhejiang.id(), new RiskFilter(new Jurisdiction("330106"), null, RiskSort.SEVERITY))
                .stream().filter(r -> r.organization().equals(organization.id())).findFirst();
    }

    /** As the API and the forms say it: the field's label, then the rule's message, in Chinese. */
    private String zh(FieldProblem problem) {
        return messages.get(Messages.CHINESE, "field." + problem.field()) + messages.get(Messages.CHINESE, "punctuation.colon")
                + messages.get(Messages.CHINESE, problem.messageKey(), problem.arguments().toArray());
    }
}
