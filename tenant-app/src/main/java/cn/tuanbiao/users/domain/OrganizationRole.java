package cn.tuanbiao.users.domain;

/** What a person may do inside one organization. A person can hold several roles. */
public enum OrganizationRole {
    /** 管理员: manages the organization's users and roles. */
    ADMINISTRATOR,
    /** 秘书处: runs procedures, projects, reviews (ORG-3 coordination body). */
    SECRETARIAT,
    /** 理事会成员: the decision body (ORG-3). */
    COUNCIL_MEMBER,
    /** 工作组成员: drafting bodies (ORG-3). */
    WORKING_GROUP_MEMBER,
    /** 会员代表: a member unit's representative or an individual member (ORG-4). */
    MEMBER_REPRESENTATIVE,
    /** 监督检查人员: staff of a supervisory authority (SUP-2). */
    INSPECTOR
}
