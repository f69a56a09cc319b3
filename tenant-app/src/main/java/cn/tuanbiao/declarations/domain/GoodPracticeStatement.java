package cn.tuanbiao.declarations.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.util.List;

/**
 * The good-practice statement (自我声明, PUB-2; registry-sync/PROTOCOL.md §5b) an organization makes
 * public for a year: its self-evaluation against a scheme of the good-practice indicators (GB/T 20004),
 * the score, the stars, the basic conditions failed, and its commitment that the evaluation is true.
 */
@Serdeable
public record GoodPracticeStatement(Party organization, int year, Scheme scheme, BigDecimal totalScore, int stars,
                                    BasicConditions basicConditions, List<Section> firstLevel, String statedOn,
                                    Commitments commitments) {

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Party(String name, String creditCode) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Scheme(String version, String title, Thresholds thresholds) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Thresholds(BigDecimal oneStar, BigDecimal twoStar, BigDecimal threeStar) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BasicConditions(int total, List<Item> failed) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(String code, String name) {
    }

    /** A first-level indicator with its points and the score reached under it. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Section(String code, String name, BigDecimal points, BigDecimal score) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Commitments(boolean truthful) {
    }
}
