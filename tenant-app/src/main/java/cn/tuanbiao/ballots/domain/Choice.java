package cn.tuanbiao.ballots.domain;

/** A voter's answer (PART-2); a disapproval gives its reason. */
public enum Choice {
    /** 赞成 */
    APPROVE,
    /** 反对 */
    DISAPPROVE,
    /** 弃权: counts in the base, not in favour (LC-3). */
    ABSTAIN
}
