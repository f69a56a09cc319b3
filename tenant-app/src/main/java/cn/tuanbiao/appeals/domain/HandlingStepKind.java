package cn.tuanbiao.appeals.domain;

/**
 * How a case is handled, in this order (PART-6; 000 §3 "通过协商、调解、仲裁等方式"): a case may
 * repeat a kind or move on to a later one, never go back.
 */
public enum HandlingStepKind {
    /** 协商 */
    NEGOTIATION,
    /** 调解 */
    MEDIATION,
    /** 仲裁 */
    ARBITRATION
}
