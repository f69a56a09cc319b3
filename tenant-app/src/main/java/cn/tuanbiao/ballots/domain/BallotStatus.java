package cn.tuanbiao.ballots.domain;

/** Where a ballot stands. */
public enum BallotStatus {
    /** Open: online votes are taken until the deadline; a meeting vote awaits its record. */
    OPEN,
    /** An online ballot whose deadline has passed, waiting for the secretariat to close it. */
    AWAITING_CLOSE,
    /** Closed with its result recorded, for good. */
    CLOSED
}
