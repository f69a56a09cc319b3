package cn.tuanbiao.ballots.domain;

/** How the voters' votes reach the ballot (PART-2). */
public enum BallotMethod {
    /** 网上投票: each eligible voter votes for themselves until the deadline. */
    ONLINE,
    /** 会议表决: the secretariat records who attended the review meeting and how each voted. */
    MEETING
}
