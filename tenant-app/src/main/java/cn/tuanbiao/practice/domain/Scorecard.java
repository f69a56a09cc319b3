package cn.tuanbiao.practice.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of a self-evaluation (PUB-2): the total over the third-level indicators (a basic
 * condition counts its points when met), the score under each first- and second-level indicator,
 * the stars, the basic conditions failed and those not answered yet. A failed basic condition
 * means no star whatever the score, and that standard-setting should pause.
 */
public record Scorecard(BigDecimal total, int stars, Map<String, BigDecimal> scoreByCode, List<Indicator> failedBasic,
                        List<Indicator> unanswered) {

    public static Scorecard of(Catalogue catalogue, Map<String, Answer> answers) {
        Map<String, BigDecimal> scores = new HashMap<>();
        List<Indicator> failed = new ArrayList<>();
        List<Indicator> unanswered = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Indicator indicator : catalogue.scored().values()) {
            Answer answer = answers.get(indicator.code());
            if (answer == null || !answer.given(indicator)) {
                unanswered.add(indicator);
                continue;
            }
            BigDecimal score;
            if (indicator.basic()) {
                if (!answer.met()) {
                    failed.add(indicator);
                }
                score = answer.met() ? indicator.points() : BigDecimal.ZERO;
            } else {
                score = answer.score().min(indicator.points()).max(BigDecimal.ZERO);
            }
            total = total.add(score);
            String second = indicator.parentCode();
            scores.merge(second, score, BigDecimal::add);
            scores.merge(second.substring(0, second.indexOf('.')), score, BigDecimal::add);
            scores.put(indicator.code(), score);
        }
        int stars = failed.isEmpty() ? catalogue.scheme().starsFor(total) : 0;
        return new Scorecard(total, stars, Map.copyOf(scores), List.copyOf(failed), List.copyOf(unanswered));
    }

    /** Standard-setting should pause (PUB-2). */
    public boolean basicConditionFailed() {
        return !failedBasic.isEmpty();
    }

    public boolean complete() {
        return unanswered.isEmpty();
    }

    public BigDecimal scoreOf(String code) {
        return scoreByCode.getOrDefault(code, BigDecimal.ZERO);
    }
}
