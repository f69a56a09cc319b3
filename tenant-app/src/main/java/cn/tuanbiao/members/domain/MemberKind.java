package cn.tuanbiao.members.domain;

/** The two kinds of member an organization registers (ORG-4). */
public enum MemberKind {
    /** 单位会员 */
    UNIT,
    /** 个人会员（专家） */
    EXPERT
}
