package cn.tuanbiao.appeals.domain;

import java.time.Instant;

/**
 * What has happened to a case since intake: its status, when its receipt was acknowledged, the
 * scope decision and its reason, the outcome and its reasons, closure, and any escalation.
 */
public record CaseProgress(CaseStatus status, Instant acknowledgedAt, Instant scopeDecidedAt, String scopeReason,
                           CaseOutcome outcome, String outcomeReasons, Instant decidedAt, Instant closedAt,
                           Escalation escalation) {

    public static CaseProgress received() {
        return new CaseProgress(CaseStatus.RECEIVED, null, null, null, null, null, null, null, null);
    }

    CaseProgress acknowledged(Instant at) {
        return new CaseProgress(CaseStatus.ACKNOWLEDGED, at, scopeDecidedAt, scopeReason, outcome, outcomeReasons,
                decidedAt, closedAt, escalation);
    }

    CaseProgress scopeDecided(CaseStatus next, String reason, Instant at) {
        return new CaseProgress(next, acknowledgedAt == null ? at : acknowledgedAt, at, reason, outcome, outcomeReasons,
                decidedAt, closedAt, escalation);
    }

    CaseProgress decided(CaseOutcome result, String reasons, Instant at) {
        return new CaseProgress(CaseStatus.DECIDED, acknowledgedAt, scopeDecidedAt, scopeReason, result, reasons, at,
                closedAt, escalation);
    }

    CaseProgress closed(Instant at) {
        return new CaseProgress(CaseStatus.CLOSED, acknowledgedAt, scopeDecidedAt, scopeReason, outcome, outcomeReasons,
                decidedAt, at, escalation);
    }

    CaseProgress escalated(Escalation to) {
        return new CaseProgress(status, acknowledgedAt, scopeDecidedAt, scopeReason, outcome, outcomeReasons, decidedAt,
                closedAt, to);
    }
}
