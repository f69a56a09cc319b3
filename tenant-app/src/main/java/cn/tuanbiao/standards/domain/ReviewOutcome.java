package cn.tuanbiao.standards.domain;

import cn.tuanbiao.tenancy.PersonId;

import java.util.HashSet;
import java.util.Set;

/** How the technical review concluded (LC-3): by consensus, or by a vote counted against a configured base. */
public sealed interface ReviewOutcome {

    /** Consensus recorded in the review minutes. */
    record Consensus(String minutes) implements ReviewOutcome {
    }

    /**
     * A vote. {@code base} is the number the 3/4 threshold is taken of: all holders of voting
     * rights or the representatives attending, as the organization configures — never the votes
     * cast. Abstentions and voters who did not vote count in the base and not in favour.
     */
    record Vote(VoteBase baseKind, int base, Set<PersonId> inFavour, Set<PersonId> against, Set<PersonId> abstained)
            implements ReviewOutcome {

        public Vote {
            inFavour = Set.copyOf(inFavour);
            against = Set.copyOf(against);
            abstained = Set.copyOf(abstained);
        }

        public Set<PersonId> voters() {
            Set<PersonId> all = new HashSet<>(inFavour);
            all.addAll(against);
            all.addAll(abstained);
            return all;
        }

        public int votesCast() {
            return inFavour.size() + against.size() + abstained.size();
        }

        /** At least three quarters of the base in favour, in integers: 4 × in favour ≥ 3 × base. */
        public boolean passes() {
            return 4L * inFavour.size() >= 3L * base;
        }

        /** The smallest number in favour that passes. */
        public int threshold() {
            return (3 * base + 3) / 4;
        }
    }

    /** What the 3/4 is taken of (LC-3). */
    enum VoteBase {
        /** All holders of voting rights (chambers of commerce; the default). */
        ALL_VOTING_RIGHTS,
        /** The representatives attending the review (Group Standards Regulation 2019). */
        ATTENDING_REPRESENTATIVES
    }
}
