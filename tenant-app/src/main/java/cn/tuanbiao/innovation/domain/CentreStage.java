package cn.tuanbiao.innovation.domain;

/** Where a centre stands with its base (SUP-5, 004 第15-21条, 第35条). */
public enum CentreStage {
    /** 已申报: the application awaits the formal check. */
    APPLIED,
    /** 形式审查退回: returned with reasons, to be completed and resubmitted. */
    RETURNED,
    /** 专家论证: the advisory committee's experts review the application. */
    EXPERT_REVIEW,
    /** 论证通过: awaits the base's approval to build. */
    REVIEWED,
    /** 未批准: the experts' conclusion or the base's decision was negative. */
    NOT_APPROVED,
    /** 筹建中: approved to build, within the construction period. */
    UNDER_CONSTRUCTION,
    /** 已申请验收: the base is to organize the acceptance. */
    ACCEPTANCE_REQUESTED,
    /** 验收未通过: one re-submission within six months. */
    ACCEPTANCE_FAILED,
    /** 正式成立 */
    ESTABLISHED,
    /** 限期整改: after a failed evaluation or spot check. */
    RECTIFICATION,
    /** 已撤销 */
    REVOKED;

    /** Whether the file is closed for good. */
    public boolean terminal() {
        return this == NOT_APPROVED || this == REVOKED;
    }

    /** Whether the centre works for the base (approved to build and not revoked): yearly targets apply. */
    public boolean working() {
        return this == UNDER_CONSTRUCTION || this == ACCEPTANCE_REQUESTED || this == ACCEPTANCE_FAILED
                || this == ESTABLISHED || this == RECTIFICATION;
    }
}
