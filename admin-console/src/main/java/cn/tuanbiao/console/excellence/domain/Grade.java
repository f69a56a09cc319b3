package cn.tuanbiao.console.excellence.domain;

import java.math.BigDecimal;

/** The grade of a yearly assessment (SUP-4), from its score out of 100. */
public enum Grade {
    /** 优秀: 90 and up */
    EXCELLENT,
    /** 良好: 80 and up */
    GOOD,
    /** 合格: 60 and up */
    PASS,
    /** 不合格 */
    FAIL;

    public static Grade of(BigDecimal score) {
        if (score.compareTo(BigDecimal.valueOf(90)) >= 0) {
            return EXCELLENT;
        }
        if (score.compareTo(BigDecimal.valueOf(80)) >= 0) {
            return GOOD;
        }
        return score.compareTo(BigDecimal.valueOf(60)) >= 0 ? PASS : FAIL;
    }
}
