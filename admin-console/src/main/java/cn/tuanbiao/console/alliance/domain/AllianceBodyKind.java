package cn.tuanbiao.console.alliance.domain;

/** The alliance's own bodies (SUP-1; seed 001 §六): standing committees and project working groups. */
public enum AllianceBodyKind {
    /** 专门委员会 / 专业委员会: advice and research on one subject, set up by the alliance's rules. */
    COMMITTEE,
    /** 项目工作组: one piece of work, for a while or for long. */
    WORKING_GROUP
}
