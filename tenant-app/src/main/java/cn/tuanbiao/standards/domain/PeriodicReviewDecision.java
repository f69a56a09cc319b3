package cn.tuanbiao.standards.domain;

/** The outcome of a periodic review (LC-6). */
public enum PeriodicReviewDecision {
    /** 继续有效 */
    CONFIRM,
    /** 修订 */
    REVISE,
    /** 废止 */
    WITHDRAW
}
