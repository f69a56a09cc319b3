package cn.tuanbiao.policies.domain;

/** What an organization's policy governs (ORG-6). */
public enum PolicyTopic {
    /** 立项管理 */
    PROJECT_APPROVAL,
    /** 起草管理 */
    DRAFTING,
    /** 审查管理 */
    REVIEW,
    /** 利益冲突 */
    CONFLICTS_OF_INTEREST,
    /** 知识产权管理 */
    INTELLECTUAL_PROPERTY,
    /** 申诉处理 */
    APPEALS,
    /** 文件管理 */
    DOCUMENT_MANAGEMENT,
    /** 会议制度 */
    MEETINGS,
    /** 收费管理 */
    FEES,
    OTHER
}
