package cn.tuanbiao.innovation;

import cn.tuanbiao.documents.domain.DocumentKind;
import cn.tuanbiao.documents.service.CheckedFile;
import cn.tuanbiao.documents.service.FileCheck;
import cn.tuanbiao.innovation.domain.Achievement;
import cn.tuanbiao.innovation.domain.AchievementDraft;
import cn.tuanbiao.innovation.domain.CentreAction;
import cn.tuanbiao.innovation.domain.CentreFile;
import cn.tuanbiao.innovation.domain.CentreFileDetail;
import cn.tuanbiao.innovation.domain.CentreOverview;
import cn.tuanbiao.innovation.domain.CentreStage;
import cn.tuanbiao.innovation.domain.CentreType;
import cn.tuanbiao.innovation.domain.DeadlineKind;
import cn.tuanbiao.innovation.domain.EvaluationKind;
import cn.tuanbiao.innovation.domain.TargetKind;
import cn.tuanbiao.innovation.domain.TargetProgress;
import cn.tuanbiao.innovation.service.CentreChannel;
import cn.tuanbiao.innovation.service.CentreDeadlineScan;
import cn.tuanbiao.innovation.service.InnovationBaseService;
import cn.tuanbiao.notifications.domain.Notification;
import cn.tuanbiao.notifications.domain.NotificationKind;
import cn.tuanbiao.notifications.service.Inbox;
import cn.tuanbiao.notifications.service.NotificationTexts;
import cn.tuanbiao.organizations.service.OrganizationOnboarding;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.i18n.Messages;
import cn.tuanbiao.standards.domain.EarlierPublication;
import cn.tuanbiao.standards.domain.LifecycleRefusal;
import cn.tuanbiao.standards.service.StandardService;
import cn.tuanbiao.testing.Fixtures;
import cn.tuanbiao.testing.MutableClock;
import cn.tuanbiao.testing.PlatformTest;
import cn.tuanbiao.testing.SampleFiles;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static cn.tuanbiao.testing.Fixtures.suffix;
import static cn.tuanbiao.users.domain.OrganizationRole.ADMINISTRATOR;
import static cn.tuanbiao.users.domain.OrganizationRole.SECRETARIAT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The innovation base at work (SUP-5), against the real database: the base owns each centre's
 * file, the centre reads it and submits through its channel, and time moves across each window.
 */
class InnovationCentresTest extends PlatformTest {

    @Inject
    Fixtures fixtures;
    @Inject
    OrganizationOnboarding onboarding;
    @Inject
    InnovationBaseService base;
    @Inject
    CentreChannel channel;
    @Inject
    CentreDeadlineScan scan;
    @Inject
    Inbox inbox;
    @Inject
    FileCheck fileCheck;
    @Inject
    StandardService standards;
    @Inject
    MutableClock clock;
    @Inject
    NotificationTexts texts;

    private TenantId cxjd;
    private TenantId centre;
    private PersonId baseAdmin;
    private PersonId centreAdmin;

    @BeforeEach
    void aBaseWithALinkedCentre() {
        cxjd = onboarding.onboard(fixtures.operator(), Fixtures.aProfile("INNOVATION_BASE", "测试创新基地" + suffix())).id();
        centre = onboarding.onboard(fixtures.operator(), Fixtures.aProfile("INNOVATION_CENTRE", "测试区域中心" + suffix())).id();
        onboarding.link(fixtures.operator(), cxjd, centre, "INNOVATION_CENTRE", LocalDate.of(2024, 1, 1));
        baseAdmin = fixtures.memberOf(cxjd, ADMINISTRATOR, SECRETARIAT);
        centreAdmin = fixtures.memberOf(centre, ADMINISTRATOR);
    }

    @Test
    void SUP_5_an_application_passes_the_formal_check_the_expert_review_and_is_approved_to_build() {
        CentreFile applied = base.apply(baseAdmin, cxjd, centre, CentreType.REGIONAL, "宁波新材料区域中心");
        upload(applied, DocumentKind.CENTRE_APPLICATION);
        CentreFile returned = base.formalCheck(baseAdmin, cxjd, applied.id(), false, "缺少依托单位法人证明");
        assertThat(returned.stage()).isEqualTo(CentreStage.RETURNED);
        assertThat(channel.ownFile(centreAdmin, centre, year()).orElseThrow().actions())
                .contains(CentreAction.RESUBMIT_APPLICATION);
        channel.resubmitApplication(centreAdmin, centre);
        base.formalCheck(baseAdmin, cxjd, applied.id(), true, null);
        assertThatThrownBy(() -> base.concludeReview(baseAdmin, cxjd, applied.id(), true, "同意"))
                .isInstanceOf(LifecycleRefusal.class).hasMessageContaining("SUP-5 centre.noExpertOpinions");
        base.addOpinion(baseAdmin, cxjd, applied.id(), "陈立新", "方案可行，建议加强人才队伍建设");
        base.concludeReview(baseAdmin, cxjd, applied.id(), true, "咨评委论证通过");
        CentreFile approved = base.approve(baseAdmin, cxjd, applied.id(), today(), "基地〔2026〕5号");

        assertThat(approved.stage()).isEqualTo(CentreStage.UNDER_CONSTRUCTION);
        CentreFileDetail own = channel.ownFile(centreAdmin, centre, year()).orElseThrow();
        assertThat(own.schedule().planDue()).isEqualTo(today().plusMonths(2));
        assertThat(own.schedule().constructionEnd()).isEqualTo(today().plusYears(1));
        assertThat(own.timeline()).extracting(t -> t.step()).contains("APPLIED", "APPLICATION_RETURNED",
                "EXPERT_OPINION_RECORDED", "CONSTRUCTION_APPROVED");
        assertThat(own.actions()).contains(CentreAction.SUBMIT_CONSTRUCTION_PLAN, CentreAction.REQUEST_EXTENSION)
                .doesNotContain(CentreAction.REQUEST_ACCEPTANCE, CentreAction.APPROVE_CONSTRUCTION);
        assertThat(kinds(centreAdmin, centre)).contains(NotificationKind.CENTRE_DECIDED);
        assertThat(inbox.list(centreAdmin, centre, false, PageRequest.first(200)).items().stream()
                .filter(n -> n.kind() == NotificationKind.CENTRE_DECIDED).map(n -> texts.line(Messages.CHINESE, n)))
                .contains("创新基地就 " + approved.name() + " 作出办理：批准筹建", "创新基地就 " + approved.name() + " 作出办理：形式审查退回");
    }

    @Test
    void SUP_5_the_scan_warns_once_before_each_window_and_once_when_it_has_passed() {
        CentreFile f = approvedToBuild();
        // 45 days after approval: the construction plan (due after 2 months) is within 30 days
        clock.advance(Duration.ofDays(45));
        scan.run();
        scan.run();
        assertThat(reminders(baseAdmin, cxjd, NotificationKind.CENTRE_DEADLINE)).hasSize(1);
        assertThat(reminders(centreAdmin, centre, NotificationKind.CENTRE_DEADLINE)).hasSize(1)
                .first().satisfies(n -> assertThat(n.params()).containsEntry("deadline", "centreDeadline.CONSTRUCTION_PLAN"));
        // the plan is late: overdue, once
        clock.advance(Duration.ofDays(20));
        scan.run();
        scan.run();
        assertThat(reminders(baseAdmin, cxjd, NotificationKind.CENTRE_OVERDUE)).hasSize(1);
        assertThat(base.list(baseAdmin, cxjd).get(0).warnings()).extracting(d -> d.kind())
                .contains(DeadlineKind.CONSTRUCTION_PLAN);
        submit(DocumentKind.CONSTRUCTION_PLAN);
        // eleven months in: the acceptance request window (one month before the end) comes within 30 days
        clock.advance(Duration.ofDays(250));
        scan.run();
        assertThat(reminders(baseAdmin, cxjd, NotificationKind.CENTRE_DEADLINE)).extracting(n -> n.params().get("deadline"))
                .contains("centreDeadline.ACCEPTANCE_REQUEST");
        CentreOverview overview = base.list(baseAdmin, cxjd).get(0);
        assertThat(overview.warnings()).extracting(d -> d.kind()).contains(DeadlineKind.ACCEPTANCE_REQUEST);
        assertThat(overview.next()).isNotNull();
        assertThat(overview.file().id()).isEqualTo(f.id());
    }

    @Test
    void SUP_5_a_second_failed_acceptance_revokes_the_centre() {
        CentreFile f = approvedToBuild();
        submit(DocumentKind.CONSTRUCTION_PLAN);
        clock.advance(Duration.ofDays(320));
        channel.requestAcceptance(centreAdmin, centre, pdf("验收申请"));
        assertThat(base.recordAcceptance(baseAdmin, cxjd, f.id(), false, "建设任务未完成", null).stage())
                .isEqualTo(CentreStage.ACCEPTANCE_FAILED);
        // within six months the centre asks once more ...
        clock.advance(Duration.ofDays(150));
        channel.requestAcceptance(centreAdmin, centre, pdf("重新验收申请"));
        // ... and fails again: revoked
        CentreFile revoked = base.recordAcceptance(baseAdmin, cxjd, f.id(), false, "整改仍不到位", null);
        assertThat(revoked.stage()).isEqualTo(CentreStage.REVOKED);
        assertThat(channel.ownFile(centreAdmin, centre, year()).orElseThrow().timeline())
                .extracting(t -> t.step()).contains("REVOKED_AFTER_ACCEPTANCE");
    }

    @Test
    void SUP_5_after_a_failed_acceptance_the_resubmission_closes_six_months_later() {
        CentreFile f = approvedToBuild();
        submit(DocumentKind.CONSTRUCTION_PLAN);
        clock.advance(Duration.ofDays(320));
        channel.requestAcceptance(centreAdmin, centre, pdf("验收申请"));
        base.recordAcceptance(baseAdmin, cxjd, f.id(), false, "建设任务未完成", null);
        clock.advance(Duration.ofDays(190));
        assertThatThrownBy(() -> channel.requestAcceptance(centreAdmin, centre, pdf("迟到的申请")))
                .isInstanceOf(LifecycleRefusal.class).hasMessageContaining("SUP-5 centre.resubmissionWindowOver");
        assertThat(base.revoke(baseAdmin, cxjd, f.id(), "未在6个月内重新申请验收").stage()).isEqualTo(CentreStage.REVOKED);
    }

    @Test
    void SUP_5_failing_after_the_extension_revokes_and_a_late_extension_request_is_refused() {
        CentreFile f = approvedToBuild();
        submit(DocumentKind.CONSTRUCTION_PLAN);
        clock.advance(Duration.ofDays(300));
        assertThatThrownBy(() -> channel.requestExtension(centreAdmin, centre, 7, "设备到货延迟"))
                .isInstanceOf(InvalidInputException.class);
        channel.requestExtension(centreAdmin, centre, 6, "设备到货延迟");
        assertThatThrownBy(() -> base.revoke(baseAdmin, cxjd, f.id(), "逾期"))
                .hasMessageContaining("SUP-5 centre.noGroundsForRevocation");
        base.decideExtension(baseAdmin, cxjd, f.id(), true, null);
        CentreFileDetail extended = channel.ownFile(centreAdmin, centre, year()).orElseThrow();
        assertThat(extended.schedule().constructionEnd()).isEqualTo(extended.file().approvedOn().plusYears(1).plusMonths(6));
        clock.advance(Duration.ofDays(150));
        channel.requestAcceptance(centreAdmin, centre, pdf("验收申请"));
        assertThat(base.recordAcceptance(baseAdmin, cxjd, f.id(), false, "延期后仍未完成建设任务", null).stage())
                .isEqualTo(CentreStage.REVOKED);
    }

    @Test
    void SUP_5_an_extension_asked_later_than_one_month_before_the_due_date_is_refused() {
        approvedToBuild();
        clock.advance(Duration.ofDays(340));
        assertThatThrownBy(() -> channel.requestExtension(centreAdmin, centre, 3, "设备到货延迟"))
                .isInstanceOf(LifecycleRefusal.class).hasMessageContaining("SUP-5 centre.extensionTooLate");
    }

    @Test
    void SUP_5_renaming_needs_the_bases_approval() {
        CentreFile f = approvedToBuild();
        channel.requestRename(centreAdmin, centre, "宁波先进材料区域中心");
        assertThat(channel.ownFile(centreAdmin, centre, year()).orElseThrow().file().name()).isNotEqualTo("宁波先进材料区域中心");
        assertThatThrownBy(() -> channel.requestRename(centreAdmin, centre, "另一个名称"))
                .hasMessageContaining("SUP-5 centre.renamePending");
        assertThat(base.decideRename(baseAdmin, cxjd, f.id(), true).name()).isEqualTo("宁波先进材料区域中心");
    }

    @Test
    void SUP_5_yearly_targets_count_the_centres_published_group_standards_and_recorded_achievements() {
        CentreFile f = approvedToBuild();
        PersonId centreSecretariat = fixtures.memberOf(centre, ADMINISTRATOR, SECRETARIAT);
        for (int i = 1; i <= 3; i++) {
            standards.registerEarlierPublication(centreSecretariat, centre, new EarlierPublication("测试团体标准" + i + suffix(),
                    null, "本文件规定了测试的范围。", i, null, today(), today(), "测试起草单位"));
        }
        channel.recordAchievement(centreAdmin, centre, new AchievementDraft(TargetKind.TRAINING, "新材料标准宣贯培训",
                today(), 60));
        base.recordAchievement(baseAdmin, cxjd, f.id(), new AchievementDraft(TargetKind.LOCAL_STANDARD,
                "DB33/T 0001 新材料检测规范", today(), null));

        List<TargetProgress> targets = base.get(baseAdmin, cxjd, f.id(), year()).targets();
        assertThat(targets).extracting(t -> t.kind() + " " + t.achieved() + "/" + t.target())
                .containsExactly("GROUP_STANDARD 3/5", "LOCAL_STANDARD 1/1", "GREEN_PILOT 0/1", "TRAINING 1/2");
    }

    @Test
    void SUP_5_achievements_of_one_day_are_listed_the_latest_recorded_first() {
        CentreFile f = approvedToBuild();
        LocalDate day = today();
        channel.recordAchievement(centreAdmin, centre, new AchievementDraft(TargetKind.TRAINING, "新材料标准宣贯培训",
                day, 60));
        clock.advance(Duration.ofMinutes(1));
        base.recordAchievement(baseAdmin, cxjd, f.id(), new AchievementDraft(TargetKind.LOCAL_STANDARD,
                "DB33/T 0001 新材料检测规范", day, null));

        assertThat(base.get(baseAdmin, cxjd, f.id(), day.getYear()).achievements()).extracting(Achievement::title)
                .containsExactly("DB33/T 0001 新材料检测规范", "新材料标准宣贯培训");
    }

    @Test
    void SUP_5_a_failed_spot_check_sets_a_rectification_deadline_and_a_failed_rectification_revokes() {
        CentreFile f = approvedToBuild();
        submit(DocumentKind.CONSTRUCTION_PLAN);
        clock.advance(Duration.ofDays(320));
        channel.requestAcceptance(centreAdmin, centre, pdf("验收申请"));
        base.recordAcceptance(baseAdmin, cxjd, f.id(), true, "验收通过", null);
        assertThatThrownBy(() -> base.evaluate(baseAdmin, cxjd, f.id(), EvaluationKind.SPOT_CHECK, today(),
                "年度团体标准不足", false, null)).isInstanceOf(InvalidInputException.class);
        CentreFile rectifying = base.evaluate(baseAdmin, cxjd, f.id(), EvaluationKind.SPOT_CHECK, today(),
                "年度团体标准不足", false, today().plusMonths(3));
        assertThat(rectifying.stage()).isEqualTo(CentreStage.RECTIFICATION);
        CentreFile revoked = base.evaluate(baseAdmin, cxjd, f.id(), EvaluationKind.RECTIFICATION_CHECK, today(),
                "整改后仍不符合要求", false, null);
        assertThat(revoked.stage()).isEqualTo(CentreStage.REVOKED);
    }

    @Test
    void SUP_5_a_centre_reads_only_its_own_file_and_cannot_act_for_the_base() {
        approvedToBuild();
        TenantId otherCentre = onboarding.onboard(fixtures.operator(),
                Fixtures.aProfile("INNOVATION_CENTRE", "测试行业中心" + suffix())).id();
        onboarding.link(fixtures.operator(), cxjd, otherCentre, "INNOVATION_CENTRE", LocalDate.of(2024, 1, 1));
        PersonId otherAdmin = fixtures.memberOf(otherCentre, ADMINISTRATOR);
        assertThat(channel.ownFile(otherAdmin, otherCentre, year())).isEmpty();
        assertThatThrownBy(() -> channel.ownFile(otherAdmin, centre, year())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> base.list(centreAdmin, cxjd)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> base.apply(centreAdmin, centre, otherCentre, CentreType.INDUSTRY, "冒名申报"))
                .isInstanceOf(AccessDeniedException.class);
    }

    // --- fixtures ---------------------------------------------------------------------------------

    private CentreFile approvedToBuild() {
        CentreFile applied = base.apply(baseAdmin, cxjd, centre, CentreType.REGIONAL, "宁波新材料区域中心");
        base.formalCheck(baseAdmin, cxjd, applied.id(), true, null);
        base.addOpinion(baseAdmin, cxjd, applied.id(), "陈立新", "同意筹建");
        base.concludeReview(baseAdmin, cxjd, applied.id(), true, "咨评委论证通过");
        return base.approve(baseAdmin, cxjd, applied.id(), today(), "基地〔2026〕5号");
    }

    private void upload(CentreFile f, DocumentKind kind) {
        try (CheckedFile file = pdf(kind.name())) {
            base.attach(baseAdmin, cxjd, f.id(), kind, null, file);
        }
    }

    private void submit(DocumentKind kind) {
        try (CheckedFile file = pdf(kind.name())) {
            channel.submit(centreAdmin, centre, kind, null, file);
        }
    }

    private CheckedFile pdf(String text) {
        return fileCheck.check(text + ".pdf", SampleFiles.pdfStream(text + suffix()));
    }

    private List<Notification> reminders(PersonId person, TenantId tenant, NotificationKind kind) {
        return inbox.list(person, tenant, false, PageRequest.first(200)).items().stream()
                .filter(n -> n.kind() == kind).toList();
    }

    private List<NotificationKind> kinds(PersonId person, TenantId tenant) {
        return inbox.list(person, tenant, false, PageRequest.first(200)).items().stream().map(Notification::kind).toList();
    }

    private LocalDate today() {
        return base.today();
    }

    private int year() {
        return today().getYear();
    }
}
