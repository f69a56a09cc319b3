package cn.tuanbiao.violations.domain;

import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.Problems;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A correction of a published decision (更正, PUB-4): the decision as it should read, and why it is
 * corrected (更正原因: a wrong number or text, or the handling changed after administrative
 * reconsideration). The reason is required; the registry publishes it with the corrected notice.
 */
public record DecisionCorrection(DecisionDraft decision, String reason) {

    public static final int REASON_LENGTH = 500;

    public DecisionCorrection {
        Problems problems = new Problems();
        reason = reason(problems, reason);
        problems.throwIfAny();
        Objects.requireNonNull(decision, "decision");
    }

    /** The correction from a form's values: every problem of the decision and of the reason at once (AUD-2). */
    public static DecisionCorrection of(ViolationMeasure measure, String number, String text, LocalDate decidedOn,
                                        LocalDate rectificationDue, String reason) {
        Problems problems = new Problems();
        DecisionDraft decision = null;
        try {
            decision = new DecisionDraft(measure, number, text, decidedOn, rectificationDue);
        } catch (InvalidInputException e) {
            e.problems().forEach(problems::add);
        }
        String why = reason(problems, reason);
        problems.throwIfAny();
        return new DecisionCorrection(decision, why);
    }

    private static String reason(Problems problems, String raw) {
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            problems.add(FieldProblem.of("correctionReason", Violation.REQUIREMENT, "violations.correctionReasonRequired"));
            return null;
        }
        return problems.optional("correctionReason", value, REASON_LENGTH);
    }
}
