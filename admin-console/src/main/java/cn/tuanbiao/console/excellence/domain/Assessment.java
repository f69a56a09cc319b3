package cn.tuanbiao.console.excellence.domain;

import java.math.BigDecimal;
import java.time.Instant;

/** One yearly assessment of a pool member (SUP-4), with the indicators as they were shown when it was made. */
public record Assessment(int year, BigDecimal score, Grade grade, String comment, Indicators indicators,
                         String assessedByName, Instant assessedAt) {
}
