package cn.tuanbiao.users.domain;

/** Whether a person can sign in. */
public enum PersonStatus {
    /** Invited, has not set a password yet. */
    INVITED,
    ACTIVE,
    DISABLED
}
