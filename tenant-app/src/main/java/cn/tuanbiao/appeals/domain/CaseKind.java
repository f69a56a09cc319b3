package cn.tuanbiao.appeals.domain;

/** The three kinds of case the coordination body handles (PART-6). */
public enum CaseKind {
    /** 申诉: a member against a standardization decision of the organization. */
    APPEAL,
    /** 投诉/举报: a complaint or report from anyone, a member or the public. */
    COMPLAINT,
    /** 争议: a dispute between parties, e.g. two member units over a patent or a clause. */
    DISPUTE
}
