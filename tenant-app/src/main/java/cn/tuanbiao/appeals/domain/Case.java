package cn.tuanbiao.appeals.domain;

import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.Problems;
import cn.tuanbiao.standards.domain.LifecycleRefusal;
import cn.tuanbiao.tenancy.TenantId;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * An appeal, complaint or dispute (PART-6), from intake to closure: the coordination body
 * acknowledges its receipt, decides whether it is within scope (a rejection says why), records
 * handling steps in order, then the outcome with its reasons, and closes it; each within the time
 * limits fixed at intake. The complainant may escalate it to a supervisory authority once the
 * organization has finished with it or has let a time limit pass. Each transition checks its rule
 * and refuses citing PART-6; a transition returns the case after it.
 *
 * @param standardTitle the title of {@code filing.standard()}, when there is one
 */
public record Case(CaseId id, String number, CaseFiling filing, String standardTitle, Complainant complainant,
                   Instant receivedAt, CaseDeadlines deadlines, CaseProgress progress, long version) {

    public static final String REQUIREMENT = "PART-6";
    /** Deadlines and "today" are China's. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    public CaseStatus status() {
        return progress.status();
    }

    public CaseKind kind() {
        return filing.kind();
    }

    /** The time limit the case now waits on, or null when the organization has finished with it. */
    public TimeLimit pendingLimit() {
        return status().pendingLimit();
    }

    /** The date of the pending time limit, or null. */
    public LocalDate nextDeadline() {
        TimeLimit limit = pendingLimit();
        return limit == null ? null : deadlines.due(limit);
    }

    /** Whether the pending time limit has passed: the case is flagged, and the complainant may escalate. */
    public boolean overdue(LocalDate today) {
        LocalDate due = nextDeadline();
        return due != null && due.isBefore(today);
    }

    /** Acknowledges the receipt to the complainant, under the case number. */
    public Case acknowledge(Instant now) {
        if (status() != CaseStatus.RECEIVED) {
            throw new LifecycleRefusal(REQUIREMENT, "cases.alreadyAcknowledged");
        }
        return with(progress.acknowledged(now));
    }

    /** Within scope: handling begins. Acknowledges the receipt too, when that was still to do. */
    public Case accept(String note, Instant now) {
        requireScopeOpen();
        Problems problems = new Problems();
        String why = problems.optional("reason", note, CaseFiling.MAX_DESCRIPTION);
        problems.throwIfAny();
        return with(progress.scopeDecided(CaseStatus.ACCEPTED, why, now));
    }

    /** Outside the organization's scope: refused only with a reason the complainant can read. */
    public Case rejectOutOfScope(String reason, Instant now) {
        requireScopeOpen();
        Problems problems = new Problems();
        String why = problems.optional("reason", reason, CaseFiling.MAX_DESCRIPTION);
        if (why == null && (reason == null || reason.isBlank())) {
            problems.add(FieldProblem.of("reason", REQUIREMENT, "cases.rejectionNeedsReason"));
        }
        problems.throwIfAny();
        return with(progress.scopeDecided(CaseStatus.REJECTED_OUT_OF_SCOPE, why, now));
    }

    /**
     * Checks the next handling step against those recorded: the case is accepted and not yet
     * decided; the step is of the same kind as the last or a later one (negotiation, mediation,
     * arbitration), took place no earlier than the last and the receipt, and not in the future.
     */
    public StepDraft checkNextStep(StepDraft draft, List<HandlingStep> recorded, LocalDate today) {
        if (status() != CaseStatus.ACCEPTED) {
            throw new LifecycleRefusal(REQUIREMENT, "cases.stepsOnlyWhenAccepted");
        }
        StepDraft step = draft.validate();
        HandlingStep last = recorded.isEmpty() ? null : recorded.get(recorded.size() - 1);
        if (last != null && step.kind().compareTo(last.kind()) < 0) {
            throw new LifecycleRefusal(REQUIREMENT, "cases.stepOutOfOrder");
        }
        LocalDate receivedOn = LocalDate.ofInstant(receivedAt, CHINA);
        if (step.heldOn().isAfter(today)) {
            throw new InvalidInputException(FieldProblem.of("heldOn", REQUIREMENT, "cases.stepInFuture"));
        }
        if (step.heldOn().isBefore(receivedOn) || (last != null && step.heldOn().isBefore(last.heldOn()))) {
            throw new InvalidInputException(FieldProblem.of("heldOn", REQUIREMENT, "cases.stepBeforePrevious"));
        }
        return step;
    }

    /**
     * The outcome, with its reasons. A case settles only through a negotiation or mediation that
     * was recorded.
     */
    public Case decide(CaseOutcome outcome, String reasons, List<HandlingStep> steps, Instant now) {
        if (status() != CaseStatus.ACCEPTED) {
            throw new LifecycleRefusal(REQUIREMENT, "cases.decideOnlyWhenAccepted");
        }
        Problems problems = new Problems();
        if (outcome == null) {
            problems.add(FieldProblem.of("outcome", "FORMAT", "validation.required"));
        }
        String why = problems.required("reasons", reasons, CaseFiling.MAX_DESCRIPTION);
        problems.throwIfAny();
        if (outcome == CaseOutcome.SETTLED && steps.stream().noneMatch(s -> s.kind() != HandlingStepKind.ARBITRATION)) {
            throw new LifecycleRefusal(REQUIREMENT, "cases.settledWithoutStep");
        }
        return with(progress.decided(outcome, why, now));
    }

    /** Closes a decided case, or one rejected as out of scope. */
    public Case close(Instant now) {
        if (status() != CaseStatus.DECIDED && status() != CaseStatus.REJECTED_OUT_OF_SCOPE) {
            throw new LifecycleRefusal(REQUIREMENT, "cases.closeOnlyWhenConcluded");
        }
        return with(progress.closed(now));
    }

    /**
     * Escalates the case to a supervisory authority, once: when the organization has finished with
     * it (rejected, decided or closed) or has let its pending time limit pass. The complainant says
     * why. The referral is delivered afterwards; until then the escalation is pending.
     */
    public Case escalate(TenantId authority, String authorityName, UUID referral, String reason, Instant now,
                         LocalDate today) {
        requireEscalatable(today);
        Problems problems = new Problems();
        String why = problems.required("reason", reason, CaseFiling.MAX_DESCRIPTION);
        if (authority == null) {
            problems.add(FieldProblem.of("authority", REQUIREMENT, "validation.required"));
        }
        problems.throwIfAny();
        return with(progress.escalated(new Escalation(authority, authorityName, referral, now, why, null, null, null)));
    }

    /** Refuses unless the case may be escalated today: once, and only when concluded or overdue. */
    public void requireEscalatable(LocalDate today) {
        if (progress.escalation() != null) {
            throw new LifecycleRefusal(REQUIREMENT, "cases.alreadyEscalated", progress.escalation().authorityName());
        }
        if (!status().concluded() && !overdue(today)) {
            throw new LifecycleRefusal(REQUIREMENT, "cases.notYetEscalatable");
        }
    }

    /** The referral's status at the authority, as it reported it. */
    public Case referralUpdated(ReferralStatus status, String finding, Instant at) {
        return with(progress.escalated(progress.escalation().withStatus(status, finding, at)));
    }

    /** The case as the organization's people see it: an anonymous report names nobody. */
    public Case asSeenByTheOrganization() {
        return new Case(id, number, filing, standardTitle, complainant.asSeenByTheOrganization(), receivedAt, deadlines,
                progress, version);
    }

    private void requireScopeOpen() {
        if (status() != CaseStatus.RECEIVED && status() != CaseStatus.ACKNOWLEDGED) {
            throw new LifecycleRefusal(REQUIREMENT, "cases.scopeAlreadyDecided");
        }
    }

    private Case with(CaseProgress next) {
        return new Case(id, number, filing, standardTitle, complainant, receivedAt, deadlines, next, version);
    }
}
