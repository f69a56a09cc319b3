package cn.tuanbiao.appeals.domain;

/** How a case ends (PART-6). */
public enum CaseOutcome {
    /** 支持: the complainant is right. */
    UPHELD,
    /** 部分支持. */
    PARTLY_UPHELD,
    /** 驳回. */
    DISMISSED,
    /** 和解/调解结案: the parties settled, through negotiation or mediation. */
    SETTLED
}
