package cn.tuanbiao.violations.domain;

/** Where a violation case stands (PUB-4): recorded, decided, then published through the national registry. */
public enum ViolationStatus {
    RECORDED,
    DECIDED,
    PUBLISHED
}
