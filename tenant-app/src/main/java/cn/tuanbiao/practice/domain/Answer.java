package cn.tuanbiao.practice.domain;

import java.math.BigDecimal;
import java.util.List;

/** The answer to one third-level indicator: a score, or met / not met for a basic condition; a note and its evidence. */
public record Answer(String indicatorCode, BigDecimal score, Boolean met, String note, List<Evidence> evidence,
                     AnswerSource source) {

    public Answer {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    public boolean given(Indicator indicator) {
        return indicator.basic() ? met != null : score != null;
    }
}
