package cn.tuanbiao.appeals.domain;

/** Where a referral stands at the supervisory authority (SUP-2); it only moves forward. */
public enum ReferralStatus {
    /** Sent to the authority, not yet taken up. */
    REFERRED,
    /** 已受理 */
    RECEIVED,
    /** 调查处理中 */
    INVESTIGATING,
    /** 办结, with a finding. */
    CONCLUDED
}
