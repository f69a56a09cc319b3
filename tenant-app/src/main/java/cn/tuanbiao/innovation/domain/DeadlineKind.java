package cn.tuanbiao.innovation.domain;

/** The windows the base watches (SUP-5), each with its warning before and its overdue state after. */
public enum DeadlineKind {
    /** 建设方案: within two months of the approval (004 第16条). */
    CONSTRUCTION_PLAN,
    /** 验收申请 (or 延期申请): one month before the construction period ends (004 第18-19条). */
    ACCEPTANCE_REQUEST,
    /** The construction period (one year, plus an approved extension) ends (004 第17条, 第19条). */
    CONSTRUCTION_END,
    /** 重新提交验收申请: within six months of a failed acceptance (004 第20条). */
    RESUBMISSION,
    /** 整改期限: set by the base after a failed evaluation (004 第35条). */
    RECTIFICATION,
    /** 年度工作计划 (004 第30条). */
    ANNUAL_PLAN,
    /** 自查报告 (004 第31条). */
    SELF_CHECK_REPORT,
    /** 年度工作总结 (004 第30条). */
    ANNUAL_SUMMARY,
    /** 标准化工作报告, at least yearly (004 第32条). */
    WORK_REPORT
}
