package cn.tuanbiao.comments.domain;

/** The working group's answer to a comment (PART-1): 采纳, 部分采纳, 不采纳. */
public enum Disposition {
    ACCEPTED,
    PARTIALLY_ACCEPTED,
    NOT_ACCEPTED
}
