package cn.tuanbiao.console.excellence.domain;

/**
 * What an assessment of one year is made from (SUP-4), read across organizations without entering
 * any: standards published in the year (the public register, V12) and in force (statistics rollups,
 * V28), the latest submitted good-practice statement up to the year (PUB-2), complaints received in the
 * year (PART-6), published standards overdue for periodic review (LC-6). {@code goodPracticeYear} and {@code goodPracticeStars}
 * are null when no statement was submitted.
 */
public record Indicators(int year, long publishedInYear, long inForce, Integer goodPracticeYear,
                         Integer goodPracticeStars, long complaints, long overdueReviews) {
}
