package cn.tuanbiao.innovation.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One open window of a centre: what is due, by when, and how it stands today.
 *
 * @param year the year a yearly document is for; null for the construction windows
 */
public record Deadline(DeadlineKind kind, Integer year, LocalDate due, State state) {

    /** How a deadline stands on a day. */
    public enum State {
        /** Not yet within the warning period. */
        UPCOMING,
        /** Within the warning period: the warning is sent once. */
        DUE_SOON,
        /** Passed without what was due. */
        OVERDUE
    }

    static Deadline on(DeadlineKind kind, Integer year, LocalDate due, LocalDate today, int warnDaysBefore) {
        State state = today.isAfter(due) ? State.OVERDUE
                : ChronoUnit.DAYS.between(today, due) <= warnDaysBefore ? State.DUE_SOON : State.UPCOMING;
        return new Deadline(kind, year, due, state);
    }

    /** Whether it calls for a warning or an overdue notice today. */
    public boolean needsAttention() {
        return state != State.UPCOMING;
    }
}
