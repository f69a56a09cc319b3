package cn.tuanbiao.implementation.domain;

/** Where a conversion request stands: pending until the receiving authority decides, then final. */
public enum ConversionOutcome {
    PENDING,
    /** 已立项/已采纳 */
    ACCEPTED,
    /** 未采纳 */
    REJECTED
}
