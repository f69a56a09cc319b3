package cn.tuanbiao.screening.domain;

/**
 * Something the decision body should weigh before it approves a standard (LC-7). Warnings do
 * not block approval, except that the cyberspace consultation is itself a gate of approval.
 *
 * @param reference the standard it overlaps with, or null for warnings about the subject itself
 * @param score     the similarity with the reference, 0 … 1, or 0
 */
public record ApprovalWarning(Kind kind, ReferenceStandard reference, double score) {

    public enum Kind {
        /** 与强制性国家标准重复或交叉 */
        MANDATORY_STANDARD_OVERLAP,
        /** 与平台上已发布的团体标准雷同 */
        PUBLISHED_STANDARD_OVERLAP,
        /** 超出本组织业务范围 */
        OUTSIDE_BUSINESS_SCOPE,
        /** 须征求网信部门意见 */
        CYBERSPACE_CONSULTATION
    }

    /** The score as a whole percentage, for people. */
    public int percent() {
        return (int) Math.round(score * 100);
    }
}
