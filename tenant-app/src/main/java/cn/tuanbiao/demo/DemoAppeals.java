package cn.tuanbiao.demo;

import cn.tuanbiao.appeals.domain.Case;
import cn.tuanbiao.appeals.domain.CaseFiling;
import cn.tuanbiao.appeals.domain.CaseKind;
import cn.tuanbiao.appeals.domain.CaseOutcome;
import cn.tuanbiao.appeals.domain.ContestedDecision;
import cn.tuanbiao.appeals.domain.HandlingStepKind;
import cn.tuanbiao.appeals.domain.StepDraft;
import cn.tuanbiao.appeals.service.CaseService;
import cn.tuanbiao.appeals.service.PublicComplaints;
import cn.tuanbiao.appeals.service.PublicComplaints.FiledComplaint;
import cn.tuanbiao.appeals.service.PublicComplaints.PublicComplaint;
import cn.tuanbiao.catalogue.domain.PublicOrganization;
import cn.tuanbiao.catalogue.service.PublicCatalogue;
import cn.tuanbiao.shared.service.PlatformClock;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.tenancy.Transactions;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.time.Duration;
import java.util.UUID;

import static cn.tuanbiao.jooq.Tables.OUTBOX_MESSAGES;

/**
 * The demo association's cases (PART-6): 王强's appeal, received three weeks ago, accepted and in
 * negotiation; and a complaint from the public about fees charged in the name of standardization,
 * dismissed and closed by the association, which its complainant escalated to 浙江省市场监督管理局
 * (ZJSJ): the authority's inspectors find it in their 投诉转办 inbox.
 */
@Singleton
@Requires(property = "tuanbiao.demo.enabled", value = "true")
class DemoAppeals {

    private static final String COMPLAINANT = "chen.xiansheng@example.cn";

    private final CaseService cases;
    private final PublicComplaints publicComplaints;
    private final PublicCatalogue catalogue;
    private final Transactions transactions;
    private final DSLContext db;
    private final PlatformClock clock;

    DemoAppeals(CaseService cases, PublicComplaints publicComplaints, PublicCatalogue catalogue,
                Transactions transactions, DSLContext db, PlatformClock clock) {
        this.cases = cases;
        this.publicComplaints = publicComplaints;
        this.catalogue = catalogue;
        this.transactions = transactions;
        this.db = db;
        this.clock = clock;
    }

    /**
     * Runs inside the demo's replayed history, after the council meeting (38 days ago) and before the
     * recent public comment period (10 days ago): each step on its own day, in the order it happened.
     */
    void load(TenantId association, PersonId secretariat, PersonId member, TenantId authority) {
        PublicOrganization organization = catalogue.organization("ZJZZ");
        FiledComplaint[] complaint = new FiledComplaint[1];
        Case[] appeal = new Case[1];
        // One transaction of the association from the code to the filing: the code is read while its
        // e-mail is still uncommitted in the outbox, before any relay could deliver it and drop it.
        at(37, () -> transactions.inTenant(association, () -> {
            UUID verification = publicComplaints.requestCode(organization, COMPLAINANT, "203.0.113.20");
            publicComplaints.verify(organization, verification, codeInTheMailbox());
            complaint[0] = publicComplaints.file(organization, verification, new PublicComplaint("陈先生", null, false,
                    "以参与团体标准起草为名收取费用",
                    "本公司申请参与《智能工厂 设备互联互通 通用要求》起草时，被告知须缴纳“标准编制费”五万元，"
                            + "不缴费不能列为起草单位。请核实并纠正。"));
            return cases.acknowledge(secretariat, association, complaint[0].id());
        }));
        at(33, () -> cases.decideScope(secretariat, association, complaint[0].id(), true,
                "属于本会团体标准化工作，予以受理"));
        at(21, () -> {
            cases.decide(secretariat, association, complaint[0].id(), CaseOutcome.DISMISSED,
                    "经核查，所称费用为会员单位自愿参加的检测验证服务费，与起草单位资格无关；"
                            + "秘书处已在起草单位征集通知中予以澄清。");
            cases.close(secretariat, association, complaint[0].id());
        });
        at(20, () -> {
            appeal[0] = cases.file(member, association, new CaseFiling(CaseKind.APPEAL,
                    "对《协作机器人 安全评估方法》复审意见处理结果的申诉",
                    "本单位在复审中提出的“增加力限制型协作机器人碰撞试验方法”的意见被“不采纳”，处理理由未说明技术依据。"
                            + "请求秘书处组织复核，并说明不采纳的技术理由。",
                    null, ContestedDecision.COMMENT_DISPOSITION, null));
            cases.acknowledge(secretariat, association, appeal[0].id());
        });
        at(16, () -> cases.decideScope(secretariat, association, appeal[0].id(), true,
                "申诉事项属于本会标准化决定，予以受理"));
        at(12, () -> publicComplaints.escalate(organization, complaint[0].id(), complaint[0].key(), authority,
                "收费与起草资格实际挂钩，协会的核查结论与事实不符，请监管部门查处。"));
        at(11, () -> cases.addStep(secretariat, association, appeal[0].id(), new StepDraft(
                HandlingStepKind.NEGOTIATION, cases.today(), "秘书处张伟、工作组组长周建平、申诉人王强",
                "工作组说明了不采纳的理由；申诉人认为试验方法已有国际标准依据，双方同意补充比对材料后再议。")));
    }

    private void at(int daysAgo, Runnable work) {
        clock.replay(Duration.ofDays(daysAgo), work);
    }

    /** The demo complainant reads the code in their mailbox: the e-mail in the outbox, in the caller's transaction. */
    private String codeInTheMailbox() {
        return db.select(DSL.field("{0}->>'secret'", String.class, OUTBOX_MESSAGES.PAYLOAD))
                .from(OUTBOX_MESSAGES)
                .where(DSL.field("{0}->>'to'", String.class, OUTBOX_MESSAGES.PAYLOAD).eq(COMPLAINANT))
                .orderBy(OUTBOX_MESSAGES.CREATED_AT.desc())
                .limit(1)
                .fetchOne(0, String.class);
    }
}
