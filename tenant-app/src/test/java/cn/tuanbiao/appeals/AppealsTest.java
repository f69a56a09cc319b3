package cn.tuanbiao.appeals;

import cn.tuanbiao.appeals.domain.Authority;
import cn.tuanbiao.appeals.domain.Case;
import cn.tuanbiao.appeals.domain.CaseDetail;
import cn.tuanbiao.appeals.domain.CaseFiling;
import cn.tuanbiao.appeals.domain.CaseFilter;
import cn.tuanbiao.appeals.domain.CaseId;
import cn.tuanbiao.appeals.domain.CaseKind;
import cn.tuanbiao.appeals.domain.CaseOutcome;
import cn.tuanbiao.appeals.domain.CaseStatus;
import cn.tuanbiao.appeals.domain.ContestedDecision;
import cn.tuanbiao.appeals.domain.HandlingStepKind;
import cn.tuanbiao.appeals.domain.Referral;
import cn.tuanbiao.appeals.domain.ReferralStatus;
import cn.tuanbiao.appeals.domain.StepDraft;
import cn.tuanbiao.appeals.domain.TimeLimits;
import cn.tuanbiao.appeals.domain.TimelineEntry;
import cn.tuanbiao.appeals.service.CaseDeadlineScan;
import cn.tuanbiao.appeals.service.CaseService;
import cn.tuanbiao.appeals.service.PublicComplaints;
import cn.tuanbiao.appeals.service.PublicComplaints.FiledComplaint;
import cn.tuanbiao.appeals.service.PublicComplaints.PublicComplaint;
import cn.tuanbiao.appeals.service.ReferralService;
import cn.tuanbiao.catalogue.domain.PublicOrganization;
import cn.tuanbiao.catalogue.service.PublicCatalogue;
import cn.tuanbiao.notifications.OutboxRows;
import cn.tuanbiao.notifications.domain.Notification;
import cn.tuanbiao.notifications.domain.NotificationKind;
import cn.tuanbiao.notifications.service.Inbox;
import cn.tuanbiao.organizations.domain.OrganizationProfile;
import cn.tuanbiao.organizations.persistence.OrganizationRepository;
import cn.tuanbiao.organizations.service.OrganizationOnboarding;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.standards.domain.LifecycleRefusal;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.tenancy.Transactions;
import cn.tuanbiao.testing.Fixtures;
import cn.tuanbiao.testing.MutableClock;
import cn.tuanbiao.testing.PlatformTest;
import jakarta.inject.Inject;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static cn.tuanbiao.jooq.Tables.CASES;
import static cn.tuanbiao.jooq.Tables.REFERRALS;
import static cn.tuanbiao.testing.Fixtures.suffix;
import static cn.tuanbiao.users.domain.OrganizationRole.ADMINISTRATOR;
import static cn.tuanbiao.users.domain.OrganizationRole.INSPECTOR;
import static cn.tuanbiao.users.domain.OrganizationRole.MEMBER_REPRESENTATIVE;
import static cn.tuanbiao.users.domain.OrganizationRole.SECRETARIAT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * PART-6 and SUP-2: appeals, complaints and disputes handled by the coordination body through
 * intake, scope check, handling steps in order, outcome and closure within time limits, and
 * escalated by the complainant to a supervisory authority, which receives a copy in its own tenant.
 */
class AppealsTest extends PlatformTest {

    private static final Pattern CODE = Pattern.compile("\"secret\": \"(\\d{6})\"");

    @Inject
    CaseService cases;
    @Inject
    PublicComplaints publicComplaints;
    @Inject
    ReferralService referrals;
    @Inject
    CaseDeadlineScan scan;
    @Inject
    Fixtures fixtures;
    @Inject
    OrganizationOnboarding onboarding;
    @Inject
    PublicCatalogue catalogue;
    @Inject
    Inbox inbox;
    @Inject
    OutboxRows outbox;
    @Inject
    Transactions transactions;
    @Inject
    DSLContext db;
    @Inject
    MutableClock clock;
    @Inject
    OrganizationRepository organizations;

    /** Two authorities over the associations of these tests (region 650102): the city's and the province's. */
    private Authority cityAuthority;
    private Authority provinceAuthority;
    private PersonId cityInspector;
    private PersonId provinceInspector;

    private TenantId association;
    private String code;
    private PersonId secretary;
    private PersonId member;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("tuanbiao.notifications.deadline-scan.scheduled", "false");
        properties.put("tuanbiao.mail.relay.scheduled", "false");
        return properties;
    }

    @BeforeAll
    void twoSupervisoryAuthorities() {
        cityAuthority = authority("乌鲁木齐市市场监督管理局", "650100");
        provinceAuthority = authority("新疆维吾尔自治区市场监督管理局", "650000");
        cityInspector = fixtures.memberOf(cityAuthority.id(), INSPECTOR);
        provinceInspector = fixtures.memberOf(provinceAuthority.id(), INSPECTOR);
    }

    @BeforeEach
    void anAssociationWithItsSecretariatAndAMember() {
        association = organization("ASSOCIATION", "申诉测试协会" + suffix(), "650102");
        code = transactions.readOnPlatform(() -> organizations.findById(association.value()).orElseThrow().code());
        secretary = fixtures.memberOf(association, SECRETARIAT);
        member = fixtures.memberOf(association, MEMBER_REPRESENTATIVE);
    }

    // --- intake -----------------------------------------------------------------------------------

    @Test
    void PART_6_intake_numbers_the_case_in_the_case_series_fixes_its_deadlines_and_tells_the_secretariat() {
        Case first = cases.file(member, association, anAppeal("对立项决定的申诉"));
        Case second = cases.file(member, association, aComplaint("收取标准费用"));

        int year = Year.now(clock.withZone(Case.CHINA)).getValue();
        assertThat(first.number()).isEqualTo(code + "申〔" + year + "〕1号");
        assertThat(second.number()).isEqualTo(code + "申〔" + year + "〕2号");
        assertThat(first.status()).isEqualTo(CaseStatus.RECEIVED);
        LocalDate today = cases.today();
        assertThat(first.deadlines().acknowledgeBy()).isEqualTo(today.plusDays(5));
        assertThat(first.deadlines().scopeBy()).isEqualTo(today.plusDays(15));
        assertThat(first.deadlines().concludeBy()).isEqualTo(today.plusDays(60));
        assertThat(kindsIn(secretary)).containsOnly(NotificationKind.CASE_FILED).hasSize(2);
        assertThat(timeline(first.id())).extracting(TimelineEntry::action).containsExactly("CASE_FILED");
    }

    @Test
    void PART_6_bad_input_is_refused_naming_each_field_and_nothing_is_stored() {
        InvalidInputException appeal = catchThrowableOfType(() -> cases.file(member, association,
                new CaseFiling(CaseKind.APPEAL, " ", null, null, null, null)), InvalidInputException.class);
        InvalidInputException dispute = catchThrowableOfType(() -> cases.file(member, association,
                new CaseFiling(CaseKind.DISPUTE, "专利许可争议", "对方拒绝许可", null, null, "")),
                InvalidInputException.class);
        InvalidInputException limits = catchThrowableOfType(() -> cases.setTimeLimits(secretary, association,
                new TimeLimits(0, 10, 5)), InvalidInputException.class);

        assertThat(appeal.problems()).extracting(FieldProblem::field)
                .containsExactly("title", "description", "contestedDecision");
        assertThat(dispute.problems()).extracting(FieldProblem::field, FieldProblem::rule)
                .containsExactly(tuple("otherParty", "PART-6"));
        assertThat(limits.problems()).extracting(FieldProblem::field)
                .containsExactly("acknowledgeDays", "concludeDays");
        assertThat(cases.list(secretary, association, CaseFilter.all(), PageRequest.first(10)).total()).isZero();
    }

    @Test
    void PART_6_time_limits_set_by_the_organization_apply_to_cases_received_afterwards() {
        Case before = cases.file(member, association, aComplaint("期限调整前"));
        cases.setTimeLimits(secretary, association, new TimeLimits(3, 10, 30));
        Case after = cases.file(member, association, aComplaint("期限调整后"));

        LocalDate today = cases.today();
        assertThat(after.deadlines().concludeBy()).isEqualTo(today.plusDays(30));
        assertThat(cases.get(secretary, association, before.id()).theCase().deadlines().concludeBy())
                .as("a running case keeps its deadlines").isEqualTo(today.plusDays(60));
        assertThat(cases.timeLimits(member, association)).isEqualTo(new TimeLimits(3, 10, 30));
    }

    // --- scope, steps, outcome --------------------------------------------------------------------

    @Test
    void PART_6_a_rejection_as_out_of_scope_needs_a_reason_which_the_complainant_reads() {
        Case filed = cases.file(member, association, aComplaint("对食品企业的投诉"));

        InvalidInputException noReason = catchThrowableOfType(() -> cases.decideScope(secretary, association,
                filed.id(), false, "  "), InvalidInputException.class);
        assertThat(noReason.problems()).extracting(FieldProblem::field, FieldProblem::rule, FieldProblem::messageKey)
                .containsExactly(tuple("reason", "PART-6", "cases.rejectionNeedsReason"));
        assertThat(cases.get(secretary, association, filed.id()).theCase().status()).isEqualTo(CaseStatus.RECEIVED);

        Case rejected = cases.decideScope(secretary, association, filed.id(), false,
                "投诉事项属于市场监管部门职责，不属于本会团体标准工作范围");

        assertThat(rejected.status()).isEqualTo(CaseStatus.REJECTED_OUT_OF_SCOPE);
        assertThat(rejected.progress().acknowledgedAt()).as("the scope decision acknowledges the receipt too").isNotNull();
        assertThat(kindsIn(member)).containsExactly(NotificationKind.CASE_SCOPE_DECIDED);
        assertThat(timeline(filed.id())).extracting(TimelineEntry::action, TimelineEntry::reason).containsExactly(
                tuple("CASE_FILED", null),
                tuple("CASE_REJECTED_OUT_OF_SCOPE",
                        "投诉事项属于市场监管部门职责，不属于本会团体标准工作范围"));
    }

    @Test
    void PART_6_handling_steps_are_recorded_only_in_order_negotiation_mediation_arbitration() {
        Case filed = cases.file(member, association, aDispute());
        LocalDate today = cases.today();
        assertThatThrownBy(() -> cases.addStep(secretary, association, filed.id(), step(HandlingStepKind.NEGOTIATION, today)))
                .as("before the case is accepted").isInstanceOf(LifecycleRefusal.class)
                .hasFieldOrPropertyWithValue("messageKey", "cases.stepsOnlyWhenAccepted");
        cases.acknowledge(secretary, association, filed.id());
        cases.decideScope(secretary, association, filed.id(), true, null);

        cases.addStep(secretary, association, filed.id(), step(HandlingStepKind.NEGOTIATION, today));
        cases.addStep(secretary, association, filed.id(), step(HandlingStepKind.MEDIATION, today));

        assertThatThrownBy(() -> cases.addStep(secretary, association, filed.id(), step(HandlingStepKind.NEGOTIATION, today)))
                .isInstanceOf(LifecycleRefusal.class)
                .hasFieldOrPropertyWithValue("requirement", "PART-6")
                .hasFieldOrPropertyWithValue("messageKey", "cases.stepOutOfOrder");
        assertThatThrownBy(() -> cases.addStep(secretary, association, filed.id(),
                step(HandlingStepKind.ARBITRATION, today.plusDays(1))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("heldOn");
        assertThatThrownBy(() -> cases.addStep(member, association, filed.id(), step(HandlingStepKind.ARBITRATION, today)))
                .as("a member is not the coordination body").isInstanceOf(AccessDeniedException.class);
        cases.addStep(secretary, association, filed.id(), step(HandlingStepKind.ARBITRATION, today));

        assertThat(cases.get(secretary, association, filed.id()).steps())
                .extracting(s -> s.position() + " " + s.kind())
                .containsExactly("1 NEGOTIATION", "2 MEDIATION", "3 ARBITRATION");
    }

    @Test
    void PART_6_the_outcome_states_its_reasons_a_settlement_rests_on_negotiation_or_mediation_then_the_case_closes() {
        Case filed = cases.file(member, association, aDispute());
        cases.decideScope(secretary, association, filed.id(), true, "属于本会标准实施中的争议");
        assertThatThrownBy(() -> cases.close(secretary, association, filed.id()))
                .isInstanceOf(LifecycleRefusal.class).hasFieldOrPropertyWithValue("messageKey", "cases.closeOnlyWhenConcluded");
        assertThatThrownBy(() -> cases.decide(secretary, association, filed.id(), CaseOutcome.SETTLED, "双方和解"))
                .isInstanceOf(LifecycleRefusal.class).hasFieldOrPropertyWithValue("messageKey", "cases.settledWithoutStep");
        InvalidInputException noReasons = catchThrowableOfType(() -> cases.decide(secretary, association, filed.id(),
                null, ""), InvalidInputException.class);
        assertThat(noReasons.problems()).extracting(FieldProblem::field).containsExactly("outcome", "reasons");

        cases.addStep(secretary, association, filed.id(), step(HandlingStepKind.MEDIATION, cases.today()));
        Case decided = cases.decide(secretary, association, filed.id(), CaseOutcome.SETTLED,
                "经调解，双方就专利许可费率达成一致");
        Case closed = cases.close(secretary, association, filed.id());

        assertThat(decided.progress().outcome()).isEqualTo(CaseOutcome.SETTLED);
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(kindsIn(member)).contains(NotificationKind.CASE_SCOPE_DECIDED, NotificationKind.CASE_DECIDED);
        assertThat(timeline(filed.id())).extracting(TimelineEntry::action).containsExactly("CASE_FILED",
                "CASE_ACCEPTED", "CASE_STEP_RECORDED", "CASE_DECIDED", "CASE_CLOSED");
    }

    // --- time limits ------------------------------------------------------------------------------

    @Test
    void PART_6_a_case_is_overdue_after_its_time_limit_and_the_secretariat_is_reminded_before_and_once_after() {
        Case filed = cases.file(member, association, aComplaint("逾期测试"));
        LocalDate due = filed.deadlines().acknowledgeBy();

        clock.advance(Duration.ofDays(2));
        scan.run();
        assertThat(remindersOf(secretary, filed.id())).as("3 days before").isEmpty();

        clock.advance(Duration.ofDays(1));
        scan.run();
        assertThat(remindersOf(secretary, filed.id())).containsExactly(NotificationKind.CASE_DEADLINE);
        assertThat(cases.get(secretary, association, filed.id()).theCase().overdue(cases.today())).isFalse();

        clock.advance(Duration.ofDays(3));
        scan.run();
        scan.run();

        assertThat(cases.today()).isAfter(due);
        assertThat(cases.get(secretary, association, filed.id()).theCase().overdue(cases.today())).isTrue();
        assertThat(cases.list(secretary, association, new CaseFilter(null, null, true), PageRequest.first(10)).items())
                .extracting(Case::id).containsExactly(filed.id());
        assertThat(remindersOf(secretary, filed.id()))
                .containsExactly(NotificationKind.CASE_OVERDUE, NotificationKind.CASE_DEADLINE);
        assertThat(remindersOf(member, filed.id())).as("the complainant is not the coordination body").isEmpty();

        cases.acknowledge(secretary, association, filed.id());
        assertThat(cases.list(secretary, association, new CaseFilter(null, null, true), PageRequest.first(10)).total())
                .as("acknowledged, the case waits on its scope decision, due later").isZero();
    }

    // --- escalation and the authority's inbox ----------------------------------------------------

    @Test
    void PART_6_escalation_creates_exactly_one_referral_in_the_chosen_authoritys_tenant() {
        Case filed = cases.file(member, association, anAppeal("对技术审查结论的申诉"));
        cases.decideScope(secretary, association, filed.id(), false, "申诉超过规定期限");
        assertThat(cases.authorities(member, association, filed.id())).as("the most local first")
                .containsExactly(cityAuthority, provinceAuthority);

        Case escalated = cases.escalate(member, association, filed.id(), cityAuthority.id(), "对不予受理的理由有异议");
        assertThatThrownBy(() -> cases.escalate(member, association, filed.id(), provinceAuthority.id(), "再次提请"))
                .isInstanceOf(LifecycleRefusal.class).hasFieldOrPropertyWithValue("messageKey", "cases.alreadyEscalated");

        assertThat(escalated.progress().escalation().authorityName()).isEqualTo(cityAuthority.nameZh());
        assertThat(escalated.progress().escalation().status()).isEqualTo(ReferralStatus.REFERRED);
        assertThat(referralRowsFor(cityAuthority.id(), filed.id())).isEqualTo(1);
        assertThat(referralRowsFor(provinceAuthority.id(), filed.id())).isZero();
        Referral referral = referrals.list(cityInspector, cityAuthority.id(), null, PageRequest.first(50)).items().stream()
                .filter(r -> r.sourceCase().equals(filed.id())).findFirst().orElseThrow();
        assertThat(referral.caseNumber()).isEqualTo(filed.number());
        assertThat(referral.organizationCode()).isEqualTo(code);
        assertThat(referral.kind()).isEqualTo(CaseKind.APPEAL);
        assertThat(referral.caseStatus()).isEqualTo(CaseStatus.REJECTED_OUT_OF_SCOPE);
        assertThat(referral.scopeReason()).isEqualTo("申诉超过规定期限");
        assertThat(referral.escalationReason()).isEqualTo("对不予受理的理由有异议");
        assertThat(referral.timeline()).extracting(TimelineEntry::action)
                .containsExactly("CASE_FILED", "CASE_REJECTED_OUT_OF_SCOPE", "CASE_ESCALATED");
        assertThat(kindsIn(cityInspector, cityAuthority.id())).contains(NotificationKind.REFERRAL_RECEIVED);
        assertThat(kindsIn(secretary)).contains(NotificationKind.CASE_ESCALATED);
    }

    @Test
    void PART_6_isolation_the_organization_reads_nothing_of_the_authority_nor_another_organization_the_referral() {
        Case filed = cases.file(member, association, aComplaint("隔离测试投诉"));
        cases.decideScope(secretary, association, filed.id(), false, "不属于本会业务范围");
        cases.escalate(member, association, filed.id(), cityAuthority.id(), "请监管部门处理");
        TenantId another = organization("ASSOCIATION", "另一测试协会" + suffix(), "650102");
        PersonId anotherAdministrator = fixtures.memberOf(another, ADMINISTRATOR, SECRETARIAT);

        assertThat(referralRowsFor(cityAuthority.id(), filed.id())).as("control: the authority holds it").isOne();
        assertThat(transactions.readInTenant(association, () -> db.fetchCount(REFERRALS)))
                .as("the organization reads the authority's referrals").isZero();
        assertThat(transactions.readInTenant(another, () -> db.fetchCount(REFERRALS)))
                .as("another organization reads the referral").isZero();
        assertThat(transactions.readInTenant(cityAuthority.id(), () -> db.fetchCount(CASES)))
                .as("the authority reads the organization's cases").isZero();
        assertThatThrownBy(() -> referrals.list(secretary, cityAuthority.id(), null, PageRequest.first(10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> referrals.list(provinceInspector, cityAuthority.id(), null, PageRequest.first(10)))
                .as("another authority's inspector").isInstanceOf(AccessDeniedException.class);
        assertThat(referrals.list(provinceInspector, provinceAuthority.id(), null, PageRequest.first(200)).items())
                .extracting(Referral::sourceCase).doesNotContain(filed.id());
        assertThatThrownBy(() -> cases.get(anotherAdministrator, another, filed.id()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void SUP_2_the_authority_records_its_handling_and_the_case_shows_it() {
        Case filed = cases.file(member, association, aComplaint("抄袭国家标准"));
        cases.decideScope(secretary, association, filed.id(), true, null);
        cases.decide(secretary, association, filed.id(), CaseOutcome.DISMISSED, "经比对，未发现抄袭");
        cases.escalate(member, association, filed.id(), provinceAuthority.id(), "比对方法不当");
        Referral referral = referrals.list(provinceInspector, provinceAuthority.id(), ReferralStatus.REFERRED,
                PageRequest.first(200)).items().stream().filter(r -> r.sourceCase().equals(filed.id())).findFirst()
                .orElseThrow();

        referrals.record(provinceInspector, provinceAuthority.id(), referral.id(), ReferralStatus.INVESTIGATING, null);
        InvalidInputException noFinding = catchThrowableOfType(() -> referrals.record(provinceInspector,
                provinceAuthority.id(), referral.id(), ReferralStatus.CONCLUDED, " "), InvalidInputException.class);
        assertThat(noFinding.problems()).extracting(FieldProblem::field).containsExactly("finding");
        assertThatThrownBy(() -> referrals.record(provinceInspector, provinceAuthority.id(), referral.id(),
                ReferralStatus.RECEIVED, null)).isInstanceOf(LifecycleRefusal.class)
                .hasFieldOrPropertyWithValue("requirement", "SUP-2");
        referrals.record(provinceInspector, provinceAuthority.id(), referral.id(), ReferralStatus.CONCLUDED,
                "责令该会重新比对并在全国团体标准信息平台公开结果");

        CaseDetail detail = cases.get(member, association, filed.id());
        assertThat(detail.theCase().progress().escalation().status()).isEqualTo(ReferralStatus.CONCLUDED);
        assertThat(detail.theCase().progress().escalation().finding())
                .isEqualTo("责令该会重新比对并在全国团体标准信息平台公开结果");
        assertThat(detail.timeline()).extracting(TimelineEntry::action).endsWith("CASE_ESCALATED",
                "REFERRAL_STATUS_CHANGED", "REFERRAL_STATUS_CHANGED", "REFERRAL_STATUS_CHANGED");
        assertThat(kindsIn(member)).contains(NotificationKind.REFERRAL_UPDATED);
        assertThat(referrals.get(provinceInspector, provinceAuthority.id(), referral.id()).status())
                .isEqualTo(ReferralStatus.CONCLUDED);
    }

    @Test
    void PART_6_only_the_complainant_escalates_once_the_case_is_concluded_or_overdue_to_a_competent_authority() {
        Case filed = cases.file(member, association, aComplaint("待升级"));
        assertThatThrownBy(() -> cases.escalate(member, association, filed.id(), cityAuthority.id(), "等不及了"))
                .isInstanceOf(LifecycleRefusal.class).hasFieldOrPropertyWithValue("messageKey", "cases.notYetEscalatable");
        assertThatThrownBy(() -> cases.escalate(secretary, association, filed.id(), cityAuthority.id(), "代为提请"))
                .isInstanceOf(AccessDeniedException.class);

        clock.advance(Duration.ofDays(6));
        InvalidInputException noChoice = catchThrowableOfType(() -> cases.escalate(member, association, filed.id(),
                null, "逾期未确认收到"), InvalidInputException.class);
        assertThat(noChoice.problems()).extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(tuple("authority", "cases.chooseAuthority"));
        Authority elsewhere = authority("其他省市场监督管理局" + suffix(), "620000");
        InvalidInputException notCompetent = catchThrowableOfType(() -> cases.escalate(member, association, filed.id(),
                elsewhere.id(), "逾期未确认收到"), InvalidInputException.class);
        assertThat(notCompetent.problems()).extracting(FieldProblem::messageKey)
                .containsExactly("cases.authorityNotCompetent");

        Case escalated = cases.escalate(member, association, filed.id(), cityAuthority.id(), "逾期未确认收到");
        assertThat(escalated.status()).as("the organization's handling goes on").isEqualTo(CaseStatus.RECEIVED);
        assertThat(escalated.progress().escalation().status()).isEqualTo(ReferralStatus.REFERRED);
    }

    // --- the public -------------------------------------------------------------------------------

    @Test
    void PART_6_a_public_complaint_needs_a_proven_address_and_an_anonymous_report_names_nobody_to_the_organization() {
        PublicOrganization organization = catalogue.organization(code);
        String address = "citizen-" + suffix() + "@example.cn";
        PublicComplaint complaint = new PublicComplaint(null, null, true, "以标准名义收费",
                "该会以参与标准起草为名向企业收取每家五万元费用");
        var verification = publicComplaints.requestCode(organization, address, "203.0.113.9");
        InvalidInputException notProven = catchThrowableOfType(() -> publicComplaints.file(organization, verification,
                complaint), InvalidInputException.class);
        assertThat(notProven.problems()).extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(tuple("email", "comments.emailNotProven"));
        String mailed = codeMailedTo(address);
        assertThatThrownBy(() -> publicComplaints.verify(organization, verification, mailed.equals("000000") ? "111111"
                : "000000")).isInstanceOf(InvalidInputException.class).hasMessageContaining("comments.codeWrong");

        publicComplaints.verify(organization, verification, mailed);
        FiledComplaint filed = publicComplaints.file(organization, verification, complaint);

        assertThat(filed.number()).startsWith(code + "申〔");
        Case seen = cases.get(secretary, association, filed.id()).theCase();
        assertThat(seen.complainant().name()).isNull();
        assertThat(seen.complainant().email()).as("anonymous to the organization").isNull();
        assertThat(seen.complainant().anonymous()).isTrue();
        assertThat(kindsIn(secretary)).contains(NotificationKind.CASE_FILED);
        assertThat(outbox.emailsTo(association, address)).extracting(OutboxRows.Row::payload)
                .anySatisfy(p -> assertThat(p).contains("CASE_RECEIVED").contains(filed.key()));
        assertThat(publicComplaints.status(organization, filed.id(), filed.key()).complainant().email())
                .as("the complainant with their key sees their own case").isEqualTo(address);
        assertThatThrownBy(() -> publicComplaints.status(organization, filed.id(), "guessed"))
                .isInstanceOf(NotFoundException.class);

        cases.decideScope(secretary, association, filed.id(), false, "不属于本会处理范围");
        publicComplaints.escalate(organization, filed.id(), filed.key(), provinceAuthority.id(), "请监管部门查处");
        Referral referral = referrals.list(provinceInspector, provinceAuthority.id(), null, PageRequest.first(200))
                .items().stream().filter(r -> r.sourceCase().equals(filed.id())).findFirst().orElseThrow();
        assertThat(referral.anonymous()).isTrue();
        assertThat(referral.complainantName()).isNull();
        assertThat(referral.complainantEmail()).as("not anonymous to the platform and the authority").isEqualTo(address);
    }

    // --- another organization -------------------------------------------------------------------

    @Test
    void PART_6_another_organization_cannot_see_a_case_and_a_member_sees_only_their_own() {
        Case mine = cases.file(member, association, aComplaint("本人的投诉"));
        PersonId otherMember = fixtures.memberOf(association, MEMBER_REPRESENTATIVE);
        cases.file(otherMember, association, aComplaint("他人的投诉"));
        TenantId another = organization("ASSOCIATION", "别的协会" + suffix(), "650102");
        PersonId anotherSecretary = fixtures.memberOf(another, SECRETARIAT);

        assertThat(cases.list(member, association, CaseFilter.all(), PageRequest.first(10)).items())
                .extracting(Case::id).containsExactly(mine.id());
        assertThat(cases.list(secretary, association, CaseFilter.all(), PageRequest.first(10)).total()).isEqualTo(2);
        assertThatThrownBy(() -> cases.get(otherMember, association, mine.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> cases.get(anotherSecretary, another, mine.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> cases.get(anotherSecretary, association, mine.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cases.acknowledge(anotherSecretary, another, mine.id()))
                .isInstanceOf(NotFoundException.class);
        assertThat(cases.list(anotherSecretary, another, CaseFilter.all(), PageRequest.first(10)).total()).isZero();
        assertThat(cases.get(secretary, association, mine.id()).theCase().status()).isEqualTo(CaseStatus.RECEIVED);
    }

    // --- fixtures ---------------------------------------------------------------------------------

    private static CaseFiling anAppeal(String title) {
        return new CaseFiling(CaseKind.APPEAL, title, "本单位对该决定有异议，理由如下……", null,
                ContestedDecision.PROJECT_APPROVAL, null);
    }

    private static CaseFiling aComplaint(String title) {
        return new CaseFiling(CaseKind.COMPLAINT, title, "具体情况如下……", null, null, null);
    }

    private static CaseFiling aDispute() {
        return new CaseFiling(CaseKind.DISPUTE, "专利许可争议", "双方就标准必要专利的许可费率发生争议", null, null,
                "杭州某自动化有限公司");
    }

    private static StepDraft step(HandlingStepKind kind, LocalDate on) {
        return new StepDraft(kind, on, "秘书处、双方代表", "双方陈述意见");
    }

    private TenantId organization(String kind, String name, String region) {
        OrganizationProfile p = Fixtures.aProfile(kind, name);
        return onboarding.onboard(fixtures.operator(), new OrganizationProfile(p.kind(), p.nameZh(), p.nameEn(), p.code(),
                p.creditCode(), p.registrationAuthority(), p.businessScope(), region, p.industryCode(), p.contactName(),
                p.contactPhone(), p.contactEmail())).id();
    }

    private Authority authority(String name, String region) {
        return new Authority(organization("SUPERVISORY_AUTHORITY", name, region), name, region);
    }

    private List<TimelineEntry> timeline(CaseId id) {
        return cases.get(secretary, association, id).timeline();
    }

    private List<NotificationKind> kindsIn(PersonId person) {
        return kindsIn(person, association);
    }

    private List<NotificationKind> kindsIn(PersonId person, TenantId tenant) {
        return inbox.list(person, tenant, false, PageRequest.first(200)).items().stream().map(Notification::kind).toList();
    }

    private List<NotificationKind> remindersOf(PersonId person, CaseId id) {
        return inbox.list(person, association, false, PageRequest.first(200)).items().stream()
                .filter(n -> n.subject() != null && n.subject().id().equals(id.value()))
                .map(Notification::kind)
                .filter(k -> k == NotificationKind.CASE_DEADLINE || k == NotificationKind.CASE_OVERDUE)
                .toList();
    }

    private int referralRowsFor(TenantId authority, CaseId id) {
        return transactions.readInTenant(authority, () -> db.fetchCount(REFERRALS,
                REFERRALS.SOURCE_CASE_ID.eq(id.value())));
    }

    private String codeMailedTo(String address) {
        return outbox.emailsTo(association, address).stream().map(OutboxRows.Row::payload)
                .filter(p -> p.contains("COMPLAINT_VERIFICATION")).reduce((a, b) -> b)
                .map(p -> {
                    Matcher m = CODE.matcher(p);
                    return m.find() ? m.group(1) : null;
                }).orElseThrow();
    }
}
