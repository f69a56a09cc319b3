package cn.tuanbiao.declarations.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A supervisory authority's decision on a violation by an organization, as made public through the
 * national registry (PUB-4; registry-sync/PROTOCOL.md §5c): the organization concerned, the authority,
 * the rule broken and the facts, where the case came from, the decision (measure as the platform labels
 * it, number, text, date, a rectification deadline for an order to rectify) and the day it was published;
 * a corrected notice (更正) also says why and when it was corrected.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ViolationNotice(Party organization, Party authority, String rule, String facts, String source,
                              Decision decision, String publishedOn, Correction correction) {

    @Serdeable
    public record Party(String name, String creditCode) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Decision(String measure, String number, String text, String decidedOn, String rectificationDue) {
    }

    /** The latest correction of a published decision (更正原因, 更正日期); absent from a notice never corrected. */
    @Serdeable
    public record Correction(String reason, String correctedOn) {
    }
}
