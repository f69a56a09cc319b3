package cn.tuanbiao.innovation.domain;

import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.Problems;

import java.time.LocalDate;

/** An achievement as entered; {@link #validate} refuses bad input field by field (AUD-2). */
public record AchievementDraft(TargetKind kind, String title, LocalDate achievedOn, Integer participants) {

    public AchievementDraft validate(LocalDate today) {
        Problems problems = new Problems();
        String cleanTitle = problems.required("title", title, 300);
        if (kind == null) {
            problems.add(FieldProblem.of("kind", "FORMAT", "validation.required"));
        }
        if (achievedOn == null) {
            problems.add(FieldProblem.of("achievedOn", "FORMAT", "validation.required"));
        } else if (achievedOn.isAfter(today)) {
            problems.add(FieldProblem.of("achievedOn", "SUP-5", "centre.dateInFuture"));
        }
        if (participants != null && participants < 1) {
            problems.add(FieldProblem.of("participants", "FORMAT", "validation.between", 1, 1000000));
        }
        problems.throwIfAny();
        return new AchievementDraft(kind, cleanTitle, achievedOn, participants);
    }
}
