package cn.tuanbiao.statistics.domain;

/**
 * A division of GB/T 2260 at a level (its code padded with zeros: {@code 330000} for Zhejiang),
 * with the organizations registered in it and the standards they have published.
 */
public record RegionCount(String regionCode, RegionLevel level, long organizations, StandardCounts standards) {
}
