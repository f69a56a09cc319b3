package cn.tuanbiao.registry.national.intake;

import java.util.Set;

/** The kinds of event (PROTOCOL §4); a standard's first is PUBLISHED or REVISED, an organization's are all PROFILE. */
enum EventType {
    PUBLISHED,
    REVISED,
    UPDATED,
    AMENDED,
    WITHDRAWN,
    REPLACED,
    PROFILE;

    static final Set<EventType> FIRST_OF_A_STANDARD = Set.of(PUBLISHED, REVISED);

    boolean fits(Subject subject) {
        return (this == PROFILE) == (subject == Subject.ORGANIZATION);
    }
}
