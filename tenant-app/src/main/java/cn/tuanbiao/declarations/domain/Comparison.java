package cn.tuanbiao.declarations.domain;

import io.micronaut.serde.annotation.Serdeable;

/**
 * One line of the comparison with national, industry and local standards (与国家标准、行业标准、地方标准的对比,
 * PUB-1): for an indicator, the group standard's value and the other standard's.
 */
@Serdeable
public record Comparison(String standardNumber, String indicator, String ours, String theirs) {
}
