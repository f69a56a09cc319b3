package cn.tuanbiao.appeals.domain;

import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.Problems;

/**
 * An organization's time limits for its cases, in calendar days from receipt (PART-6): acknowledge
 * within 5, decide the scope within 15, conclude within 60 by default. Each limit follows the one
 * before it, and none exceeds a year.
 */
public record TimeLimits(int acknowledgeDays, int scopeDays, int concludeDays) {

    public static final int MAX_DAYS = 365;

    public static TimeLimits defaults() {
        return new TimeLimits(5, 15, 60);
    }

    /** The limits, or every field refused that is out of range or before the limit it follows. */
    public TimeLimits validate() {
        Problems problems = new Problems();
        if (acknowledgeDays < 1 || acknowledgeDays > MAX_DAYS) {
            problems.add(FieldProblem.of("acknowledgeDays", "PART-6", "validation.between", 1, MAX_DAYS));
        }
        if (scopeDays < acknowledgeDays || scopeDays > MAX_DAYS) {
            problems.add(FieldProblem.of("scopeDays", "PART-6", "cases.limitOrder"));
        }
        if (concludeDays < scopeDays || concludeDays > MAX_DAYS) {
            problems.add(FieldProblem.of("concludeDays", "PART-6", "cases.limitOrder"));
        }
        problems.throwIfAny();
        return this;
    }
}
