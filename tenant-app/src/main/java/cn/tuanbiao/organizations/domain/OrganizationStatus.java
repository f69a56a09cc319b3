package cn.tuanbiao.organizations.domain;

/** Whether an organization works on the platform. */
public enum OrganizationStatus {
    ACTIVE,
    SUSPENDED,
    DEREGISTERED
}
