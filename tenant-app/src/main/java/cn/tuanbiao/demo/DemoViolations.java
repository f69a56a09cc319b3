package cn.tuanbiao.demo;

import cn.tuanbiao.appeals.domain.CaseFiling;
import cn.tuanbiao.appeals.domain.CaseKind;
import cn.tuanbiao.appeals.service.CaseService;
import cn.tuanbiao.shared.service.PlatformClock;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.violations.domain.DecisionDraft;
import cn.tuanbiao.violations.domain.SourceKind;
import cn.tuanbiao.violations.domain.Violation;
import cn.tuanbiao.violations.domain.ViolationDraft;
import cn.tuanbiao.violations.domain.ViolationMeasure;
import cn.tuanbiao.violations.domain.ViolationSource;
import cn.tuanbiao.violations.service.Violations;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.time.Duration;

/**
 * Supervision at work in the demo (SUP-2, PUB-4): 黄海 of 浙江省市场监督管理局 takes up the complaint
 * ZJZZ dismissed and its complainant escalated (fees charged for joining the drafting), records it as a
 * violation case, decides an order to rectify and publishes the decision through the national registry;
 * and 温州市服装商会 leaves a dispute unacknowledged past its 5-day limit, so the risk list shows it
 * (high) beside ZJZZ's overdue reviews and unconfirmed self-declarations (medium).
 */
@Singleton
@Requires(property = "tuanbiao.demo.enabled", value = "true")
class DemoViolations {

    private final Violations violations;
    private final CaseService cases;
    private final PlatformClock clock;

    DemoViolations(Violations violations, CaseService cases, PlatformClock clock) {
        this.violations = violations;
        this.cases = cases;
        this.clock = clock;
    }

    /** Runs inside the demo's replayed history, after the escalation to the authority (12 days ago). */
    void load(TenantId authority, PersonId inspector, TenantId chamber, PersonId chamberAdministrator) {
        at(9, () -> cases.file(chamberAdministrator, chamber, new CaseFiling(CaseKind.DISPUTE,
                "《西服 团体标准》起草单位排名争议",
                "两家会员企业对《西服》团体标准起草单位的排名顺序有争议，请商会组织协调。", null, null,
                "温州某服饰有限公司")));
        Violation[] recorded = new Violation[1];
        at(8, () -> {
            ViolationSource referral = violations.sources(inspector, authority, "ZJZZ").stream()
                    .filter(s -> s.kind() == SourceKind.COMPLAINT).findFirst().orElseThrow();
            recorded[0] = violations.record(inspector, authority, new ViolationDraft("ZJZZ",
                    "团体标准化工作不得以参与起草为条件收取费用，不得利用团体标准谋取不正当利益",
                    "经核查，浙江省智能制造产业协会在《智能工厂 设备互联互通 通用要求》起草单位征集中，要求申请单位缴纳"
                            + "“标准编制费”五万元，未缴费的不列为起草单位；协会对投诉的核查结论与事实不符。",
                    SourceKind.COMPLAINT, referral.id()));
        });
        at(5, () -> {
            violations.decide(inspector, authority, recorded[0].id(), new DecisionDraft(
                    ViolationMeasure.RECTIFICATION_ORDERED, "浙市监标〔" + violations.today().getYear() + "〕1号",
                    "责令浙江省智能制造产业协会停止以参与起草为条件收取费用，退还已收取的“标准编制费”，"
                            + "修订起草单位征集办法并在全国团体标准信息平台公开，于整改期限内书面报告整改情况。",
                    violations.today(), violations.today().plusDays(60)));
            violations.publish(inspector, authority, recorded[0].id());
        });
    }

    private void at(int daysAgo, Runnable work) {
        clock.replay(Duration.ofDays(daysAgo), work);
    }
}
