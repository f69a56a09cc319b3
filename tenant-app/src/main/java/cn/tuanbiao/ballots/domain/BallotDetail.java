package cn.tuanbiao.ballots.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A ballot as one person sees it: the list with exclusion reasons, their own line and vote, and
 * once closed the result and every vote. Before the close nobody sees how others voted, nor a
 * running tally: figures seen while a vote is running sway the voters still to vote.
 *
 * @param me        the caller's line on the list, or null when they are not on it
 * @param myVote    the caller's latest vote, or null
 * @param votes     the latest vote of each seat; empty until closed
 * @param attended  the seats attending a meeting vote; empty until closed
 * @param result    null until closed
 */
public record BallotDetail(Ballot ballot, BallotStatus status, List<BallotVoter> voters, BallotVoter me,
                           CastVote myVote, Map<UUID, CastVote> votes, Set<UUID> attended, BallotResult result) {

    public BallotDetail {
        voters = List.copyOf(voters);
        votes = Map.copyOf(votes);
        attended = Set.copyOf(attended);
    }

    public Optional<CastVote> voteOf(UUID seat) {
        return Optional.ofNullable(votes.get(seat));
    }

    /** Whether the caller may vote now: eligible, with an open online ballot. */
    public boolean mayVote() {
        return status == BallotStatus.OPEN && ballot.method() == BallotMethod.ONLINE && me != null && me.eligible();
    }
}
