package cn.tuanbiao.appeals.domain;

import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.Problems;
import cn.tuanbiao.standards.domain.LifecycleRefusal;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A case escalated to a supervisory authority, as the authority holds it (SUP-2, PART-6): a copy
 * of what it needs, made when the case was escalated (so the authority never reads the
 * organization's tables), and the authority's own handling: received, investigating, concluded
 * with a finding. The status only moves forward.
 *
 * @param complainantName  null for an anonymous report; the address is still given, the authority must be able to answer
 * @param timeline         the case's timeline when escalated, oldest first
 */
public record Referral(UUID id, TenantId authority, TenantId organization, CaseId sourceCase, String caseNumber,
                       String organizationName, String organizationCode, CaseKind kind, String title,
                       String description, String complainantName, String complainantEmail, boolean anonymous,
                       CaseStatus caseStatus, String scopeReason, CaseOutcome outcome, String outcomeReasons,
                       List<TimelineEntry> timeline, String escalationReason, Instant referredAt,
                       ReferralStatus status, String finding, Instant statusChangedAt, PersonId statusChangedBy,
                       long version) {

    public Referral {
        timeline = List.copyOf(timeline);
    }

    /** Records the authority's handling: a later status than the present one; concluding needs a finding. */
    public Referral record(ReferralStatus next, String newFinding, PersonId by, Instant now) {
        Problems problems = new Problems();
        if (next == null) {
            problems.add(FieldProblem.of("status", "FORMAT", "validation.required"));
        }
        String found = problems.optional("finding", newFinding, CaseFiling.MAX_DESCRIPTION);
        if (next == ReferralStatus.CONCLUDED && found == null && (newFinding == null || newFinding.isBlank())) {
            problems.add(FieldProblem.of("finding", "SUP-2", "referrals.findingRequired"));
        }
        problems.throwIfAny();
        if (next.compareTo(status) <= 0) {
            throw new LifecycleRefusal("SUP-2", "referrals.statusOnlyForward");
        }
        return new Referral(id, authority, organization, sourceCase, caseNumber, organizationName, organizationCode,
                kind, title, description, complainantName, complainantEmail, anonymous, caseStatus, scopeReason,
                outcome, outcomeReasons, timeline, escalationReason, referredAt, next,
                next == ReferralStatus.CONCLUDED ? found : finding, now, by, version);
    }
}
