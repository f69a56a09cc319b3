package cn.tuanbiao.statistics.domain;

/** The standards published in a year (the year of their number, LC-4), by their status now. */
public record YearCount(int year, StandardCounts standards) {
}
