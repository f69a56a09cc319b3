package cn.tuanbiao.appeals.domain;

import java.time.Instant;

/**
 * One event in a case's history, oldest first: when, what (an audit action such as
 * {@code CASE_ACCEPTED}), who acted (null for the public or an anonymous complainant) and the
 * reason they gave.
 */
public record TimelineEntry(Instant at, String action, String actor, String reason) {
}
