package cn.tuanbiao.standards.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The comment period on the draft (LC-2): open to all members, or to the public. */
public record CommentPeriod(LocalDate opens, LocalDate closes, Audience audience) {

    /** Who may comment. */
    public enum Audience {
        MEMBERS,
        PUBLIC
    }

    public long days() {
        return ChronoUnit.DAYS.between(opens, closes);
    }

    /** Comments are taken from the opening day until the day before {@code closes}. */
    public boolean accepts(LocalDate today) {
        return !today.isBefore(opens) && today.isBefore(closes);
    }

    public boolean isOver(LocalDate today) {
        return !today.isBefore(closes);
    }
}
