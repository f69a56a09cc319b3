package cn.tuanbiao.meetings.domain;

/** Where a meeting stands: convened, postponed to a new time, held (attendance recorded) or cancelled. */
public enum MeetingStatus {
    SCHEDULED,
    POSTPONED,
    HELD,
    CANCELLED;

    /** Still to take place, at its (possibly new) start time. */
    public boolean pending() {
        return this == SCHEDULED || this == POSTPONED;
    }
}
