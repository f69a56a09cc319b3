package cn.tuanbiao.users.domain;

/** Whether a membership currently grants its roles. */
public enum MembershipStatus {
    ACTIVE,
    SUSPENDED
}
