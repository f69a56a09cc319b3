package cn.tuanbiao.appeals.domain;

/** Which decision of the organization an appeal contests (PART-6), optionally about one standard. */
public enum ContestedDecision {
    /** 立项: the project approval (or its refusal). */
    PROJECT_APPROVAL,
    /** 技术审查: the outcome of the technical review. */
    TECHNICAL_REVIEW,
    /** 批准: the approval by the decision body. */
    APPROVAL,
    /** 意见处理: the disposition of the appellant's comment. */
    COMMENT_DISPOSITION,
    /** 其他标准化决定. */
    OTHER
}
