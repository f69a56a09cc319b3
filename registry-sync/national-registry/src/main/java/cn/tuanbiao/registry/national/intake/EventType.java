package cn.tuanbiao.registry.national.intake;

import java.util.Set;

/**
 * The kinds of event (PROTOCOL §4): a standard's first is PUBLISHED or REVISED, an organization's are all
 * PROFILE, a good-practice statement's first is STATED and a resubmission of it UPDATED, a violation's
 * first is DECIDED (the supervisor's decision made public) and a correction of it UPDATED.
 */
enum EventType {
    PUBLISHED,
    REVISED,
    UPDATED,
    AMENDED,
    WITHDRAWN,
    REPLACED,
    PROFILE,
    STATED,
    DECIDED;

    static final Set<EventType> FIRST_OF_A_STANDARD = Set.of(PUBLISHED, REVISED);

    boolean fits(Subject subject) {
        return switch (subject) {
            case ORGANIZATION -> this == PROFILE;
            case STATEMENT -> this == STATED || this == UPDATED;
            case VIOLATION -> this == DECIDED || this == UPDATED;
            case STANDARD -> this != PROFILE && this != STATED && this != DECIDED;
        };
    }
}
