package cn.tuanbiao.console.supervision.domain;

/** What the inspection of one organization found (SUP-2). */
public enum InspectionResult {
    /** 未发现问题 */
    COMPLIANT,
    /** 发现问题，责令整改 */
    RECTIFICATION_REQUIRED,
    /** 发现违法违规行为，依法处理 (PUB-4) */
    VIOLATION
}
