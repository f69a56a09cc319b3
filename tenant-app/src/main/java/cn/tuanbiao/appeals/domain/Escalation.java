package cn.tuanbiao.appeals.domain;

import cn.tuanbiao.tenancy.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * A case escalated to a supervisory authority (PART-6, SUP-2): which authority, the referral sent
 * there, why, and the referral's status as the authority last reported it; {@code status} is null
 * until the referral has reached the authority.
 */
public record Escalation(TenantId authority, String authorityName, UUID referral, Instant escalatedAt, String reason,
                         ReferralStatus status, String finding, Instant statusAt) {

    public boolean delivered() {
        return status != null;
    }

    public Escalation withStatus(ReferralStatus next, String newFinding, Instant at) {
        return new Escalation(authority, authorityName, referral, escalatedAt, reason, next, newFinding, at);
    }
}
