package cn.tuanbiao.appeals.domain;

/** Where a case stands (PART-6), and which time limit it is waiting on. */
public enum CaseStatus {
    /** Filed and numbered; its receipt is still to be acknowledged. */
    RECEIVED(TimeLimit.ACKNOWLEDGE),
    /** Receipt acknowledged; the scope decision is pending. */
    ACKNOWLEDGED(TimeLimit.SCOPE),
    /** Within scope: handling steps are recorded until the outcome. */
    ACCEPTED(TimeLimit.CONCLUDE),
    /** Outside the organization's scope, with the reason. */
    REJECTED_OUT_OF_SCOPE(null),
    /** The outcome is recorded, with its reasons. */
    DECIDED(null),
    CLOSED(null);

    private final TimeLimit pending;

    CaseStatus(TimeLimit pending) {
        this.pending = pending;
    }

    /** The time limit a case in this status waits on, or null when none runs any more. */
    public TimeLimit pendingLimit() {
        return pending;
    }

    /** Whether the organization has finished with the case (the complainant may then escalate it). */
    public boolean concluded() {
        return this == REJECTED_OUT_OF_SCOPE || this == DECIDED || this == CLOSED;
    }
}
