package cn.tuanbiao.users.domain;

/** Roles above all organizations. */
public enum PlatformRole {
    /** 平台运营方: onboards organizations and invites their first administrators (ORG-1). */
    OPERATOR
}
