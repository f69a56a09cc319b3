package cn.tuanbiao.ballots.domain;

import cn.tuanbiao.standards.domain.LifecycleRefusal;
import cn.tuanbiao.standards.domain.ReviewOutcome;
import cn.tuanbiao.standards.domain.ReviewOutcome.VoteBase;
import cn.tuanbiao.tenancy.PersonId;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The count of a ballot by LC-3: at least three quarters of the base in favour, where the base is
 * never the votes cast.
 *
 * <p>The base, by the organization's policy:
 * <ul>
 *   <li>{@link VoteBase#ALL_VOTING_RIGHTS}: every eligible voter on the ballot's list, whether they
 *   voted, attended or not; excluded people (drafters, drafting-unit experts, the recused) are not
 *   in it, since the law keeps them from voting at all.</li>
 *   <li>{@link VoteBase#ATTENDING_REPRESENTATIVES}, for a meeting vote: the eligible voters the
 *   secretariat recorded as attending. For an online ballot there is no attendance to tell apart
 *   from voting: everyone on the list was called to the review, and counting only those who
 *   answered would make the base the votes cast, which LC-3 forbids. An online ballot therefore
 *   takes all eligible voters as the attending representatives.</li>
 * </ul>
 * Abstentions and voters who did not vote count in the base and not in favour.
 */
public record Tally(VoteBase baseKind, int eligible, Integer attending, int base, Set<PersonId> inFavour,
                    Set<PersonId> against, Set<PersonId> abstained) {

    public Tally {
        inFavour = Set.copyOf(inFavour);
        against = Set.copyOf(against);
        abstained = Set.copyOf(abstained);
    }

    /**
     * Counts {@code votes} (the latest vote of each seat) on the list {@code voters}. Only eligible
     * voters count, and for a meeting vote only those who attended; a vote of someone who has
     * recused themselves since the ballot opened is void (PART-5) and counts as not voted.
     *
     * @param attended seats recorded as attending, for a meeting vote; null for an online ballot
     * @param recused  the people recused from the standard's vote now
     */
    public static Tally count(VoteBase baseKind, List<BallotVoter> voters, Map<UUID, Choice> votes, Set<UUID> attended,
                              Set<UUID> recused) {
        int eligible = 0;
        int present = 0;
        Set<PersonId> inFavour = new HashSet<>();
        Set<PersonId> against = new HashSet<>();
        Set<PersonId> abstained = new HashSet<>();
        for (BallotVoter voter : voters) {
            if (!voter.eligible()) {
                continue;
            }
            eligible++;
            boolean attends = attended == null || attended.contains(voter.seat());
            if (attends) {
                present++;
            }
            Choice choice = votes.get(voter.seat());
            if (choice == null || !attends || (voter.person() != null && recused.contains(voter.person().value()))) {
                continue;
            }
            switch (choice) {
                case APPROVE -> inFavour.add(voter.voterId());
                case DISAPPROVE -> against.add(voter.voterId());
                case ABSTAIN -> abstained.add(voter.voterId());
            }
        }
        Integer attending = attended == null ? null : present;
        int base = baseKind == VoteBase.ATTENDING_REPRESENTATIVES && attended != null ? present : eligible;
        if (base == 0) {
            throw new LifecycleRefusal("LC-3", "ballots.emptyBase");
        }
        return new Tally(baseKind, eligible, attending, base, inFavour, against, abstained);
    }

    public int notVoted() {
        return base - inFavour.size() - against.size() - abstained.size();
    }

    /** The ballot as the LC-3 vote the standard's review records, so the lifecycle's own guards judge it too. */
    public ReviewOutcome.Vote vote() {
        return new ReviewOutcome.Vote(baseKind, base, inFavour, against, abstained);
    }

    /** ceil(3/4 × base): the smallest number in favour that passes. */
    public int threshold() {
        return vote().threshold();
    }

    public boolean passed() {
        return vote().passes();
    }

    public BallotResult result(boolean applied, PersonId closedBy, Instant closedAt) {
        return new BallotResult(baseKind, eligible, attending, base, inFavour.size(), against.size(), abstained.size(),
                notVoted(), threshold(), passed(), applied, closedBy, closedAt);
    }
}
