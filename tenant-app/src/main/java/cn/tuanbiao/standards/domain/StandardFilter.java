package cn.tuanbiao.standards.domain;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the secretariat's project list is narrowed to: stages, a working group, words of the title,
 * and what falls due by a date (a comment period closing, or a periodic review, LC-2 and LC-6).
 * Every part is optional.
 */
public record StandardFilter(Set<Stage> stages, String workingGroup, String text, LocalDate dueBy) {

    public StandardFilter {
        stages = stages == null ? Set.of() : Set.copyOf(stages);
    }

    public static StandardFilter none() {
        return new StandardFilter(Set.of(), null, null, null);
    }
}
