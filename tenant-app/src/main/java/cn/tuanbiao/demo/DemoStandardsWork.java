package cn.tuanbiao.demo;

import cn.tuanbiao.declarations.domain.Comparison;
import cn.tuanbiao.declarations.domain.DeclarationForm;
import cn.tuanbiao.declarations.domain.DeclaredLevel;
import cn.tuanbiao.declarations.service.SelfDeclarations;
import cn.tuanbiao.bodies.domain.Body;
import cn.tuanbiao.bodies.domain.BodyCharter;
import cn.tuanbiao.bodies.domain.BodyType;
import cn.tuanbiao.bodies.domain.SeatAppointment;
import cn.tuanbiao.bodies.domain.SeatRole;
import cn.tuanbiao.bodies.service.BodyService;
import cn.tuanbiao.comments.domain.CommentDraft;
import cn.tuanbiao.comments.domain.CommentType;
import cn.tuanbiao.comments.domain.Disposition;
import cn.tuanbiao.comments.domain.DraftComment;
import cn.tuanbiao.comments.service.CommentService;
import cn.tuanbiao.documents.domain.DocumentKind;
import cn.tuanbiao.documents.service.CheckedFile;
import cn.tuanbiao.documents.service.FileCheck;
import cn.tuanbiao.implementation.domain.ConversionLevel;
import cn.tuanbiao.implementation.domain.ImplementationRecordKind;
import cn.tuanbiao.implementation.domain.RecordDraft;
import cn.tuanbiao.implementation.service.ImplementationRecords;
import cn.tuanbiao.members.domain.MemberApplication;
import cn.tuanbiao.members.domain.MemberKind;
import cn.tuanbiao.members.domain.RegisteredMember;
import cn.tuanbiao.members.domain.StakeholderCategory;
import cn.tuanbiao.members.domain.UnitType;
import cn.tuanbiao.members.service.MemberRegister;
import cn.tuanbiao.patents.domain.DeclarationDraft;
import cn.tuanbiao.patents.domain.PatentLicensing;
import cn.tuanbiao.patents.service.PatentRegister;
import cn.tuanbiao.standards.domain.CommentPeriod;
import cn.tuanbiao.standards.domain.Drafting;
import cn.tuanbiao.standards.domain.EarlierPublication;
import cn.tuanbiao.standards.domain.Proposal;
import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.standards.service.StandardDocuments;
import cn.tuanbiao.standards.service.StandardService;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The demo association's standards work, entered through the same services a secretariat uses:
 * its member register and bodies (ORG-3, ORG-4), the standards it published before coming to
 * the platform (two of them overdue for periodic review, LC-6), a project just proposed and one in its
 * public comment period with its stage documents.
 */
@Singleton
@Requires(property = "tuanbiao.demo.enabled", value = "true")
class DemoStandardsWork {

    private final MemberRegister register;
    private final BodyService bodies;
    private final StandardService standards;
    private final StandardDocuments documents;
    private final FileCheck fileCheck;
    private final ImplementationRecords implementation;
    private final DemoGovernance governance;
    private final PatentRegister patents;
    private final CommentService comments;
    private final DemoMeetings meetings;
    private final SelfDeclarations declarations;

    DemoStandardsWork(MemberRegister register, BodyService bodies, StandardService standards,
                      StandardDocuments documents, FileCheck fileCheck, ImplementationRecords implementation,
                      DemoGovernance governance, PatentRegister patents, CommentService comments,
                      DemoMeetings meetings, SelfDeclarations declarations) {
        this.declarations = declarations;
        this.patents = patents;
        this.comments = comments;
        this.meetings = meetings;
        this.implementation = implementation;
        this.governance = governance;
        this.register = register;
        this.bodies = bodies;
        this.standards = standards;
        this.documents = documents;
        this.fileCheck = fileCheck;
    }

    void load(TenantId association, PersonId secretariat, PersonId member) {
        LocalDate today = standards.today();
        LocalDate joined = today.minusYears(3).withDayOfYear(60);
        RegisteredMember hikrobot = unit(association, secretariat, "杭州海康机器人股份有限公司", "91330108MA27XF6T3H",
                UnitType.ENTERPRISE, StakeholderCategory.PRODUCTION, false, joined);
        RegisteredMember siemens = unit(association, secretariat, "西门子（中国）有限公司杭州分公司", null,
                UnitType.ENTERPRISE, StakeholderCategory.PRODUCTION, true, joined);
        RegisteredMember geely = unit(association, secretariat, "浙江吉利汽车有限公司", null,
                UnitType.ENTERPRISE, StakeholderCategory.CONSUMPTION, false, joined);
        RegisteredMember zju = unit(association, secretariat, "浙江大学机械工程学院", null,
                UnitType.UNIVERSITY, StakeholderCategory.EDUCATION_RESEARCH, false, joined);
        RegisteredMember testing = unit(association, secretariat, "浙江省机电产品质量检测所有限公司", null,
                UnitType.TESTING_CERTIFICATION, StakeholderCategory.TESTING_CERTIFICATION, false, joined);
        RegisteredMember expert = register.register(secretariat, association, new MemberApplication(MemberKind.EXPERT,
                "陈立新", null, null, StakeholderCategory.EDUCATION_RESEARCH, false, "浙江工业大学", "工业机器人、智能制造系统",
                null, "13900001111", joined));

        LocalDate termStarts = today.minusYears(1).withDayOfYear(1);
        LocalDate termEnds = termStarts.plusYears(4);
        Body council = bodies.establish(secretariat, association, new BodyCharter(BodyType.COUNCIL, "第三届理事会",
                "The Third Council", "审议团体标准发展规划和管理制度，批准发布团体标准。", termStarts));
        seat(association, secretariat, council, "李明", hikrobot, SeatRole.CHAIR, true, termStarts, termEnds);
        seat(association, secretariat, council, "王芳", geely, SeatRole.VICE_CHAIR, true, termStarts, termEnds);
        seat(association, secretariat, council, "张伟", null, SeatRole.SECRETARY_GENERAL, true, termStarts, termEnds);
        bodies.establish(secretariat, association, new BodyCharter(BodyType.SECRETARIAT, "秘书处", "Secretariat",
                "负责团体标准立项、组织审查、知识产权管理、争议处理和日常联络。", termStarts));
        Body group = bodies.establish(secretariat, association, new BodyCharter(BodyType.WORKING_GROUP,
                "工业机器人标准工作组", "Industrial Robots Working Group",
                "负责工业机器人领域团体标准的起草、宣贯和实施反馈，编制年度工作计划。", termStarts));
        seat(association, secretariat, group, "周建平", hikrobot, SeatRole.CHAIR, true, termStarts, termEnds);
        seat(association, secretariat, group, "Thomas Müller", siemens, SeatRole.MEMBER, true, termStarts, termEnds);
        seat(association, secretariat, group, "刘洁", zju, SeatRole.MEMBER, true, termStarts, termEnds);
        seat(association, secretariat, group, "孙浩", testing, SeatRole.MEMBER, true, termStarts, termEnds);
        seat(association, secretariat, group, "陈立新", expert, SeatRole.EXPERT, true, termStarts, termEnds);
        seat(association, secretariat, group, "赵倩", geely, SeatRole.OBSERVER, false, termStarts, termEnds);
        governance.load(association, secretariat, council, group, today);

        StandardId servo = earlier(association, secretariat, 1, today.minusYears(7).withDayOfYear(130),
                "工业机器人用伺服电机 技术条件", "本文件规定了工业机器人用交流伺服电机的技术要求、试验方法和检验规则。");
        // Its self-declaration is confirmed (PUB-1): it goes to the national registry; the others wait for theirs.
        declarations.confirm(secretariat, association, servo, new DeclarationForm(DeclaredLevel.DOMESTIC_LEADING,
                List.of("额定转矩波动系数不大于 3%", "位置控制精度 ±0.01°"), List.of("过载、过热、编码器故障保护"),
                List.of(new Comparison("GB/T 30549-2014", "温升限值", "≤ 60 K", "≤ 75 K"))), true, true);
        earlier(association, secretariat, 2, today.minusYears(5).minusDays(20), "智能制造 数字化车间 数据采集规范",
                "本文件规定了离散制造数字化车间设备数据采集的对象、内容、接口和质量要求。");
        earlier(association, secretariat, 3, today.minusYears(4).minusDays(300), "协作机器人 安全评估方法",
                "本文件规定了协作机器人在人机协作场景下的风险评估流程和安全评估方法。");
        LocalDate fourthPublished = today.minusYears(2).minusDays(40);
        StandardId access = earlier(association, secretariat, 4, fourthPublished, "工业互联网平台 设备接入 通用要求",
                "本文件规定了工业互联网平台设备接入的协议适配、数据模型和安全要求。");
        inUse(association, secretariat, access, fourthPublished);

        standards.propose(secretariat, association, new Proposal("工业机器人 安全操作规范", "Industrial robots—Safe operation",
                "本文件规定了工业机器人在安装、调试、运行和维护阶段的安全操作要求。", true, false), null);
        StandardId interconnection = standards.propose(secretariat, association, new Proposal("智能工厂 设备互联互通 通用要求",
                null, "本文件规定了智能工厂中生产设备与信息系统互联互通的通用要求。", false, false), null).id();
        toPublicComment(association, secretariat, interconnection, "智能工厂 设备互联互通 通用要求");
        StandardId digitalTwin = standards.propose(secretariat, association, new Proposal("智能制造 数字孪生 通用要求",
                null, "本文件规定了离散制造场景下数字孪生系统的架构、数据和接口通用要求。", false, false), null).id();
        toPublicComment(association, secretariat, digitalTwin, "智能制造 数字孪生 通用要求");
        commentsOnTheDigitalTwinDraft(association, secretariat, member, digitalTwin);
        patents.declare(secretariat, association, digitalTwin, new DeclarationDraft("ZL202210456789.1",
                "一种基于数字孪生的产线状态同步方法", "杭州海康机器人股份有限公司", PatentLicensing.FRAND, "周建平",
                "zhoujp@hikrobot.example"));
        patents.declare(secretariat, association, interconnection, new DeclarationDraft("ZL202010987654.3",
                "一种工业设备协议自适应转换装置", "某外部科技公司", PatentLicensing.REFUSE, "陈立新", null));
        // Last: holding the council meeting moves the history on by a week.
        meetings.load(association, secretariat, council, group, interconnection);
    }

    /** A draft that went out for public comment recently: its period is still running (PART-1, PUB-3). */
    void loadRecent(TenantId association, PersonId secretariat, PersonId member) {
        StandardId energy = standards.propose(secretariat, association, new Proposal("数字化车间 能效监测 通用要求", null,
                "本文件规定了离散制造数字化车间能耗数据采集、能效指标计算和监测系统的通用要求。", false, false), null).id();
        toPublicComment(association, secretariat, energy, "数字化车间 能效监测 通用要求");
        comments.comment(member, association, energy, new CommentDraft("5.1", CommentType.TECHNICAL,
                "能耗数据采集周期仅规定了电能，未规定压缩空气和蒸汽。", "增加压缩空气、蒸汽的采集周期要求（不大于15 min）。",
                "浙江吉利汽车有限公司"));
    }

    /**
     * Three members' comments on the digital-twin draft (PART-1), two already answered by the working
     * group: the third is left for whoever tries the demo, since the draft goes to review only when
     * every comment has its disposition.
     */
    private void commentsOnTheDigitalTwinDraft(TenantId association, PersonId secretariat, PersonId member,
                                               StandardId draft) {
        DraftComment latency = comments.comment(member, association, draft, new CommentDraft("5.2", CommentType.TECHNICAL,
                "孪生模型与物理产线的数据同步时延要求“不大于1 s”过于笼统，未区分控制类和监视类数据。",
                "分为控制类数据不大于100 ms、监视类数据不大于1 s两档。", "杭州海康机器人股份有限公司"));
        DraftComment term = comments.comment(member, association, draft, new CommentDraft("3.4", CommentType.EDITORIAL,
                "“数字孪生体”的定义与 GB/T 43441.1 不一致。", "直接引用 GB/T 43441.1 中的定义。", "浙江大学机械工程学院"));
        comments.comment(member, association, draft, new CommentDraft("6.1", CommentType.TECHNICAL,
                "接口要求只列出 OPC UA，未考虑现场大量存在的 Modbus TCP 设备。", "增加通过网关接入 Modbus TCP 设备的要求。",
                "浙江省机电产品质量检测所有限公司"));
        comments.dispose(secretariat, association, latency.id(), Disposition.PARTIALLY_ACCEPTED,
                "采纳分档要求；控制类数据时延改为不大于200 ms，以适应现有现场总线设备。");
        comments.dispose(secretariat, association, term.id(), Disposition.ACCEPTED, "已改为引用 GB/T 43441.1 的定义。");
    }

    /** Takes a proposal to its public comment period, with each stage's documents, as a secretariat would. */
    private void toPublicComment(TenantId association, PersonId secretariat, StandardId id, String title) {
        attach(association, secretariat, id, DocumentKind.PROJECT_PROPOSAL, title + " 项目建议书",
                "一、制定标准的目的和意义：规范智能工厂设备与信息系统之间的数据交换。",
                "二、范围和主要技术内容：接口协议、数据模型、信息安全要求。");
        standards.submitProjectProposal(secretariat, association, id);
        standards.approveProject(secretariat, association, id, "秘书长办公会同意立项（2025年第5次）");
        attach(association, secretariat, id, DocumentKind.PROJECT_PLAN, title + " 项目计划书",
                "起草单位：杭州海康机器人股份有限公司、浙江大学机械工程学院。", "计划周期：12个月。");
        standards.announcePlan(secretariat, association, id, false);
        standards.startDrafting(secretariat, association, id, new Drafting("工业机器人标准工作组",
                "杭州海康机器人股份有限公司、浙江大学机械工程学院", Set.of(secretariat)));
        attach(association, secretariat, id, DocumentKind.DRAFT_FOR_COMMENT, title + "（征求意见稿）",
                "1 范围　本文件规定了智能工厂中生产设备与信息系统互联互通的通用要求。",
                "2 规范性引用文件　GB/T 33863 OPC统一架构。");
        attach(association, secretariat, id, DocumentKind.EXPLANATORY_NOTES, title + " 编制说明",
                "一、工作简况　二、标准编制原则和主要内容　三、主要试验验证情况　四、与有关法律法规和强制性标准的关系。");
        standards.submitDraftForComment(secretariat, association, id);
        LocalDate today = standards.today();
        standards.openCommentPeriod(secretariat, association, id, new CommentPeriod(today, today.plusDays(30),
                CommentPeriod.Audience.PUBLIC));
    }

    private void attach(TenantId association, PersonId secretariat, StandardId id, DocumentKind kind, String title,
                        String... paragraphs) {
        byte[] pdf = DemoPdf.render(title, paragraphs);
        try (CheckedFile file = fileCheck.check(title + ".pdf", new ByteArrayInputStream(pdf))) {
            documents.attach(secretariat, association, id, kind, null, file);
        }
    }

    private RegisteredMember unit(TenantId association, PersonId secretariat, String name, String creditCode, UnitType type,
                                  StakeholderCategory stakeholder, boolean foreignInvested, LocalDate joined) {
        return register.register(secretariat, association, new MemberApplication(MemberKind.UNIT, name, type, creditCode,
                stakeholder, foreignInvested, null, null, "联络员", "0571-88880000", joined));
    }

    private void seat(TenantId association, PersonId secretariat, Body body, String holder, RegisteredMember member,
                      SeatRole role, boolean votingRight, LocalDate from, LocalDate until) {
        bodies.appoint(secretariat, association, body.id(), new SeatAppointment(holder, member == null ? null : member.id(),
                null, role, votingRight, from, until));
    }

    private StandardId earlier(TenantId association, PersonId secretariat, int sequence, LocalDate publishedOn,
                               String title, String scope) {
        return standards.registerEarlierPublication(secretariat, association, new EarlierPublication(title, null, scope, sequence,
                null, publishedOn, publishedOn.plusMonths(1), "浙江省智能制造产业协会工业机器人标准工作组")).id();
    }

    /** A standard in use: dissemination, training, feedback, an adoption and a pending conversion request (LC-8). */
    private void inUse(TenantId association, PersonId secretariat, StandardId standard, LocalDate publishedOn) {
        implementation.record(secretariat, association, standard, new RecordDraft(ImplementationRecordKind.DISSEMINATION_EVENT,
                publishedOn.plusMonths(2), "标准宣贯会（杭州）", "浙江省智能制造产业协会", 160, "解读标准主要技术内容", null));
        implementation.record(secretariat, association, standard, new RecordDraft(ImplementationRecordKind.TRAINING,
                publishedOn.plusMonths(5), "设备接入工程师培训班", "浙江省标准化研究院", 48, null, null));
        implementation.record(secretariat, association, standard, new RecordDraft(
                ImplementationRecordKind.IMPLEMENTATION_FEEDBACK, publishedOn.plusMonths(9), "第6章数据模型缺少能耗字段",
                "浙江吉利汽车有限公司", null, "建议在下一次修订时补充设备能耗相关数据项。", null));
        implementation.record(secretariat, association, standard, new RecordDraft(ImplementationRecordKind.ADOPTION,
                publishedOn.plusMonths(10), "企业标准信息公共服务平台自我声明采用", "杭州海康机器人股份有限公司", null, null, null));
        implementation.record(secretariat, association, standard, new RecordDraft(
                ImplementationRecordKind.CONVERSION_REQUEST, publishedOn.plusMonths(14), "申请转化为浙江省地方标准",
                "浙江省市场监督管理局", null, null, ConversionLevel.LOCAL));
    }
}
