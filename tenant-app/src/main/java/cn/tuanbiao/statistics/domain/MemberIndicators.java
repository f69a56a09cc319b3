package cn.tuanbiao.statistics.domain;

import java.util.OptionalInt;

/**
 * What an alliance secretariat oversees of one current member organization (SUP-1), beside its
 * public standards and its number in progress ({@link OrganizationIndicators}): how it honours the
 * rules of standard-setting, as numbers only — never a draft's title, stage or date.
 *
 * @param commentPeriods          comment periods opened (LC-2)
 * @param commentPeriodsHonoured  of them, those that ran at least 30 days
 * @param votesByRule             ballots closed with the result computed by LC-3 against the configured base
 * @param publishedInForce        standards published and in force, the self-declaration rate's base
 * @param declarationsConfirmed   of them, those whose self-declaration is confirmed (PUB-1)
 * @param overdueReviews          published standards whose periodic review is overdue today (LC-6)
 * @param casesOpen               appeals, complaints and disputes received and not yet decided (PART-6)
 * @param practiceYear            the year of its latest submitted good-practice self-evaluation (PUB-2), if any
 * @param practiceStars           that evaluation's stars (0 … 3), if any
 */
public record MemberIndicators(OrganizationIndicators organization, long commentPeriods, long commentPeriodsHonoured,
                               long votesByRule, long publishedInForce, long declarationsConfirmed,
                               long overdueReviews, long casesOpen, OptionalInt practiceYear,
                               OptionalInt practiceStars) {

    /** Confirmed self-declarations per standard in force, in whole percent; empty with none in force. */
    public OptionalInt declarationRate() {
        return publishedInForce == 0 ? OptionalInt.empty()
                : OptionalInt.of((int) Math.round(100.0 * declarationsConfirmed / publishedInForce));
    }
}
