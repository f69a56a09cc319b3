package cn.tuanbiao.console.alliance.domain;

import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.Problems;

import java.time.LocalDate;

/** The secretariat records a member leaving the alliance (退出联盟, SUP-1): on which day and why. */
public record Leaving(LocalDate leftOn, String reason) {

    /** The same, trimmed; the date is required and not in the future, the reason required. */
    public Leaving validate(LocalDate today) {
        Problems problems = new Problems();
        if (leftOn == null) {
            problems.add(FieldProblem.of("leftOn", "FORMAT", "validation.required"));
        } else if (leftOn.isAfter(today)) {
            problems.add(FieldProblem.of("leftOn", "SUP-1", "alliance.leaving.inTheFuture", today));
        }
        String r = problems.required("reason", reason, 500);
        problems.throwIfAny();
        return new Leaving(leftOn, r);
    }
}
