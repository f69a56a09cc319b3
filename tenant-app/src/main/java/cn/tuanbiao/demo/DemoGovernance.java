package cn.tuanbiao.demo;

import cn.tuanbiao.bodies.domain.Body;
import cn.tuanbiao.documents.service.CheckedFile;
import cn.tuanbiao.documents.service.FileCheck;
import cn.tuanbiao.plans.domain.Plan;
import cn.tuanbiao.plans.domain.PlanKind;
import cn.tuanbiao.plans.domain.PlanSubmission;
import cn.tuanbiao.plans.service.PlanBook;
import cn.tuanbiao.policies.domain.PolicyAdoption;
import cn.tuanbiao.policies.domain.PolicyTopic;
import cn.tuanbiao.policies.service.PolicyRegister;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;

/** The demo association's policies adopted by its council (ORG-6) and its plans with a progress report (ORG-7). */
@Singleton
@Requires(property = "tuanbiao.demo.enabled", value = "true")
class DemoGovernance {

    private final PolicyRegister policies;
    private final PlanBook plans;
    private final FileCheck fileCheck;

    DemoGovernance(PolicyRegister policies, PlanBook plans, FileCheck fileCheck) {
        this.policies = policies;
        this.plans = plans;
        this.fileCheck = fileCheck;
    }

    void load(TenantId association, PersonId secretariat, Body council, Body workingGroup, LocalDate today) {
        LocalDate adopted = council.establishedOn().plusMonths(1);
        adopt(association, secretariat, council, PolicyTopic.PROJECT_APPROVAL, "团体标准立项管理办法", adopted,
                "理事会决议〔" + adopted.getYear() + "〕1号");
        adopt(association, secretariat, council, PolicyTopic.INTELLECTUAL_PROPERTY, "团体标准涉及专利处置办法", adopted,
                "理事会决议〔" + adopted.getYear() + "〕2号");
        adopt(association, secretariat, council, PolicyTopic.CONFLICTS_OF_INTEREST, "利益冲突回避规定", adopted,
                "理事会决议〔" + adopted.getYear() + "〕3号");
        adopt(association, secretariat, council, PolicyTopic.APPEALS, "申诉与投诉处理办法", adopted,
                "理事会决议〔" + adopted.getYear() + "〕4号");

        int year = today.getYear();
        Plan development = submit(association, secretariat, new PlanSubmission(PlanKind.DEVELOPMENT_PLAN,
                "团体标准发展规划（" + year + "—" + (year + 2) + "年）", null, year, year + 2),
                "一、发展目标：三年内制定智能制造领域团体标准30项。", "二、重点领域：工业机器人、智能工厂、工业互联网。");
        plans.approve(secretariat, association, development.id(), adopted, "理事会决议〔" + adopted.getYear() + "〕5号",
                council.id().value());
        Plan annual = submit(association, secretariat, new PlanSubmission(PlanKind.ANNUAL_WORK_PLAN,
                workingGroup.nameZh() + year + "年度工作计划", workingGroup.id().value(), year, null),
                "一、新立项标准4项。", "二、完成《工业机器人 安全操作规范》征求意见。", "三、开展宣贯培训2次。");
        plans.approve(secretariat, association, annual.id(), today.withDayOfYear(1), "秘书处批复〔" + year + "〕1号", null);
        plans.report(secretariat, association, annual.id(), "截至目前", today,
                "已立项2项，1项进入公开征求意见，1项起草中；完成宣贯1次。");
    }

    private void adopt(TenantId association, PersonId secretariat, Body council, PolicyTopic topic, String title,
                       LocalDate on, String decision) {
        byte[] pdf = DemoPdf.render(title, "第一条　为规范本会团体标准工作，根据《团体标准管理规定》，制定本办法。",
                "第二条　本办法适用于本会团体标准的" + title.replace("团体标准", "").replace("办法", "") + "工作。");
        try (CheckedFile file = fileCheck.check(title + ".pdf", new ByteArrayInputStream(pdf))) {
            policies.adopt(secretariat, association, new PolicyAdoption(topic, title, council.id().value(), on, decision,
                    null), file);
        }
    }

    private Plan submit(TenantId association, PersonId secretariat, PlanSubmission plan, String... paragraphs) {
        byte[] pdf = DemoPdf.render(plan.title(), paragraphs);
        try (CheckedFile file = fileCheck.check(plan.title() + ".pdf", new ByteArrayInputStream(pdf))) {
            return plans.submit(secretariat, association, plan, file);
        }
    }
}
