package cn.tuanbiao.ballots.domain;

import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.Problems;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A meeting vote as the secretariat records it from the ballot's list (PART-2): who attended,
 * and how each attending voter voted. An attending voter with no vote counts as not voted.
 *
 * @param attended seats of the list whose holders attended
 * @param votes    each voting seat's vote
 */
public record MeetingRecord(Set<UUID> attended, Map<UUID, VoteInput> votes) {

    public MeetingRecord {
        attended = attended == null ? Set.of() : Set.copyOf(attended);
        votes = votes == null ? Map.of() : Map.copyOf(votes);
    }

    /**
     * The votes checked against the list: everyone named is on it, only attending people vote,
     * excluded people do not vote (with the requirement that excludes them), and a disapproval
     * gives its reason.
     */
    public Map<UUID, VoteInput> validate(List<BallotVoter> voters) {
        Map<UUID, BallotVoter> bySeat = voters.stream().collect(Collectors.toMap(BallotVoter::seat, Function.identity()));
        Problems problems = new Problems();
        Set<UUID> unknown = new HashSet<>(attended);
        unknown.addAll(votes.keySet());
        unknown.removeAll(bySeat.keySet());
        if (!unknown.isEmpty()) {
            problems.add(FieldProblem.of("attended", "PART-2", "ballots.unknownSeats", unknown.size()));
        }
        Map<UUID, VoteInput> checked = new HashMap<>();
        votes.forEach((seat, vote) -> {
            BallotVoter voter = bySeat.get(seat);
            if (voter == null) {
                return;
            }
            if (!voter.eligible()) {
                problems.add(FieldProblem.of("votes", voter.exclusion().requirement(),
                        "ballots.excludedVoter." + voter.exclusion().name(), voter.holderName()));
            } else if (!attended.contains(seat)) {
                problems.add(FieldProblem.of("votes", "PART-2", "ballots.voteWithoutAttendance", voter.holderName()));
            } else {
                try {
                    checked.put(seat, vote.validateFor(voter.holderName()));
                } catch (InvalidInputException e) {
                    e.problems().forEach(problems::add);
                }
            }
        });
        problems.throwIfAny();
        return checked;
    }
}
