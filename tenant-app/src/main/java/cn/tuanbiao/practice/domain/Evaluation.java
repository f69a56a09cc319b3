package cn.tuanbiao.practice.domain;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** An organization's self-evaluation of one year against one scheme version, with its answers by indicator code. */
public record Evaluation(UUID id, int year, String schemeVersion, EvaluationStatus status, Map<String, Answer> answers,
                         Instant updatedAt, Instant submittedAt, String submittedByName) {

    public Evaluation {
        answers = Map.copyOf(answers);
    }
}
