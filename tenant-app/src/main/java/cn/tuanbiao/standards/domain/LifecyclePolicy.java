package cn.tuanbiao.standards.domain;

/**
 * An organization's lifecycle settings: the comment period's minimum (LC-2: at least 30 days,
 * configurable upward only), the vote base (LC-3) and the periodic review interval (LC-6).
 */
public record LifecyclePolicy(int minimumCommentDays, ReviewOutcome.VoteBase voteBase, int reviewIntervalYears) {

    public static final int LEGAL_MINIMUM_COMMENT_DAYS = 30;

    public static LifecyclePolicy defaults() {
        return new LifecyclePolicy(LEGAL_MINIMUM_COMMENT_DAYS, ReviewOutcome.VoteBase.ALL_VOTING_RIGHTS, 5);
    }

    public LifecyclePolicy {
        if (minimumCommentDays < LEGAL_MINIMUM_COMMENT_DAYS) {
            throw new LifecycleRefusal("LC-2", "lifecycle.policy.commentDaysBelowLegalMinimum",
                    minimumCommentDays, LEGAL_MINIMUM_COMMENT_DAYS);
        }
        if (reviewIntervalYears < 1) {
            throw new IllegalArgumentException("review interval");
        }
    }
}
