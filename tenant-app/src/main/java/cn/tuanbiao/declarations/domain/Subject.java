package cn.tuanbiao.declarations.domain;

/** What an event is about (PROTOCOL §4): each has its own sequence. */
public enum Subject {
    STANDARD,
    ORGANIZATION,
    /** An organization's good-practice statement of a year (PUB-2). */
    STATEMENT,
    /** A supervisory authority's decision on a violation by an organization, made public (PUB-4). */
    VIOLATION
}
