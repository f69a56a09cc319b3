package cn.tuanbiao.ballots.domain;

import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.Problems;

import java.time.Instant;
import java.util.UUID;

/**
 * A ballot as the secretariat opens it, checked field by field (AUD-2): the body whose voting-right
 * holders vote, the method, and for an online ballot a deadline after now.
 */
public record BallotOpening(UUID body, BallotMethod method, Instant deadline) {

    /** The deadline, checked; null for a meeting vote, which has none. */
    public Instant validate(Instant now) {
        Problems problems = new Problems();
        if (body == null) {
            problems.add(FieldProblem.of("body", "PART-2", "validation.required"));
        }
        if (method == null) {
            problems.add(FieldProblem.of("method", "PART-2", "validation.required"));
        }
        if (method == BallotMethod.ONLINE) {
            if (deadline == null) {
                problems.add(FieldProblem.of("deadline", "PART-2", "validation.required"));
            } else if (!deadline.isAfter(now)) {
                problems.add(FieldProblem.of("deadline", "PART-2", "ballots.deadlineNotInFuture"));
            }
        }
        problems.throwIfAny();
        return method == BallotMethod.ONLINE ? deadline : null;
    }
}
