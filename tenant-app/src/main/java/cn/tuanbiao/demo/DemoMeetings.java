package cn.tuanbiao.demo;

import cn.tuanbiao.bodies.domain.Body;
import cn.tuanbiao.documents.service.CheckedFile;
import cn.tuanbiao.documents.service.FileCheck;
import cn.tuanbiao.meetings.domain.AgendaItemDraft;
import cn.tuanbiao.meetings.domain.Attendance;
import cn.tuanbiao.meetings.domain.AttendanceEntry;
import cn.tuanbiao.meetings.domain.DecisionDraft;
import cn.tuanbiao.meetings.domain.Guest;
import cn.tuanbiao.meetings.domain.Invitee;
import cn.tuanbiao.meetings.domain.Meeting;
import cn.tuanbiao.meetings.domain.MeetingFormat;
import cn.tuanbiao.meetings.domain.MeetingKind;
import cn.tuanbiao.meetings.domain.MeetingNotice;
import cn.tuanbiao.meetings.service.MeetingService;
import cn.tuanbiao.shared.service.PlatformClock;
import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.standards.service.StandardService;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The demo association's meetings (PART-3): a council meeting held early in the demo's history,
 * with a quorum, its minutes and a numbered decision; and a working group meeting next week.
 */
@Singleton
@Requires(property = "tuanbiao.demo.enabled", value = "true")
class DemoMeetings {

    private final MeetingService meetings;
    private final FileCheck fileCheck;
    private final PlatformClock clock;

    DemoMeetings(MeetingService meetings, FileCheck fileCheck, PlatformClock clock) {
        this.meetings = meetings;
        this.fileCheck = fileCheck;
        this.clock = clock;
    }

    /** Runs inside the demo's replayed history ({@link DemoData#HISTORY} ago), as its last step. */
    void load(TenantId association, PersonId secretariat, Body council, Body workingGroup, StandardId inComment) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), StandardService.CHINA);
        Instant councilStarts = today.plusDays(3).atTime(LocalTime.of(9, 30)).atZone(StandardService.CHINA).toInstant();
        Meeting councilMeeting = meetings.convene(secretariat, association, new MeetingNotice(council.id(),
                MeetingKind.COUNCIL, council.nameZh() + today.getYear() + "年第二次会议", MeetingFormat.IN_PERSON,
                "杭州市西湖区文三路90号 协会三楼会议室", null, councilStarts, null, List.of(
                new AgendaItemDraft("审议秘书处工作报告", null),
                new AgendaItemDraft("审议年度团体标准立项计划", null),
                new AgendaItemDraft("审议会费管理办法（修订）", null)), List.of(new Guest("陈立新（特邀专家）", null))));
        // Next week as the demo is used: the history runs DemoData.HISTORY behind.
        Instant groupStarts = LocalDate.ofInstant(clock.instant().plus(DemoData.HISTORY), StandardService.CHINA)
                .plusDays(7).atTime(LocalTime.of(14, 0)).atZone(StandardService.CHINA).toInstant();
        // A week later in the history: the council meeting has been held; the working group's is convened.
        clock.replay(DemoData.HISTORY.minusDays(7), () -> {
            List<AttendanceEntry> attendance = meetings.get(secretariat, association, councilMeeting.id()).invitees()
                    .stream().map(i -> new AttendanceEntry(i.id(), attendanceOf(i), null)).toList();
            meetings.recordAttendance(secretariat, association, councilMeeting.id(), attendance);
            byte[] pdf = DemoPdf.render(councilMeeting.title() + "纪要",
                    "会议由理事长李明主持，应到理事3人，实到2人，副理事长王芳请假，符合章程规定的法定人数。",
                    "一、会议审议通过了秘书处工作报告。", "二、会议审议通过了年度团体标准立项计划，同意立项4项。",
                    "三、会议审议通过了会费管理办法（修订）。");
            try (CheckedFile file = fileCheck.check(councilMeeting.title() + "纪要.pdf", new ByteArrayInputStream(pdf))) {
                meetings.attachMinutes(secretariat, association, councilMeeting.id(), file);
            }
            meetings.recordDecision(secretariat, association, councilMeeting.id(), new DecisionDraft(
                    "审议通过年度团体标准立项计划，同意《工业机器人 安全操作规范》等4项标准列入计划", null, null));
            meetings.convene(secretariat, association, new MeetingNotice(workingGroup.id(), MeetingKind.WORKING_GROUP,
                    workingGroup.nameZh() + "工作会议", MeetingFormat.VIDEO, null, "https://meeting.tencent.com/dm/zjzz2026",
                    groupStarts, null, List.of(
                    new AgendaItemDraft("通报征求意见情况", inComment),
                    new AgendaItemDraft("讨论意见处理原则和分工", inComment),
                    new AgendaItemDraft("确定送审稿完成时间", null)), List.of(new Guest("王强（起草人）", null))));
        });
    }

    /** The chair and the secretary-general attend, the vice-chair sends apologies; guests attend. */
    private static Attendance attendanceOf(Invitee invitee) {
        return "王芳".equals(invitee.name()) ? Attendance.EXCUSED : Attendance.PRESENT;
    }
}
