package cn.tuanbiao.ballots.domain;

import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.Problems;

/** A vote as typed (PART-2): approve, abstain, or disapprove with the reason why. */
public record VoteInput(Choice choice, String reason) {

    public static final int REASON_MAX_LENGTH = 2000;

    /** The vote checked; a disapproval without a reason is refused naming the field {@code reason}. */
    public VoteInput validate() {
        Problems problems = new Problems();
        if (choice == null) {
            problems.add(FieldProblem.of("choice", "PART-2", "validation.required"));
        }
        String text = problems.optional("reason", reason, REASON_MAX_LENGTH);
        if (choice == Choice.DISAPPROVE && (reason == null || reason.isBlank())) {
            problems.add(FieldProblem.of("reason", "PART-2", "ballots.reasonRequired"));
        }
        problems.throwIfAny();
        return new VoteInput(choice, text);
    }

    /** As {@link #validate}, naming the voter whose vote a meeting record gives. */
    public VoteInput validateFor(String holderName) {
        try {
            return validate();
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.problems().stream()
                    .map(p -> "ballots.reasonRequired".equals(p.messageKey())
                            ? FieldProblem.of("reason", "PART-2", "ballots.reasonRequiredFor", holderName) : p)
                    .toList());
        }
    }
}
