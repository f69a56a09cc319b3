package cn.tuanbiao.meetings.domain;

import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;

/**
 * An organization's meeting rules (PART-3, ORG-6): the quorum rule, and whether a seat holder may
 * attend through a proxy. By default more than half of the seats, and no proxies.
 */
public record MeetingPolicy(QuorumRule quorumRule, boolean proxiesAllowed) {

    public MeetingPolicy {
        if (quorumRule == null) {
            throw new InvalidInputException(FieldProblem.of("quorumRule", "FORMAT", "validation.required"));
        }
    }

    public static MeetingPolicy defaults() {
        return new MeetingPolicy(QuorumRule.MORE_THAN_HALF, false);
    }
}
