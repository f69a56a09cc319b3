package cn.tuanbiao.meetings;

import cn.tuanbiao.audit.domain.AuditEvent;
import cn.tuanbiao.audit.service.AuditLog;
import cn.tuanbiao.bodies.domain.Body;
import cn.tuanbiao.bodies.domain.BodyCharter;
import cn.tuanbiao.bodies.domain.BodyType;
import cn.tuanbiao.bodies.domain.SeatAppointment;
import cn.tuanbiao.bodies.domain.SeatRole;
import cn.tuanbiao.bodies.service.BodyService;
import cn.tuanbiao.documents.domain.DocumentKind;
import cn.tuanbiao.documents.domain.DocumentVersion;
import cn.tuanbiao.documents.service.CheckedFile;
import cn.tuanbiao.documents.service.DocumentService;
import cn.tuanbiao.documents.service.FileCheck;
import cn.tuanbiao.meetings.domain.AgendaItemDraft;
import cn.tuanbiao.meetings.domain.Attendance;
import cn.tuanbiao.meetings.domain.AttendanceEntry;
import cn.tuanbiao.meetings.domain.DecisionDraft;
import cn.tuanbiao.meetings.domain.Guest;
import cn.tuanbiao.meetings.domain.Invitee;
import cn.tuanbiao.meetings.domain.Meeting;
import cn.tuanbiao.meetings.domain.MeetingDecision;
import cn.tuanbiao.meetings.domain.MeetingDetail;
import cn.tuanbiao.meetings.domain.MeetingFilter;
import cn.tuanbiao.meetings.domain.MeetingFormat;
import cn.tuanbiao.meetings.domain.MeetingKind;
import cn.tuanbiao.meetings.domain.MeetingNotice;
import cn.tuanbiao.meetings.domain.MeetingPolicy;
import cn.tuanbiao.meetings.domain.MeetingStatus;
import cn.tuanbiao.meetings.domain.QuorumRule;
import cn.tuanbiao.meetings.service.MeetingService;
import cn.tuanbiao.notifications.domain.NotificationKind;
import cn.tuanbiao.notifications.service.Inbox;
import cn.tuanbiao.numbering.domain.DocumentSeries;
import cn.tuanbiao.numbering.domain.NumberingRule;
import cn.tuanbiao.numbering.service.DocumentNumbering;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.standards.domain.DecisionStep;
import cn.tuanbiao.standards.domain.LifecycleRefusal;
import cn.tuanbiao.standards.domain.Proposal;
import cn.tuanbiao.standards.domain.ReviewOutcome;
import cn.tuanbiao.standards.domain.Stage;
import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.standards.domain.StandardProject;
import cn.tuanbiao.standards.service.LifecycleWalk;
import cn.tuanbiao.standards.service.StandardService;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static cn.tuanbiao.users.domain.OrganizationRole.ADMINISTRATOR;
import static cn.tuanbiao.users.domain.OrganizationRole.COUNCIL_MEMBER;
import static cn.tuanbiao.users.domain.OrganizationRole.MEMBER_REPRESENTATIVE;
import static cn.tuanbiao.users.domain.OrganizationRole.SECRETARIAT;
import static cn.tuanbiao.users.domain.OrganizationRole.WORKING_GROUP_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * PART-3: the secretariat convenes meetings of the organization's bodies, records who attended
 * (which decides the quorum), keeps the minutes as immutable versions and records numbered
 * decisions; a decision of a meeting held with a quorum can be the evidence of the lifecycle step
 * it enables, and nothing else can.
 */
class MeetingsTest extends PlatformTest {

    @Inject
    MeetingService meetings;
    @Inject
    StandardService standards;
    @Inject
    BodyService bodies;
    @Inject
    DocumentService documents;
    @Inject
    DocumentNumbering numbering;
    @Inject
    AuditLog audit;
    @Inject
    LifecycleWalk walk;
    @Inject
    FileCheck fileCheck;
    @Inject
    MutableClock clock;
    @Inject
    Inbox inbox;
    @Inject
    Fixtures fixtures;

    private TenantId association;
    private PersonId secretariat;
    private Body council;
    private Body coordination;
    private Body reviewPanel;
    private Body workingGroup;

    @BeforeEach
    void anAssociationWithItsBodiesAndTheirSeats() {
        association = fixtures.association("会议测试协会" + Fixtures.suffix());
        secretariat = fixtures.memberOf(association, ADMINISTRATOR, SECRETARIAT, COUNCIL_MEMBER, WORKING_GROUP_MEMBER);
        council = body(BodyType.COUNCIL, "第一届理事会", "李明", "王芳", "张伟");
        bodies.appoint(secretariat, association, council.id(), new SeatAppointment("赵倩", null, null, SeatRole.OBSERVER,
                false, today().minusYears(1), today().plusYears(3)));
        coordination = body(BodyType.SECRETARIAT, "秘书处", "陈静", "刘洋", "孙磊");
        reviewPanel = body(BodyType.TECHNICAL_COMMITTEE, "智能制造技术委员会", "周建平", "刘洁", "孙浩", "陈立新");
        workingGroup = body(BodyType.WORKING_GROUP, "工业机器人标准工作组", "吴刚", "郑丽");
    }

    // --- decisions as the evidence of lifecycle steps -------------------------------------------

    @Test
    void PART_3_a_decision_of_a_meeting_held_with_quorum_approves_the_project() {
        StandardId project = aProjectProposal("工业机器人 安全操作规范");
        Meeting meeting = held(coordination, MeetingKind.COORDINATION, null, 2);
        MeetingDecision decision = meetings.recordDecision(secretariat, association, meeting.id(),
                new DecisionDraft("同意《工业机器人 安全操作规范》立项", project, DecisionStep.PROJECT_APPROVAL));

        StandardProject approved = standards.approveProject(secretariat, association, project, null, decision.id());

        assertThat(approved.stage()).isEqualTo(Stage.PROJECT_APPROVED);
        assertThat(meetings.decisionsFor(secretariat, association, project, PageRequest.first(10)).items())
                .singleElement().satisfies(d -> assertThat(d.usedAsEvidence()).isTrue());
        AuditEvent step = history(project).stream().filter(e -> e.action().equals("PROJECT_APPROVED")).findFirst()
                .orElseThrow();
        assertThat(step.details()).containsEntry("meetingDecision", decision.id().toString());
        assertThat(step.details().get("decision")).startsWith(decision.reference()).contains("同意《工业机器人 安全操作规范》立项");
    }

    @Test
    void PART_3_a_decision_of_a_meeting_without_quorum_is_refused_as_evidence() {
        StandardId project = aProjectProposal("智能工厂 设备互联互通 通用要求");
        Meeting inquorate = held(coordination, MeetingKind.COORDINATION, null, 1);
        MeetingDecision decision = meetings.recordDecision(secretariat, association, inquorate.id(),
                new DecisionDraft("同意立项", project, DecisionStep.PROJECT_APPROVAL));

        assertThat(inquorate.quorum().reached()).isFalse();
        assertThatThrownBy(() -> standards.approveProject(secretariat, association, project, null, decision.id()))
                .isInstanceOfSatisfying(LifecycleRefusal.class, r -> {
                    assertThat(r.requirement()).isEqualTo("PART-3");
                    assertThat(r.messageKey()).isEqualTo("meetings.evidence.noQuorum");
                    assertThat(r.arguments()).containsExactly(1, 3, 2);
                });
        assertThat(standards.get(secretariat, association, project).stage()).isEqualTo(Stage.PROJECT_PROPOSAL);
        assertThat(standards.meetingDecisionsFor(secretariat, association, project, DecisionStep.PROJECT_APPROVAL))
                .as("a decision without quorum is not offered").isEmpty();
    }

    @Test
    void PART_3_a_decision_about_another_standard_or_another_step_is_refused_and_stays_unused() {
        StandardId project = aProjectProposal("协作机器人 安全评估方法");
        StandardId other = aProjectProposal("工业互联网平台 设备接入 通用要求");
        Meeting meeting = held(coordination, MeetingKind.COORDINATION, null, 3);
        MeetingDecision forOther = meetings.recordDecision(secretariat, association, meeting.id(),
                new DecisionDraft("同意《工业互联网平台 设备接入 通用要求》立项", other, DecisionStep.PROJECT_APPROVAL));
        MeetingDecision noStep = meetings.recordDecision(secretariat, association, meeting.id(),
                new DecisionDraft("请工作组补充项目建议书", project, null));

        assertThatThrownBy(() -> standards.approveProject(secretariat, association, project, null, forOther.id()))
                .isInstanceOfSatisfying(LifecycleRefusal.class, r -> assertThat(r.messageKey())
                        .isEqualTo("meetings.evidence.otherStandard"));
        assertThatThrownBy(() -> standards.approveProject(secretariat, association, project, null, noStep.id()))
                .isInstanceOfSatisfying(LifecycleRefusal.class, r -> assertThat(r.messageKey())
                        .isEqualTo("meetings.evidence.otherStep"));
        assertThatThrownBy(() -> standards.approveProject(secretariat, association, project, null, UUID.randomUUID()))
                .isInstanceOfSatisfying(LifecycleRefusal.class, r -> {
                    assertThat(r.requirement()).isEqualTo("PART-3");
                    assertThat(r.messageKey()).isEqualTo("meetings.evidence.notFound");
                });
        assertThat(meetings.decisionsFor(secretariat, association, other, PageRequest.first(10)).items())
                .extracting(MeetingDecision::usedAsEvidence).containsExactly(false);
    }

    @Test
    void PART_3_a_decision_taken_outside_the_platform_is_still_typed_as_text() {
        StandardId project = aProjectProposal("冷链物流 温度监测 规范");

        assertThat(standards.approveProject(secretariat, association, project, "2024年第3次秘书长办公会决定立项", null).stage())
                .isEqualTo(Stage.PROJECT_APPROVED);
    }

    @Test
    void PART_3_review_consensus_rests_on_the_review_meetings_decision_once_its_minutes_are_attached() {
        StandardId standard = walk.toTechnicalReview(secretariat, association, "智能制造 数字孪生 通用要求").id();
        Meeting review = held(reviewPanel, MeetingKind.TECHNICAL_REVIEW, standard, 3);
        MeetingDecision consensus = meetings.recordDecision(secretariat, association, review.id(),
                new DecisionDraft("审查组协商一致，同意通过技术审查", standard, DecisionStep.TECHNICAL_REVIEW_CONSENSUS));

        assertThatThrownBy(() -> standards.recordReviewOutcome(secretariat, association, standard,
                new ReviewOutcome.Consensus(null), consensus.id()))
                .isInstanceOfSatisfying(LifecycleRefusal.class, r -> assertThat(r.messageKey())
                        .isEqualTo("meetings.evidence.minutesMissing"));
        minutes(review, "审查会议纪要");
        assertThat(standards.meetingDecisionsFor(secretariat, association, standard,
                DecisionStep.TECHNICAL_REVIEW_CONSENSUS)).extracting(o -> o.reference()).containsExactly(consensus.reference());

        StandardProject passed = standards.recordReviewOutcome(secretariat, association, standard,
                new ReviewOutcome.Consensus(null), consensus.id());

        assertThat(passed.stage()).isEqualTo(Stage.REVIEW_PASSED);
        assertThat(((ReviewOutcome.Consensus) passed.reviewOutcome()).minutes())
                .startsWith(consensus.reference()).contains("审查组协商一致");
        assertThat(meetings.get(secretariat, association, review.id()).minutes())
                .singleElement().satisfies(d -> assertThat(d.kind()).isEqualTo(DocumentKind.REVIEW_MINUTES));
    }

    @Test
    void PART_3_the_council_approves_for_publication_by_the_decision_of_its_meeting() {
        StandardId standard = walk.toDraftForApproval(secretariat, association, "工业机器人用伺服电机 技术条件").id();
        Meeting councilMeeting = held(council, MeetingKind.COUNCIL, null, 2);
        MeetingDecision approval = meetings.recordDecision(secretariat, association, councilMeeting.id(),
                new DecisionDraft("批准发布《工业机器人用伺服电机 技术条件》", standard, DecisionStep.APPROVAL));

        StandardProject approved = standards.approve(secretariat, association, standard, null, null, approval.id());

        assertThat(councilMeeting.quorum().seats()).as("the observer's seat makes no quorum").isEqualTo(3);
        assertThat(approved.stage()).isEqualTo(Stage.APPROVED);
        assertThat(approved.approvalDecision()).startsWith(approval.reference());
        assertThatThrownBy(() -> standards.approve(secretariat, association, standard, null, null, approval.id()))
                .isInstanceOf(LifecycleRefusal.class);
    }

    @Test
    void PART_3_only_the_body_whose_step_it_is_decides_it() {
        StandardId project = aProjectProposal("服装 功能性面料 评价方法");
        Meeting groupMeeting = held(workingGroup, MeetingKind.WORKING_GROUP, null, 2);

        assertThatThrownBy(() -> meetings.recordDecision(secretariat, association, groupMeeting.id(),
                new DecisionDraft("同意立项", project, DecisionStep.PROJECT_APPROVAL)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::rule).containsExactly(
                                org.assertj.core.groups.Tuple.tuple("enablesStep", "ORG-3")));
        assertThatThrownBy(() -> meetings.convene(secretariat, association, notice(workingGroup, MeetingKind.COUNCIL,
                null, clock.instant().plus(Duration.ofDays(3)))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("meetingKind"));
    }

    // --- convening, attendance, minutes ----------------------------------------------------------

    @Test
    void PART_3_the_bodys_seat_holders_are_invited_with_the_named_others_and_the_agenda_keeps_its_order() {
        StandardId standard = walk.toTechnicalReview(secretariat, association, "光伏组件 回收利用 技术规范").id();
        MeetingNotice notice = new MeetingNotice(reviewPanel.id(), MeetingKind.TECHNICAL_REVIEW, "《光伏组件 回收利用 技术规范》技术审查会",
                MeetingFormat.VIDEO, null, "https://meeting.example.cn/j/123456", clock.instant().plus(Duration.ofDays(7)),
                standard, List.of(new AgendaItemDraft("主编单位汇报编制情况", standard), new AgendaItemDraft("专家逐条审查", null),
                new AgendaItemDraft("形成审查意见", null)), List.of(new Guest("王强（起草人）", null)));

        Meeting meeting = meetings.convene(secretariat, association, notice);
        MeetingDetail detail = meetings.get(secretariat, association, meeting.id());

        assertThat(detail.meeting().status()).isEqualTo(MeetingStatus.SCHEDULED);
        assertThat(detail.meeting().standardTitle()).isEqualTo("光伏组件 回收利用 技术规范");
        assertThat(detail.agenda()).extracting(a -> a.position() + " " + a.title())
                .containsExactly("1 主编单位汇报编制情况", "2 专家逐条审查", "3 形成审查意见");
        assertThat(detail.agenda().get(0).standardTitle()).isEqualTo("光伏组件 回收利用 技术规范");
        assertThat(detail.invitees()).extracting(Invitee::name)
                .containsExactlyInAnyOrder("周建平", "刘洁", "孙浩", "陈立新", "王强（起草人）");
        assertThat(detail.invitees()).filteredOn(Invitee::countsForQuorum).hasSize(4);
    }

    @Test
    void PART_3_an_invitee_with_an_account_is_notified_of_the_meeting_and_its_time() {
        PersonId guest = fixtures.memberOf(association, MEMBER_REPRESENTATIVE);
        Meeting meeting = meetings.convene(secretariat, association, new MeetingNotice(reviewPanel.id(),
                MeetingKind.TECHNICAL_REVIEW, "标准化工作交流会", MeetingFormat.ONLINE, null, "https://meeting.example.cn/j/42",
                clock.instant().plus(Duration.ofDays(3)), null, List.of(new AgendaItemDraft("交流", null)),
                List.of(new Guest("列席代表", guest))));

        assertThat(inbox.list(guest, association, false, PageRequest.first(10)).items())
                .singleElement().satisfies(n -> {
                    assertThat(n.kind()).isEqualTo(NotificationKind.MEETING_CONVENED);
                    assertThat(n.params()).containsEntry("title", "标准化工作交流会");
                    assertThat(n.subject().route()).isEqualTo("meetings/" + meeting.id().value());
                });
    }

    @Test
    void PART_3_attendance_cannot_be_recorded_before_the_meeting_starts() {
        Meeting meeting = convene(council, MeetingKind.COUNCIL, null, Duration.ofDays(2));

        assertThatThrownBy(() -> meetings.recordAttendance(secretariat, association, meeting.id(),
                everyone(meeting, Attendance.PRESENT)))
                .isInstanceOfSatisfying(LifecycleRefusal.class, r -> {
                    assertThat(r.requirement()).isEqualTo("PART-3");
                    assertThat(r.messageKey()).isEqualTo("meetings.notStartedYet");
                });
        assertThatThrownBy(() -> meetings.recordDecision(secretariat, association, meeting.id(),
                new DecisionDraft("提前记录的决定", null, null)))
                .isInstanceOfSatisfying(LifecycleRefusal.class, r -> assertThat(r.messageKey()).isEqualTo("meetings.notHeld"));
        assertThat(meetings.get(secretariat, association, meeting.id()).meeting().status()).isEqualTo(MeetingStatus.SCHEDULED);
    }

    @Test
    void PART_3_every_invitee_gets_an_attendance_and_a_proxy_only_where_the_rules_allow() {
        Meeting meeting = convene(council, MeetingKind.COUNCIL, null, Duration.ofHours(2));
        clock.advance(Duration.ofHours(3));
        java.util.Map<String, UUID> invited = new java.util.HashMap<>();
        meetings.get(secretariat, association, meeting.id()).invitees().forEach(i -> invited.put(i.name(), i.id()));
        List<AttendanceEntry> withProxy = new ArrayList<>(List.of(
                new AttendanceEntry(invited.get("李明"), Attendance.PRESENT, null),
                new AttendanceEntry(invited.get("王芳"), Attendance.PROXY, "王芳的代理人")));

        assertThatThrownBy(() -> meetings.recordAttendance(secretariat, association, meeting.id(), withProxy))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey)
                        .containsExactlyInAnyOrder("meetings.proxyNotAllowed", "meetings.attendanceIncomplete"));

        meetings.setPolicy(secretariat, association, new MeetingPolicy(QuorumRule.MORE_THAN_HALF, true));
        withProxy.add(new AttendanceEntry(invited.get("张伟"), Attendance.EXCUSED, null));
        withProxy.add(new AttendanceEntry(invited.get("赵倩"), Attendance.PRESENT, null));
        Meeting held = meetings.recordAttendance(secretariat, association, meeting.id(), withProxy);

        assertThat(held.status()).isEqualTo(MeetingStatus.HELD);
        assertThat(held.quorum().present()).as("present and by proxy; the observer does not count").isEqualTo(2);
        assertThat(held.quorum().reached()).isTrue();
        assertThat(meetings.attendeesOf(secretariat, association, meeting.id())).extracting(Invitee::name)
                .containsExactlyInAnyOrder("李明", "王芳", "赵倩");
    }

    @Test
    void PART_3_an_organization_requiring_two_thirds_needs_two_thirds_of_the_seats() {
        meetings.setPolicy(secretariat, association, new MeetingPolicy(QuorumRule.AT_LEAST_TWO_THIRDS, false));

        Meeting half = held(reviewPanel, MeetingKind.TECHNICAL_REVIEW, null, 2);
        Meeting threeOfFour = held(reviewPanel, MeetingKind.TECHNICAL_REVIEW, null, 3);

        assertThat(half.quorum().reached()).isFalse();
        assertThat(half.quorum().needed()).isEqualTo(3);
        assertThat(threeOfFour.quorum().reached()).isTrue();
        assertThat(threeOfFour.quorum().rule()).isEqualTo(QuorumRule.AT_LEAST_TWO_THIRDS);
    }

    @Test
    void PART_3_minutes_are_immutable_versions_and_fix_the_attendance() {
        Meeting meeting = held(council, MeetingKind.COUNCIL, null, 3);

        DocumentVersion first = minutes(meeting, "第一届理事会第三次会议纪要");
        DocumentVersion corrected = minutes(meeting, "第一届理事会第三次会议纪要（更正）");

        assertThat(first.version()).isEqualTo(1);
        assertThat(corrected.version()).isEqualTo(2);
        assertThat(documents.versions(secretariat, association, first.document()))
                .extracting(DocumentVersion::version, DocumentVersion::sha256)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, corrected.sha256()),
                        org.assertj.core.groups.Tuple.tuple(1, first.sha256()));
        assertThat(documents.content(secretariat, association, first.document(), 1).bytes())
                .isEqualTo(SampleFiles.pdf("第一届理事会第三次会议纪要"));
        assertThat(meetings.get(secretariat, association, meeting.id()).minutes())
                .singleElement().satisfies(d -> assertThat(d.kind()).isEqualTo(DocumentKind.MEETING_MINUTES));
        assertThatThrownBy(() -> meetings.recordAttendance(secretariat, association, meeting.id(),
                everyone(meeting, Attendance.ABSENT)))
                .isInstanceOfSatisfying(LifecycleRefusal.class, r -> assertThat(r.messageKey())
                        .isEqualTo("meetings.attendanceFinal"));
    }

    @Test
    void PART_3_decisions_are_numbered_in_the_organizations_decision_series() {
        numbering.setRule(secretariat, association, new NumberingRule(DocumentSeries.DECISION, "理事会〔{year}〕{seq}号"));
        Meeting meeting = held(council, MeetingKind.COUNCIL, null, 3);

        MeetingDecision first = meetings.recordDecision(secretariat, association, meeting.id(),
                new DecisionDraft("审议通过2026年度团体标准工作计划", null, null));
        MeetingDecision second = meetings.recordDecision(secretariat, association, meeting.id(),
                new DecisionDraft("审议通过会费管理办法", null, null));

        int year = Year.from(LocalDate.ofInstant(meeting.startsAt(), StandardService.CHINA)).getValue();
        assertThat(first.reference()).isEqualTo("理事会〔" + year + "〕1号");
        assertThat(second.reference()).isEqualTo("理事会〔" + year + "〕2号");
        assertThat(meetings.get(secretariat, association, meeting.id()).decisions())
                .extracting(MeetingDecision::reference).containsExactly(first.reference(), second.reference());
    }

    @Test
    void PART_3_a_meeting_is_postponed_or_cancelled_with_a_reason_and_a_cancelled_one_is_not_held() {
        Meeting meeting = convene(workingGroup, MeetingKind.WORKING_GROUP, null, Duration.ofDays(3));

        assertThatThrownBy(() -> meetings.postpone(secretariat, association, meeting.id(),
                clock.instant().minus(Duration.ofDays(1)), " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactlyInAnyOrder("reason", "startsAt"));
        Instant later = clock.instant().plus(Duration.ofDays(10));
        Meeting postponed = meetings.postpone(secretariat, association, meeting.id(), later, "主要起草人出差");
        Meeting cancelled = meetings.cancel(secretariat, association, meeting.id(), "标准项目已终止");
        clock.advance(Duration.ofDays(11));

        assertThat(postponed.status()).isEqualTo(MeetingStatus.POSTPONED);
        assertThat(postponed.startsAt()).isEqualTo(later);
        assertThat(cancelled.status()).isEqualTo(MeetingStatus.CANCELLED);
        assertThat(cancelled.statusReason()).isEqualTo("标准项目已终止");
        assertThatThrownBy(() -> meetings.recordAttendance(secretariat, association, meeting.id(),
                everyone(meeting, Attendance.PRESENT)))
                .isInstanceOfSatisfying(LifecycleRefusal.class, r -> assertThat(r.messageKey()).isEqualTo("meetings.cancelled"));
        assertThatThrownBy(() -> meetings.cancel(secretariat, association, meeting.id(), "再次取消"))
                .isInstanceOfSatisfying(LifecycleRefusal.class, r -> assertThat(r.requirement()).isEqualTo("PART-3"));
        assertThat(history(meeting)).extracting(AuditEvent::action)
                .contains("MEETING_CONVENED", "MEETING_POSTPONED", "MEETING_CANCELLED");
    }

    @Test
    void PART_3_upcoming_meetings_come_first_and_the_list_filters_by_time_and_body() {
        Meeting past = held(workingGroup, MeetingKind.WORKING_GROUP, null, 2);
        Meeting inFiveDays = convene(council, MeetingKind.COUNCIL, null, Duration.ofDays(5));
        Meeting inTwoDays = convene(workingGroup, MeetingKind.WORKING_GROUP, null, Duration.ofDays(2));

        assertThat(meetings.list(secretariat, association, MeetingFilter.all(), PageRequest.first(10)).items())
                .extracting(Meeting::id).containsExactly(inTwoDays.id(), inFiveDays.id(), past.id());
        assertThat(meetings.list(secretariat, association, new MeetingFilter(MeetingFilter.When.UPCOMING, null),
                PageRequest.first(10)).items()).extracting(Meeting::id).containsExactly(inTwoDays.id(), inFiveDays.id());
        assertThat(meetings.list(secretariat, association, new MeetingFilter(MeetingFilter.When.PAST, workingGroup.id()),
                PageRequest.first(10)).items()).extracting(Meeting::id).containsExactly(past.id());
        assertThat(meetings.list(secretariat, association, new MeetingFilter(MeetingFilter.When.ALL, council.id()),
                PageRequest.first(1)).total()).isEqualTo(1);
    }

    @Test
    void PART_3_bad_input_is_refused_naming_each_field() {
        MeetingNotice empty = new MeetingNotice(null, null, " ", null, null, null, null, null, List.of(), null);
        assertThatThrownBy(() -> meetings.convene(secretariat, association, empty))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .containsExactlyInAnyOrder("body", "meetingKind", "meetingTitle", "format", "startsAt", "agenda"));

        MeetingNotice wrong = new MeetingNotice(council.id(), MeetingKind.COUNCIL, "理事会会议", MeetingFormat.ONLINE, null,
                "meeting.example.cn/123", clock.instant().minus(Duration.ofMinutes(1)), aProjectProposal("错误输入测试"),
                List.of(new AgendaItemDraft(" ", null)), List.of(new Guest("", null)));
        assertThatThrownBy(() -> meetings.convene(secretariat, association, wrong))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .containsExactlyInAnyOrder("link", "startsAt", "standard", "agenda", "guests"));

        MeetingNotice inPersonWithoutPlace = new MeetingNotice(council.id(), MeetingKind.COUNCIL, "理事会会议",
                MeetingFormat.IN_PERSON, "", null, clock.instant().plus(Duration.ofDays(1)), null,
                List.of(new AgendaItemDraft("审议年度工作报告", null)), List.of());
        assertThatThrownBy(() -> meetings.convene(secretariat, association, inPersonWithoutPlace))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("location"));

        Meeting meeting = held(council, MeetingKind.COUNCIL, null, 3);
        assertThatThrownBy(() -> meetings.recordDecision(secretariat, association, meeting.id(),
                new DecisionDraft("", null, DecisionStep.APPROVAL)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactlyInAnyOrder("decisionText", "standard"));
        assertThat(meetings.list(secretariat, association, MeetingFilter.all(), PageRequest.first(10)).total())
                .as("nothing stored by the refused requests").isEqualTo(1);
    }

    @Test
    void PART_3_only_the_secretariat_convenes_and_every_member_reads() {
        PersonId member = fixtures.memberOf(association, MEMBER_REPRESENTATIVE);
        Meeting meeting = convene(council, MeetingKind.COUNCIL, null, Duration.ofDays(4));

        assertThatThrownBy(() -> meetings.convene(member, association, notice(council, MeetingKind.COUNCIL, null,
                clock.instant().plus(Duration.ofDays(4)))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> meetings.cancel(member, association, meeting.id(), "成员不能取消"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(meetings.get(member, association, meeting.id()).meeting().title()).isEqualTo(meeting.title());
    }

    @Test
    void PART_3_another_organization_cannot_see_the_meeting_nor_use_its_decision() {
        Meeting meeting = held(coordination, MeetingKind.COORDINATION, null, 3);
        StandardId project = aProjectProposal("隔离测试 立项");
        MeetingDecision decision = meetings.recordDecision(secretariat, association, meeting.id(),
                new DecisionDraft("同意立项", project, DecisionStep.PROJECT_APPROVAL));
        TenantId other = fixtures.association("另一协会" + Fixtures.suffix());
        PersonId otherSecretariat = fixtures.memberOf(other, ADMINISTRATOR, SECRETARIAT);
        StandardId otherProject = standards.propose(otherSecretariat, other, new Proposal("另一协会的标准", null,
                "本文件规定了另一协会的标准。", false, false), null).id();
        walk.upload(otherSecretariat, other, otherProject, DocumentKind.PROJECT_PROPOSAL);
        standards.submitProjectProposal(otherSecretariat, other, otherProject);

        assertThatThrownBy(() -> meetings.get(otherSecretariat, other, meeting.id())).isInstanceOf(NotFoundException.class);
        assertThat(meetings.list(otherSecretariat, other, MeetingFilter.all(), PageRequest.first(10)).total()).isZero();
        assertThatThrownBy(() -> meetings.get(otherSecretariat, association, meeting.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> meetings.recordAttendance(otherSecretariat, other, meeting.id(), List.of()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> standards.approveProject(otherSecretariat, other, otherProject, null, decision.id()))
                .isInstanceOfSatisfying(LifecycleRefusal.class, r -> assertThat(r.messageKey())
                        .isEqualTo("meetings.evidence.notFound"));
        assertThat(meetings.decisionsFor(secretariat, association, project, PageRequest.first(10)).items())
                .extracting(MeetingDecision::usedAsEvidence).containsExactly(false);
    }

    // --- fixtures -------------------------------------------------------------------------------

    private Body body(BodyType type, String name, String... holders) {
        Body body = bodies.establish(secretariat, association, new BodyCharter(type, name, null, null,
                today().minusYears(1)));
        for (int i = 0; i < holders.length; i++) {
            bodies.appoint(secretariat, association, body.id(), new SeatAppointment(holders[i], null, null,
                    i == 0 ? SeatRole.CHAIR : SeatRole.MEMBER, true, today().minusYears(1), today().plusYears(3)));
        }
        return body;
    }

    private MeetingNotice notice(Body body, MeetingKind kind, StandardId standard, Instant startsAt) {
        return new MeetingNotice(body.id(), kind, body.nameZh() + "会议", MeetingFormat.IN_PERSON, "杭州市西湖区文三路90号 会议室",
                null, startsAt, standard, List.of(new AgendaItemDraft("审议议题", null)), List.of());
    }

    private Meeting convene(Body body, MeetingKind kind, StandardId standard, Duration from) {
        return meetings.convene(secretariat, association, notice(body, kind, standard, clock.instant().plus(from)));
    }

    /** A meeting convened for in an hour and held: the first {@code present} seat holders attend, the rest do not. */
    private Meeting held(Body body, MeetingKind kind, StandardId standard, int present) {
        Meeting meeting = convene(body, kind, standard, Duration.ofHours(1));
        clock.advance(Duration.ofHours(2));
        List<AttendanceEntry> entries = new ArrayList<>();
        int seats = 0;
        for (Invitee invitee : meetings.get(secretariat, association, meeting.id()).invitees()) {
            boolean attends = invitee.countsForQuorum() && seats++ < present;
            entries.add(new AttendanceEntry(invitee.id(), attends ? Attendance.PRESENT : Attendance.ABSENT, null));
        }
        return meetings.recordAttendance(secretariat, association, meeting.id(), entries);
    }

    private List<AttendanceEntry> everyone(Meeting meeting, Attendance attendance) {
        return meetings.get(secretariat, association, meeting.id()).invitees().stream()
                .map(i -> new AttendanceEntry(i.id(), attendance, null)).toList();
    }

    private DocumentVersion minutes(Meeting meeting, String text) {
        try (CheckedFile file = fileCheck.check(text + ".pdf", SampleFiles.pdfStream(text))) {
            return meetings.attachMinutes(secretariat, association, meeting.id(), file);
        }
    }

    private StandardId aProjectProposal(String title) {
        StandardId id = standards.propose(secretariat, association, new Proposal(title, null,
                "本文件规定了" + title + "的要求。", false, false), null).id();
        walk.upload(secretariat, association, id, DocumentKind.PROJECT_PROPOSAL);
        standards.submitProjectProposal(secretariat, association, id);
        return id;
    }

    private List<AuditEvent> history(StandardId standard) {
        return audit.history(secretariat, association, StandardService.SUBJECT, standard.value(), PageRequest.first(50))
                .items();
    }

    private List<AuditEvent> history(Meeting meeting) {
        return audit.history(secretariat, association, MeetingService.SUBJECT, meeting.id().value(),
                PageRequest.first(50)).items();
    }

    private LocalDate today() {
        return standards.today();
    }
}
