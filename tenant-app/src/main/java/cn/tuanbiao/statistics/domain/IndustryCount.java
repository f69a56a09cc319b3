package cn.tuanbiao.statistics.domain;

/** An industry (GB/T 4754 code at a level) with its organizations and the standards they have published. */
public record IndustryCount(String industryCode, long organizations, StandardCounts standards) {
}
