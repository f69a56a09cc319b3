package cn.tuanbiao.console.alliance.service;

import cn.tuanbiao.console.alliance.domain.AwardNomination;
import cn.tuanbiao.console.alliance.domain.AwardRound;
import cn.tuanbiao.console.alliance.domain.Expert;
import cn.tuanbiao.console.alliance.domain.Participant;
import cn.tuanbiao.console.alliance.domain.Registration;
import cn.tuanbiao.console.alliance.domain.Training;
import cn.tuanbiao.console.alliance.domain.MemberPeriod;
import cn.tuanbiao.console.alliance.domain.MemberStandard;
import cn.tuanbiao.console.alliance.domain.RosterRow;
import cn.tuanbiao.console.supervision.domain.ReportTable;
import cn.tuanbiao.console.supervision.service.SupervisionExports;
import cn.tuanbiao.shared.i18n.Messages;
import cn.tuanbiao.statistics.domain.MemberIndicators;
import cn.tuanbiao.statistics.domain.OrganizationIndicators;
import jakarta.inject.Singleton;

import java.io.OutputStream;
import java.time.ZoneId;
import java.util.List;

/**
 * The alliance secretariat's tables as Excel workbooks (SUP-1: every table exports), written by
 * the console's one Excel writer ({@link SupervisionExports#writeExcel}: streamed, title row, frozen
 * Chinese headers — official records read the same whatever language the screen uses).
 */
@Singleton
public class AllianceExports {

    public static final String EXCEL = SupervisionExports.EXCEL;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm").withZone(CHINA);

    private final SupervisionExports excel;
    private final Messages messages;

    public AllianceExports(SupervisionExports excel, Messages messages) {
        this.excel = excel;
        this.messages = messages;
    }

    public ReportTable rosterTable(String allianceName, List<RosterRow> rows) {
        return new ReportTable(allianceName + "成员团体及指标", List.of("团体名称", "社会团体代号", "团体类型", "加入日期",
                "现行标准", "废止", "被代替", "在研标准", "征求意见期（满30日）", "征求意见期（总数）", "按规则表决", "自我声明已确认",
                "自我声明公开率", "复审逾期", "未结申诉投诉", "良好行为星级", "自律公约", "参加培训（次）"),
                rows.stream().map(this::rosterRow).toList());
    }

    public ReportTable historyTable(String allianceName, List<MemberPeriod> periods) {
        return new ReportTable(allianceName + "成员加入退出记录", List.of("团体名称", "社会团体代号", "加入日期", "退出日期", "状态",
                "退出原因"),
                periods.stream().map(p -> List.<Object>of(p.nameZh(), p.code(), text(p.joinedOn()), text(p.leftOn()),
                        p.current() ? "在册" : "已退出", text(p.leftReason()))).toList());
    }

    /** Everyone who takes or took part in the alliance's committees and working groups. */
    public ReportTable participantsTable(String allianceName, List<Participant> participants) {
        return new ReportTable(allianceName + "专业委员会和工作组组成人员", List.of("机构名称", "机构类型", "姓名", "所属成员团体", "职务",
                "担任", "加入日期", "退出日期"),
                participants.stream().map(p -> List.<Object>of(p.bodyName(), chinese("alliance.body.kind." + p.bodyKind()),
                        p.personName(), p.memberName(), text(p.position()), chinese("alliance.body.role." + p.role()),
                        text(p.joinedOn()), text(p.leftOn()))).toList());
    }

    public ReportTable roundsTable(String allianceName, List<AwardRound> rounds) {
        return new ReportTable(allianceName + "标准化奖项推荐批次", List.of("名称", "年度", "截止日期", "推荐数", "开启人", "说明"),
                rounds.stream().map(r -> List.<Object>of(r.name(), r.year(), text(r.closesOn()), r.nominations(),
                        r.openedByName(), text(r.description()))).toList());
    }

    public ReportTable nominationsTable(String allianceName, List<AwardNomination> nominations) {
        return new ReportTable(allianceName + "标准化奖项推荐", List.of("推荐批次", "成员团体", "标准编号", "标准名称", "推荐理由",
                "推荐人", "推荐日期", "结果", "奖励等级", "结果说明"),
                nominations.stream().map(n -> List.<Object>of(n.roundName(), n.memberName(), n.standardNumber(),
                        n.standardTitle(), text(n.reason()), n.nominatedByName(), date(n.nominatedAt()),
                        n.outcome() == null ? "待定" : chinese("alliance.award.outcome." + n.outcome()),
                        text(n.awardLevel()), text(n.outcomeNote()))).toList());
    }

    public ReportTable trainingsTable(String allianceName, List<Training> trainings) {
        return new ReportTable(allianceName + "培训活动", List.of("培训名称", "日期", "方式", "地点", "名额", "已报名", "已出席"),
                trainings.stream().map(t -> List.<Object>of(t.title(), text(t.heldOn()), t.online() ? "线上" : "线下",
                        text(t.place()), t.capacity(), t.registered(), t.attended())).toList());
    }

    public ReportTable registrationsTable(String allianceName, List<Registration> registrations) {
        return new ReportTable(allianceName + "培训报名及出席", List.of("培训名称", "培训日期", "姓名", "所属成员团体", "报名时间", "出席"),
                registrations.stream().map(r -> List.<Object>of(r.trainingTitle(), text(r.heldOn()), r.personName(),
                        r.memberName(), AllianceExports.TIME.format(r.registeredAt()), attendance(r.attended()))).toList());
    }

    public ReportTable expertsTable(String allianceName, List<Expert> experts) {
        return new ReportTable(allianceName + "共享专家库", List.of("姓名", "专业领域", "职称", "所属成员团体", "状态", "推荐人",
                "推荐日期", "受邀评审次数"),
                experts.stream().map(e -> List.<Object>of(e.name(), e.field(), text(e.title()), e.memberName(),
                        messages.get(Messages.CHINESE, "alliance.expert.status." + e.status().name()), e.nominatedByName(),
                        e.nominatedAt().atZone(CHINA).toLocalDate().toString(), e.invitations())).toList());
    }

    public ReportTable standardsTable(String memberName, List<MemberStandard> standards) {
        return new ReportTable(memberName + "已发布团体标准", List.of("标准编号", "标准名称", "状态", "发布日期", "实施日期"),
                standards.stream().map(s -> List.<Object>of(s.number(), s.titleZh(), s.status(), text(s.publishedOn()),
                        text(s.inForceFrom()))).toList());
    }

    public void writeExcel(List<ReportTable> tables, OutputStream out) {
        excel.writeExcel(tables, out);
    }

    private List<Object> rosterRow(RosterRow row) {
        MemberIndicators m = row.indicators();
        OrganizationIndicators o = m.organization();
        return List.of(o.nameZh(), o.code(), messages.get(Messages.CHINESE, "kind." + o.kind().name()),
                text(row.joinedOn()), o.standards().published(), o.standards().withdrawn(), o.standards().replaced(),
                o.inProgress().orElse(0), m.commentPeriodsHonoured(), m.commentPeriods(), m.votesByRule(),
                m.declarationsConfirmed(), m.declarationRate().isPresent() ? m.declarationRate().getAsInt() + "%" : "—",
                m.overdueReviews(), m.casesOpen(), stars(m), convention(row), row.trainingsAttended());
    }

    /** 良好行为星级 as shown: ★★☆ (2025), 未评价 without a submitted self-evaluation. */
    public static String stars(MemberIndicators m) {
        if (m.practiceStars().isEmpty()) {
            return "未评价";
        }
        int stars = m.practiceStars().getAsInt();
        return "★".repeat(stars) + "☆".repeat(3 - stars) + "（" + m.practiceYear().orElse(0) + "）";
    }

    /** The convention version accepted: 第 2 版, or 未签署. */
    public static String convention(RosterRow row) {
        return row.conventionAccepted().isPresent() ? "第 " + row.conventionAccepted().getAsInt() + " 版" : "未签署";
    }

    /** 出席 / 缺席 / 未记录. */
    public static String attendance(Boolean attended) {
        return attended == null ? "未记录" : attended ? "出席" : "缺席";
    }

    private String chinese(String key) {
        return messages.get(Messages.CHINESE, key);
    }

    private static String date(java.time.Instant at) {
        return at.atZone(CHINA).toLocalDate().toString();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
