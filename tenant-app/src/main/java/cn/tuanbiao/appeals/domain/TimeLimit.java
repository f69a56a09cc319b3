package cn.tuanbiao.appeals.domain;

/** The time limits of a case, each counted in calendar days from its receipt (PART-6). */
public enum TimeLimit {
    /** Acknowledge the receipt to the complainant. */
    ACKNOWLEDGE,
    /** Decide whether the case is within the organization's scope. */
    SCOPE,
    /** Conclude: record the outcome. */
    CONCLUDE
}
