package cn.tuanbiao.ballots.domain;

import cn.tuanbiao.standards.domain.StandardId;

import java.time.Instant;

/** A ballot in a list: its standard, body, method, deadline, status and, once closed, its result. */
public record BallotSummary(BallotId id, StandardId standard, String standardTitle, String bodyName,
                            BallotMethod method, Instant deadline, Instant openedAt, BallotStatus status,
                            BallotResult result) {
}
