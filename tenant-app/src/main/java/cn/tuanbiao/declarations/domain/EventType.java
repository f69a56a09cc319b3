package cn.tuanbiao.declarations.domain;

/** What an event tells the registry (PROTOCOL §4). */
public enum EventType {
    /** A standard's first declaration. */
    PUBLISHED,
    /** The first declaration of a revision, naming the standard it replaces. */
    REVISED,
    /** A corrected declaration, or one republished by reconciliation. */
    UPDATED,
    AMENDED,
    WITHDRAWN,
    REPLACED,
    /** The organization's registry profile. */
    PROFILE,
    /** A good-practice statement's first event (PUB-2); a resubmission is UPDATED. */
    STATED,
    /** A violation's first event: the supervisor's decision made public (PUB-4); a correction is UPDATED. */
    DECIDED
}
