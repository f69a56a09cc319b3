package cn.tuanbiao.plans.domain;

/** The plans an organization keeps (ORG-7). */
public enum PlanKind {
    /** 团体标准发展规划: multi-year, adopted by a decision body. */
    DEVELOPMENT_PLAN,
    /** 年度工作计划: a drafting body's plan for one year, approved by the secretariat. */
    ANNUAL_WORK_PLAN
}
