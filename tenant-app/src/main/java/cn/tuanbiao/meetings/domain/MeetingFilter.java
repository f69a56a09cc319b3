package cn.tuanbiao.meetings.domain;

import cn.tuanbiao.bodies.domain.BodyId;

/** Which meetings a list shows: upcoming, past or all, of one body or of all. */
public record MeetingFilter(When when, BodyId body) {

    public enum When {
        /** Starting from now on, soonest first. */
        UPCOMING,
        /** Started before now, latest first. */
        PAST,
        /** Upcoming ones first, then the past. */
        ALL
    }

    public MeetingFilter {
        when = when == null ? When.ALL : when;
    }

    public static MeetingFilter all() {
        return new MeetingFilter(When.ALL, null);
    }
}
