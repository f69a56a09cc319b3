package cn.tuanbiao.practice.domain;

public enum EvaluationStatus {
    DRAFT,
    SUBMITTED
}
