package cn.tuanbiao.plans.domain;

public enum PlanStatus {
    SUBMITTED,
    APPROVED
}
