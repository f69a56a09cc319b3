package cn.tuanbiao.practice.domain;

import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** What a person enters for an indicator: a score from 0 to its points (one decimal), or met / not met for a basic condition. */
public record AnswerInput(BigDecimal score, Boolean met, String note) {

    private static final int LONGEST_NOTE = 2000;

    public void validate(Indicator indicator) {
        List<FieldProblem> problems = new ArrayList<>();
        if (indicator.basic()) {
            if (met == null) {
                problems.add(FieldProblem.of("met", "PUB-2", "practice.answer.metRequired"));
            }
        } else if (score != null && (score.signum() < 0 || score.compareTo(indicator.points()) > 0
                || score.stripTrailingZeros().scale() > 1)) {
            problems.add(FieldProblem.of("score", "PUB-2", "practice.answer.scoreOutOfRange",
                    indicator.points().stripTrailingZeros().toPlainString()));
        }
        if (note != null && note.length() > LONGEST_NOTE) {
            problems.add(FieldProblem.of("note", "FORMAT", "validation.tooLong", LONGEST_NOTE));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
