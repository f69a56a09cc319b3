package cn.tuanbiao.standards.domain;

/** The stages of a group standard (LC-1), in order; a project can be terminated before publication. */
public enum Stage {
    /** 提案 */
    PROPOSAL,
    /** 项目建议书（起草部门评估） */
    PROJECT_PROPOSAL,
    /** 立项（协调机构批准） */
    PROJECT_APPROVED,
    /** 项目计划已公布 */
    PLAN_ANNOUNCED,
    /** 起草 */
    DRAFTING,
    /** 征求意见稿 */
    DRAFT_FOR_COMMENT,
    /** 征求意见 */
    COMMENT_PERIOD,
    /** 意见处理 */
    COMMENT_RESOLUTION,
    /** 送审稿 */
    DRAFT_FOR_REVIEW,
    /** 技术审查 */
    TECHNICAL_REVIEW,
    /** 技术审查通过 */
    REVIEW_PASSED,
    /** 报批稿 */
    DRAFT_FOR_APPROVAL,
    /** 批准 */
    APPROVED,
    /** 已发布（编号、发布；实施日期起实施） */
    PUBLISHED,
    /** 已废止 */
    WITHDRAWN,
    /** 被代替 */
    REPLACED,
    /** 已终止 */
    TERMINATED;

    /** Whether the project is still on its way to publication (and so can be terminated). */
    public boolean beforePublication() {
        return ordinal() < PUBLISHED.ordinal();
    }
}
