package cn.tuanbiao.demo;

import cn.tuanbiao.shared.service.PlatformClock;
import cn.tuanbiao.organizations.domain.Organization;
import cn.tuanbiao.organizations.domain.OrganizationProfile;
import cn.tuanbiao.organizations.service.OrganizationOnboarding;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.users.domain.IssuedInvitation;
import cn.tuanbiao.users.domain.OrganizationRole;
import cn.tuanbiao.users.service.InvitationService;
import cn.tuanbiao.users.service.PlatformOperators;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.tuanbiao.users.domain.OrganizationRole.ADMINISTRATOR;
import static cn.tuanbiao.users.domain.OrganizationRole.COUNCIL_MEMBER;
import static cn.tuanbiao.users.domain.OrganizationRole.INSPECTOR;
import static cn.tuanbiao.users.domain.OrganizationRole.MEMBER_REPRESENTATIVE;
import static cn.tuanbiao.users.domain.OrganizationRole.SECRETARIAT;
import static cn.tuanbiao.users.domain.OrganizationRole.WORKING_GROUP_MEMBER;

/**
 * Demo organizations and sign-ins (listed in the README), loaded through the same services a
 * person would use: the operator onboards each organization, and everyone joins by accepting
 * an invitation. Runs once: when the operator's account exists, it does nothing.
 */
@Singleton
@Requires(property = "tuanbiao.demo.enabled", value = "true")
class DemoData {

    static final String PASSWORD = "Tuanbiao@2025";
    static final String OPERATOR = "operator@tuanbiao.cn";
    /** How long ago the demo's history starts. */
    static final Duration HISTORY = Duration.ofDays(45);
    /** How long ago the demo's draft now open for public comment went out. */
    static final Duration RECENT = Duration.ofDays(10);
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final PlatformOperators operators;
    private final OrganizationOnboarding onboarding;
    private final InvitationService invitations;
    private final DemoStandardsWork standardsWork;
    private final DemoAppeals appeals;
    private final DemoInnovation innovation;
    private final DemoGoodPractice goodPractice;
    private final DemoChamber chamber;
    private final DemoViolations violations;
    private final Map<String, TenantId> organizationsByCode = new HashMap<>();
    private final Map<String, PersonId> invitationsAccepted = new HashMap<>();
    private final PlatformClock clock;
    private final ApplicationEventPublisher<DemoLoaded> loaded;
    private TenantId zjzz;

    DemoData(PlatformOperators operators, OrganizationOnboarding onboarding, InvitationService invitations,
             DemoStandardsWork standardsWork, DemoAppeals appeals, DemoInnovation innovation,
             DemoGoodPractice goodPractice, DemoChamber chamber, DemoViolations violations,
             PlatformClock clock, ApplicationEventPublisher<DemoLoaded> loaded) {
        this.goodPractice = goodPractice;
        this.chamber = chamber;
        this.violations = violations;
        this.loaded = loaded;
        this.clock = clock;
        this.innovation = innovation;
        this.appeals = appeals;
        this.operators = operators;
        this.onboarding = onboarding;
        this.invitations = invitations;
        this.standardsWork = standardsWork;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        load();
    }

    synchronized void load() {
        if (onboarding.isOnboarded("ZJZZ")) {
            return;
        }
        LOG.info("Loading demo data");
        // The demo's history happened over the last weeks: a comment period opened then has run its
        // 30 days, so that a secretariat trying the demo can close it and carry the project on.
        clock.replay(HISTORY, this::loadHistory);
        // ... and one draft went out for public comment ten days ago, so the public catalogue has a
        // draft anyone can comment on now.
        clock.replay(RECENT, () -> standardsWork.loadRecent(zjzz, invitationsAccepted.get("zhangwei@zjzz.org.cn"),
                invitationsAccepted.get("wangqiang@zjzz.org.cn")));
        // The innovation base's centres (SUP-5) replay their own, longer history: approvals months ago.
        innovation.load(organizationsByCode.get("CXJD"), invitationsAccepted.get("zhouting@cxjd.org.cn"),
                organizationsByCode.get("NBXCL"), invitationsAccepted.get("wugang@nbxcl.org.cn"),
                organizationsByCode.get("SZZZ"), invitationsAccepted.get("zhengli@szzz.org.cn"));
        // ... and what the admin console adds through its own services: the alliance secretariat's
        // convention, expert pool, bodies, awards and trainings (SUP-1), the excellence pool (SUP-4)
        loaded.publishEvent(new DemoLoaded(organizationsByCode, invitationsAccepted));
        LOG.info("Demo data loaded: {} organizations; every demo sign-in uses the password {}", organizations().size(),
                PASSWORD);
    }

    private void loadHistory() {
        PersonId operator = operators.ensureOperator(OPERATOR, "平台运营", PASSWORD);
        Map<String, TenantId> byCode = new HashMap<>();
        for (OrganizationProfile profile : organizations()) {
            Organization created = onboarding.onboard(operator, profile);
            byCode.put(profile.code(), created.id());
        }
        LocalDate joined = LocalDate.of(2024, 3, 1);
        for (String member : List.of("ZJZZ", "JSXCL", "WZFZ", "SHSPA")) {
            onboarding.link(operator, byCode.get("CSJTB"), byCode.get(member), "ALLIANCE_MEMBER", joined);
        }
        // HFXNY is linked but has no file yet: the base registers its application (SUP-5)
        for (String centre : List.of("NBXCL", "SZZZ", "HFXNY")) {
            onboarding.link(operator, byCode.get("CXJD"), byCode.get(centre), "INNOVATION_CENTRE", joined);
        }
        // 张伟 is the association's secretary-general, with a seat on its council.
        join(operator, byCode, "ZJZZ", "zhangwei@zjzz.org.cn", "张伟", ADMINISTRATOR, SECRETARIAT, COUNCIL_MEMBER);
        join(operator, byCode, "CSJTB", "zhangwei@zjzz.org.cn", "张伟", MEMBER_REPRESENTATIVE, COUNCIL_MEMBER);
        join(operator, byCode, "ZJZZ", "lina@zjzz.org.cn", "李娜", SECRETARIAT);
        join(operator, byCode, "ZJZZ", "wangqiang@zjzz.org.cn", "王强", WORKING_GROUP_MEMBER, MEMBER_REPRESENTATIVE);
        join(operator, byCode, "JSXCL", "chenjing@jsxcl.org.cn", "陈静", ADMINISTRATOR, SECRETARIAT);
        join(operator, byCode, "WZFZ", "liuyang@wzfz.org.cn", "刘洋", ADMINISTRATOR, SECRETARIAT, COUNCIL_MEMBER);
        join(operator, byCode, "CSJTB", "zhaomin@csjtb.org.cn", "赵敏", ADMINISTRATOR, SECRETARIAT);
        join(operator, byCode, "SHSPA", "sunlei@shspa.org.cn", "孙磊", ADMINISTRATOR, SECRETARIAT);
        join(operator, byCode, "CXJD", "zhouting@cxjd.org.cn", "周婷", ADMINISTRATOR, SECRETARIAT);
        join(operator, byCode, "NBXCL", "wugang@nbxcl.org.cn", "吴刚", ADMINISTRATOR);
        join(operator, byCode, "SZZZ", "zhengli@szzz.org.cn", "郑丽", ADMINISTRATOR);
        join(operator, byCode, "HFXNY", "qianhui@hfxny.org.cn", "钱慧", ADMINISTRATOR);
        join(operator, byCode, "ZJSJ", "huanghai@zjamr.gov.cn", "黄海", ADMINISTRATOR, INSPECTOR);
        join(operator, byCode, "ZJSJ", "hefang@zjamr.gov.cn", "何芳", INSPECTOR);
        organizationsByCode.putAll(byCode);
        PersonId zhangwei = invitationsAccepted.get("zhangwei@zjzz.org.cn");
        zjzz = byCode.get("ZJZZ");
        standardsWork.load(zjzz, zhangwei, invitationsAccepted.get("wangqiang@zjzz.org.cn"));
        appeals.load(zjzz, zhangwei, invitationsAccepted.get("wangqiang@zjzz.org.cn"), byCode.get("ZJSJ"));
        // SUP-2, PUB-4: ZJSJ decides and publishes a violation from the escalated complaint; WZFZ lets a dispute run late
        violations.load(byCode.get("ZJSJ"), invitationsAccepted.get("huanghai@zjamr.gov.cn"), byCode.get("WZFZ"),
                invitationsAccepted.get("liuyang@wzfz.org.cn"));
        // PUB-2: the operator's indicator catalogue, and ZJZZ's draft self-evaluation of last year
        goodPractice.loadCatalogue(operator);
        goodPractice.loadDraft(zjzz, zhangwei);
        // SUP-3: the chamber WZFZ declares its fee rules
        chamber.load(byCode.get("WZFZ"), invitationsAccepted.get("liuyang@wzfz.org.cn"));
    }

    private void join(PersonId operator, Map<String, TenantId> byCode, String code, String email, String name,
                      OrganizationRole... roles) {
        IssuedInvitation invitation = invitations.issue(byCode.get(code), operator, email, name,
                EnumSet.copyOf(List.of(roles)));
        invitationsAccepted.put(email, invitations.accept(invitation.token(), name, PASSWORD));
    }

    private static List<OrganizationProfile> organizations() {
        return List.of(
                new OrganizationProfile("ASSOCIATION", "浙江省智能制造产业协会", "Zhejiang Intelligent Manufacturing Industry Association",
                        "ZJZZ", "51330000MJ88214743", "浙江省民政厅",
                        "开展智能制造领域团体标准的制定、宣贯、咨询与培训；组织行业交流、技术合作与展览展示；承接政府委托事项。",
                        "330106", "C34", "李娜", "0571-87661234", "secretariat@zjzz.org.cn"),
                new OrganizationProfile("SOCIETY", "江苏省新材料学会", "Jiangsu Society of New Materials",
                        "JSXCL", "51320000MJ5530182Y", "江苏省民政厅",
                        "开展新材料领域学术交流、科学普及、团体标准研制与人才培养；推动产学研协同创新。",
                        "320102", "M73", "陈静", "025-83214567", "office@jsxcl.org.cn"),
                new OrganizationProfile("CHAMBER_OF_COMMERCE", "温州市服装商会", "Wenzhou Garment Chamber of Commerce",
                        "WZFZ", "51330300MJ1207765N", "温州市民政局",
                        "为会员企业提供服装行业信息、标准、质量与品牌服务；组织制定服装团体标准；维护会员合法权益。",
                        "330302", "C18", "刘洋", "0577-88990011", "service@wzfz.org.cn"),
                new OrganizationProfile("ALLIANCE", "长三角团体标准联盟", "Yangtze River Delta Group Standards Alliance",
                        "CSJTB", "51310000MJ4U660817", "上海市社会团体管理局",
                        "联合长三角地区团体标准组织，开展团体标准互认、联合制定、专家共享、自律管理与培训交流。",
                        "310101", "L72", "赵敏", "021-63210987", "secretariat@csjtb.org.cn"),
                new OrganizationProfile("ASSOCIATION", "上海市食品安全促进协会", "Shanghai Food Safety Promotion Association",
                        "SHSPA", "51310000MJ4P20375Y", "上海市社会团体管理局",
                        "开展食品安全宣传教育、团体标准制定与实施评价、检验检测技术交流与行业自律。",
                        "310104", "C14", "孙磊", "021-54326789", "office@shspa.org.cn"),
                new OrganizationProfile("INNOVATION_BASE", "国家技术标准创新基地（长三角）", "National Technical Standards Innovation Base (Yangtze River Delta)",
                        "CXJD", "12310000MB2E814078", "上海市市场监督管理局",
                        "建设标准化创新服务平台，推动科技成果转化为标准，培育区域（行业）中心，开展标准化人才培养与国际合作。",
                        "310115", "M74", "周婷", "021-68881234", "base@cxjd.org.cn"),
                new OrganizationProfile("INNOVATION_CENTRE", "国家技术标准创新基地（长三角）宁波新材料区域中心", "Ningbo New Materials Regional Centre",
                        "NBXCL", "51330200MJ9C305265", "宁波市民政局",
                        "围绕新材料产业开展标准研制、试点示范、绿色低碳标准化与技术服务。",
                        "330212", "C30", "吴刚", "0574-87654321", "centre@nbxcl.org.cn"),
                new OrganizationProfile("INNOVATION_CENTRE", "国家技术标准创新基地（长三角）苏州智能制造行业中心", "Suzhou Intelligent Manufacturing Industry Centre",
                        "SZZZ", "51320500MJ7D146482", "苏州市民政局",
                        "围绕智能制造开展团体标准、地方标准研制与宣贯培训，承担基地年度标准化目标任务。",
                        "320505", "C34", "郑丽", "0512-66778899", "centre@szzz.org.cn"),
                new OrganizationProfile("INNOVATION_CENTRE", "国家技术标准创新基地（长三角）合肥新能源汽车区域中心", "Hefei New Energy Vehicle Regional Centre",
                        "HFXNY", "51340100MJ6H20853H", "合肥市民政局",
                        "围绕新能源汽车及动力电池开展标准研制、试验验证与标准化人才培训。",
                        "340104", "C36", "钱慧", "0551-65432100", "centre@hfxny.org.cn"),
                new OrganizationProfile("SUPERVISORY_AUTHORITY", "浙江省市场监督管理局", "Zhejiang Administration for Market Regulation",
                        "ZJSJ", "113300000024826178", "浙江省人民政府",
                        "负责全省标准化工作的统一管理，对团体标准制定及实施进行指导和监督检查，受理相关投诉举报。",
                        "330000", "S91", "黄海", "0571-89761234", "bzc@zjamr.gov.cn"));
    }
}
