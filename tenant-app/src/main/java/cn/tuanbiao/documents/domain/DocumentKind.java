package cn.tuanbiao.documents.domain;

/** The documents each stage of a standard keeps as immutable versions (LC-5). */
public enum DocumentKind {
    /** 提案 */
    PROPOSAL,
    /** 项目建议书 */
    PROJECT_PROPOSAL,
    /** 项目计划书 */
    PROJECT_PLAN,
    /** 工作组讨论稿 */
    WORKING_DRAFT,
    /** 征求意见稿 */
    DRAFT_FOR_COMMENT,
    /** 编制说明 */
    EXPLANATORY_NOTES,
    /** 意见汇总处理表 */
    COMMENT_RESOLUTION_TABLE,
    /** 送审稿 */
    DRAFT_FOR_REVIEW,
    /** 审查会议纪要 */
    REVIEW_MINUTES,
    /** 会议纪要 (meetings other than technical reviews, PART-3) */
    MEETING_MINUTES,
    /** 表决记录 */
    VOTE_RECORD,
    /** 报批稿 */
    DRAFT_FOR_APPROVAL,
    /** 发布公告 */
    PUBLICATION_NOTICE,
    /** 标准文本 */
    FINAL_TEXT,
    /** 修改单 */
    AMENDMENT,
    /** 其他 */
    OTHER
}
