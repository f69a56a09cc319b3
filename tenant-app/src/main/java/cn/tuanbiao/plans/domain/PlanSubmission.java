package cn.tuanbiao.plans.domain;

import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.Problems;

import java.util.UUID;

/** A plan as submitted (ORG-7, AUD-2): an annual plan names its drafting body and year, a development plan its years. */
public record PlanSubmission(PlanKind kind, String title, UUID draftingBody, Integer fromYear, Integer toYear) {

    public PlanSubmission validate() {
        Problems problems = new Problems();
        if (kind == null) {
            problems.add(FieldProblem.of("planKind", "FORMAT", "validation.required"));
        }
        String cleanTitle = problems.required("planTitle", title, 200);
        if (fromYear == null) {
            problems.add(FieldProblem.of("fromYear", "FORMAT", "validation.required"));
        } else if (fromYear < 2000 || fromYear > 2100) {
            problems.add(FieldProblem.of("fromYear", "FORMAT", "validation.between", 2000, 2100));
        }
        Integer lastYear = kind == PlanKind.ANNUAL_WORK_PLAN ? fromYear : toYear;
        if (kind == PlanKind.ANNUAL_WORK_PLAN && draftingBody == null) {
            problems.add(FieldProblem.of("draftingBody", "ORG-7", "plans.annualPlanNeedsBody"));
        }
        if (kind == PlanKind.DEVELOPMENT_PLAN) {
            if (draftingBody != null) {
                problems.add(FieldProblem.of("draftingBody", "ORG-7", "plans.developmentPlanHasNoBody"));
            }
            if (toYear == null) {
                problems.add(FieldProblem.of("toYear", "FORMAT", "validation.required"));
            } else if (fromYear != null && (toYear <= fromYear || toYear - fromYear > 10)) {
                problems.add(FieldProblem.of("toYear", "ORG-7", "plans.multiYear"));
            }
        }
        problems.throwIfAny();
        return new PlanSubmission(kind, cleanTitle, draftingBody, fromYear, lastYear);
    }
}
