package cn.tuanbiao.ballots.domain;

import cn.tuanbiao.standards.domain.ReviewOutcome.VoteBase;
import cn.tuanbiao.tenancy.PersonId;

import java.time.Instant;

/**
 * A closed ballot's result as recorded, for good (PART-2): the arithmetic of LC-3 spelled out.
 *
 * @param eligible  eligible voters on the list
 * @param attending eligible voters attending, for a meeting vote; null online
 * @param base      what the 3/4 is taken of (see {@link Tally})
 * @param threshold ceil(3/4 × base)
 * @param applied   whether the passed vote was recorded as the standard's review outcome
 */
public record BallotResult(VoteBase baseKind, int eligible, Integer attending, int base, int inFavour, int against,
                           int abstained, int notVoted, int threshold, boolean passed, boolean applied,
                           PersonId closedBy, Instant closedAt) {

    /**
     * The message key of the result's arithmetic in words, e.g. zh "应投票 12 人，赞成 9，反对 1，弃权 1，
     * 未投票 1；通过门槛 9 票（3/4）：通过"; with {@link #arguments()}.
     */
    public String summaryKey() {
        return attending != null && baseKind == VoteBase.ATTENDING_REPRESENTATIVES
                ? "ballots.arithmetic.attending" : "ballots.arithmetic";
    }

    /** base, in favour, against, abstained, not voted, threshold, passed (1/0), eligible. */
    public Object[] arguments() {
        return new Object[] {base, inFavour, against, abstained, notVoted, threshold, passed ? 1 : 0, eligible};
    }
}
