package cn.tuanbiao.console.excellence.domain;

import java.math.BigDecimal;

/** A yearly assessment as typed (SUP-4): the year, the score out of 100, the assessment in words. */
public record AssessmentInput(Integer year, BigDecimal score, String comment) {
}
