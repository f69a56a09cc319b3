package cn.tuanbiao.innovation.domain;

import cn.tuanbiao.standards.domain.LifecycleRefusal;
import cn.tuanbiao.tenancy.TenantId;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The windows of a centre (SUP-5, 004 第16-20条), computed from its dates alone. */
class ConstructionScheduleTest {

    private static final LocalDate APPROVED = LocalDate.of(2026, 3, 10);

    @Test
    void SUP_5_every_window_runs_from_the_approval_date() {
        ConstructionSchedule s = new ConstructionSchedule(APPROVED, 0, null);
        assertThat(s.planDue()).isEqualTo(LocalDate.of(2026, 5, 10));
        assertThat(s.constructionEnd()).isEqualTo(LocalDate.of(2027, 3, 10));
        assertThat(s.acceptanceRequestBy()).isEqualTo(LocalDate.of(2027, 2, 10));
        assertThat(s.extensionRequestBy()).isEqualTo(LocalDate.of(2027, 2, 10));
        assertThat(s.resubmissionBy()).isNull();
    }

    @Test
    void SUP_5_an_extension_moves_the_end_and_the_acceptance_request_but_not_the_extension_deadline() {
        ConstructionSchedule s = new ConstructionSchedule(APPROVED, 6, LocalDate.of(2027, 8, 20));
        assertThat(s.constructionEnd()).isEqualTo(LocalDate.of(2027, 9, 10));
        assertThat(s.acceptanceRequestBy()).isEqualTo(LocalDate.of(2027, 8, 10));
        assertThat(s.extensionRequestBy()).isEqualTo(LocalDate.of(2027, 2, 10));
        assertThat(s.resubmissionBy()).isEqualTo(LocalDate.of(2028, 2, 20));
    }

    @Test
    void SUP_5_open_windows_are_upcoming_then_due_soon_then_overdue() {
        CentreFile f = underConstruction();
        assertThat(ConstructionSchedule.openDeadlines(f, Set.of(), LocalDate.of(2026, 3, 20), 30))
                .filteredOn(d -> d.kind() == DeadlineKind.CONSTRUCTION_PLAN)
                .singleElement().extracting(Deadline::state).isEqualTo(Deadline.State.UPCOMING);
        assertThat(ConstructionSchedule.openDeadlines(f, Set.of(), LocalDate.of(2026, 4, 20), 30))
                .filteredOn(d -> d.kind() == DeadlineKind.CONSTRUCTION_PLAN)
                .singleElement().extracting(Deadline::state).isEqualTo(Deadline.State.DUE_SOON);
        assertThat(ConstructionSchedule.openDeadlines(f, Set.of(), LocalDate.of(2026, 5, 11), 30))
                .filteredOn(d -> d.kind() == DeadlineKind.CONSTRUCTION_PLAN)
                .singleElement().extracting(Deadline::state).isEqualTo(Deadline.State.OVERDUE);
        CentreFile planned = f.submitConstructionPlan(LocalDate.of(2026, 5, 1));
        assertThat(ConstructionSchedule.openDeadlines(planned, Set.of(), LocalDate.of(2026, 5, 11), 30))
                .extracting(Deadline::kind).doesNotContain(DeadlineKind.CONSTRUCTION_PLAN)
                .contains(DeadlineKind.ACCEPTANCE_REQUEST, DeadlineKind.CONSTRUCTION_END);
    }

    @Test
    void SUP_5_yearly_documents_are_owed_from_the_approval_on_until_submitted() {
        CentreFile f = underConstruction().submitConstructionPlan(LocalDate.of(2026, 4, 1));
        LocalDate today = LocalDate.of(2026, 11, 10);
        assertThat(ConstructionSchedule.openDeadlines(f, Set.of(), today, 30))
                .extracting(Deadline::kind)
                // the 2026 annual plan was due before the approval: not owed
                .doesNotContain(DeadlineKind.ANNUAL_PLAN)
                .contains(DeadlineKind.SELF_CHECK_REPORT);
        assertThat(ConstructionSchedule.openDeadlines(f, Set.of("SELF_CHECK_REPORT/2026"), today, 30))
                .extracting(Deadline::kind).doesNotContain(DeadlineKind.SELF_CHECK_REPORT);
    }

    @Test
    void SUP_5_an_extension_is_refused_after_one_month_before_the_due_date_or_beyond_six_months() {
        CentreFile f = underConstruction();
        assertThatThrownBy(() -> f.requestExtension(3, "设备到货延迟", LocalDate.of(2027, 2, 11)))
                .isInstanceOf(LifecycleRefusal.class).hasMessageContaining("SUP-5 centre.extensionTooLate");
        assertThatThrownBy(() -> f.requestExtension(7, "设备到货延迟", LocalDate.of(2027, 1, 11)))
                .hasMessageContaining("extensionTooLong");
        CentreFile asked = f.requestExtension(6, "设备到货延迟", LocalDate.of(2027, 2, 10));
        assertThatThrownBy(() -> asked.requestExtension(1, "再次延期", LocalDate.of(2027, 2, 10)))
                .hasMessageContaining("SUP-5 centre.extensionOnlyOnce");
    }

    @Test
    void SUP_5_a_second_failed_acceptance_revokes_and_a_failure_after_an_extension_too() {
        CentreFile requested = underConstruction().submitConstructionPlan(LocalDate.of(2026, 5, 1))
                .requestAcceptance(LocalDate.of(2027, 2, 1));
        CentreFile failedOnce = requested.recordAcceptance(false, "验收资料不全", LocalDate.of(2027, 3, 1));
        assertThat(failedOnce.stage()).isEqualTo(CentreStage.ACCEPTANCE_FAILED);
        CentreFile failedTwice = failedOnce.requestAcceptance(LocalDate.of(2027, 8, 1))
                .recordAcceptance(false, "整改不到位", LocalDate.of(2027, 8, 20));
        assertThat(failedTwice.stage()).isEqualTo(CentreStage.REVOKED);

        CentreFile extended = underConstruction().submitConstructionPlan(LocalDate.of(2026, 5, 1))
                .requestExtension(6, "设备到货延迟", LocalDate.of(2027, 1, 20)).decideExtension(true, null);
        assertThat(extended.requestAcceptance(LocalDate.of(2027, 8, 1))
                .recordAcceptance(false, "延期后仍未完成建设任务", LocalDate.of(2027, 9, 1)).stage())
                .isEqualTo(CentreStage.REVOKED);
    }

    private static CentreFile underConstruction() {
        TenantId base = new TenantId(UUID.randomUUID());
        return CentreFile.apply(base, new TenantId(UUID.randomUUID()), CentreType.REGIONAL, "测试区域中心",
                        LocalDate.of(2026, 1, 5))
                .formalCheck(true, null)
                .concludeReview(true, "同意筹建", 3)
                .approveConstruction(APPROVED, "基地〔2026〕3号", APPROVED);
    }
}
