package cn.tuanbiao.practice.domain;

import java.math.BigDecimal;
import java.time.Instant;

/** A version of the good-practice scheme (e.g. 2024) with its star thresholds (PUB-2: 70, 85, 95 of 100). */
public record Scheme(String version, int year, String title, BigDecimal oneStar, BigDecimal twoStar,
                     BigDecimal threeStar, BigDecimal totalPoints, String sourceFile, Instant importedAt) {

    /** The stars a total earns when no basic condition failed. */
    public int starsFor(BigDecimal total) {
        if (total.compareTo(threeStar) >= 0) {
            return 3;
        }
        if (total.compareTo(twoStar) >= 0) {
            return 2;
        }
        return total.compareTo(oneStar) >= 0 ? 1 : 0;
    }
}
