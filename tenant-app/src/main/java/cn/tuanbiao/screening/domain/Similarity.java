package cn.tuanbiao.screening.domain;

import java.util.Set;

/**
 * How alike two standards are, 0 … 1, from their subject words: the Dice coefficient of the
 * titles weighs most, the scopes' adds to it when both have one.
 */
public final class Similarity {

    private static final double TITLE_WEIGHT = 0.6;

    private Similarity() {
    }

    public static double of(Set<String> titleA, Set<String> scopeA, Set<String> titleB, Set<String> scopeB) {
        double titles = dice(titleA, titleB);
        if (scopeA.isEmpty() || scopeB.isEmpty()) {
            return titles;
        }
        return TITLE_WEIGHT * titles + (1 - TITLE_WEIGHT) * dice(scopeA, scopeB);
    }

    public static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        long shared = a.stream().filter(b::contains).count();
        return 2.0 * shared / (a.size() + b.size());
    }
}
