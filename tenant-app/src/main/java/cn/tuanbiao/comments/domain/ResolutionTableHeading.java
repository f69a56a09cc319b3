package cn.tuanbiao.comments.domain;

import java.time.LocalDate;

/**
 * What heads a comment resolution table (意见汇总处理表): the standard, the organization handling
 * it, the date, and the counts its closing note (说明) gives.
 */
public record ResolutionTableHeading(String standardTitle, String organizationName, LocalDate date, int comments,
                                     int commenters, int accepted, int partiallyAccepted, int notAccepted) {

    public int open() {
        return comments - accepted - partiallyAccepted - notAccepted;
    }
}
