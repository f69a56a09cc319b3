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
    OTHER,
    /** 区域（行业）中心申报书 (SUP-5) */
    CENTRE_APPLICATION,
    /** 区域（行业）中心申报方案 (SUP-5) */
    CENTRE_APPLICATION_PLAN,
    /** 建设方案 (SUP-5) */
    CONSTRUCTION_PLAN,
    /** 验收申请 (SUP-5) */
    ACCEPTANCE_REQUEST,
    /** 延期申请 (SUP-5) */
    EXTENSION_REQUEST,
    /** 年度工作计划 (SUP-5) */
    ANNUAL_PLAN,
    /** 自查报告 (SUP-5) */
    SELF_CHECK_REPORT,
    /** 年度工作总结 (SUP-5) */
    ANNUAL_SUMMARY,
    /** 标准化工作报告 (SUP-5) */
    WORK_REPORT,
    /** 证明材料 (SUP-5: evidence of an achievement, an evaluation's report) */
    EVIDENCE;

    /** Whether the kind belongs to a standard's stages (LC-5), not to an innovation centre's file. */
    public boolean ofStandards() {
        return ordinal() <= OTHER.ordinal();
    }
}
