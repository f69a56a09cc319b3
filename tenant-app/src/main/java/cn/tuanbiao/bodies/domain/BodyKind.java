package cn.tuanbiao.bodies.domain;

/** The three kinds of body every standards organization has (ORG-3). */
public enum BodyKind {
    /** 决策机构: plans, policies, final approval of standards. */
    DECISION,
    /** 管理协调机构: procedures, project approval, review organization, IP register, disputes. */
    COORDINATION,
    /** 起草机构: annual work plans, drafting, dissemination, implementation feedback. */
    DRAFTING
}
