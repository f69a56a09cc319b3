package cn.tuanbiao.ballots.domain;

import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.tenancy.PersonId;

import java.time.Instant;
import java.util.UUID;

/**
 * A ballot on a standard in technical review (PART-2, LC-3): the body whose voting-right holders
 * vote, and how — online until {@code deadline}, or in a meeting whose vote the secretariat records.
 *
 * @param deadline the end of online voting; null for a meeting vote
 */
public record Ballot(BallotId id, StandardId standard, UUID body, String bodyName, BallotMethod method,
                     Instant deadline, PersonId openedBy, Instant openedAt) {

    /** Whether online votes are still taken at {@code now}: strictly before the deadline. */
    public boolean takesVotesAt(Instant now) {
        return method == BallotMethod.ONLINE && now.isBefore(deadline);
    }

    public BallotStatus status(boolean closed, Instant now) {
        if (closed) {
            return BallotStatus.CLOSED;
        }
        return method == BallotMethod.ONLINE && !now.isBefore(deadline) ? BallotStatus.AWAITING_CLOSE
                : BallotStatus.OPEN;
    }
}
