package cn.tuanbiao.appeals.domain;

import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.Problems;

import java.time.LocalDate;

/** A handling step as entered: its kind, when it took place, who took part, what came of it (PART-6). */
public record StepDraft(HandlingStepKind kind, LocalDate heldOn, String participants, String summary) {

    public StepDraft validate() {
        Problems problems = new Problems();
        if (kind == null) {
            problems.add(FieldProblem.of("stepKind", "FORMAT", "validation.required"));
        }
        if (heldOn == null) {
            problems.add(FieldProblem.of("heldOn", "FORMAT", "validation.required"));
        }
        String who = problems.required("participants", participants, 1000);
        String what = problems.required("summary", summary, CaseFiling.MAX_DESCRIPTION);
        problems.throwIfAny();
        return new StepDraft(kind, heldOn, who, what);
    }
}
