package cn.tuanbiao.violations.domain;

import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.Problems;

import java.time.LocalDate;

/**
 * The authority's decision (处理决定, PUB-4): the measure, the decision's number (文号) and text, the day it
 * was decided (not in the future), and for an order to rectify its deadline, after the decision.
 */
public record DecisionDraft(ViolationMeasure measure, String number, String text, LocalDate decidedOn,
                            LocalDate rectificationDue) {

    public static final int NUMBER_LENGTH = 60;
    public static final int TEXT_LENGTH = 4000;

    public DecisionDraft {
        Problems problems = new Problems();
        if (measure == null) {
            problems.add(FieldProblem.of("measure", "FORMAT", "validation.required"));
        }
        number = problems.required("decisionNumber", number, NUMBER_LENGTH);
        text = problems.required("decisionText", text, TEXT_LENGTH);
        if (decidedOn == null) {
            problems.add(FieldProblem.of("decidedOn", "FORMAT", "validation.required"));
        }
        if (measure == ViolationMeasure.RECTIFICATION_ORDERED && rectificationDue == null) {
            problems.add(FieldProblem.of("rectificationDue", "PUB-4", "violations.rectificationDueRequired"));
        } else if (rectificationDue != null && decidedOn != null && !rectificationDue.isAfter(decidedOn)) {
            problems.add(FieldProblem.of("rectificationDue", "PUB-4", "violations.rectificationDueAfterDecision"));
        }
        problems.throwIfAny();
        if (measure != ViolationMeasure.RECTIFICATION_ORDERED) {
            rectificationDue = null;
        }
    }
}
