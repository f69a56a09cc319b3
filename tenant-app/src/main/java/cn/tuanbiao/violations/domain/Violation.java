package cn.tuanbiao.violations.domain;

import cn.tuanbiao.declarations.domain.ViolationNotice;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.standards.domain.LifecycleRefusal;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A violation case of a supervisory authority (PUB-4): recorded against an organization of its
 * jurisdiction, decided once (处理决定), then published once through the national registry; a published
 * decision is only ever corrected (更正), with a reason, and the registry keeps every version. Each
 * transition checks its rule and refuses citing the requirement.
 */
public record Violation(UUID id, TenantId authority, Concerned organization, String rule, String facts,
                        ViolationSource source, ViolationStatus status, Decision decision, LocalDate publishedOn,
                        PersonId recordedBy, Instant recordedAt, Instant publishedAt, int corrections, long version) {

    public static final String REQUIREMENT = "PUB-4";

    /** The organization concerned, with the registration it had when the case was recorded. */
    public record Concerned(TenantId id, String name, String code, String creditCode, String regionCode) {
    }

    /** The decision as made: measure, number, text, date, a rectification deadline for an order to rectify. */
    public record Decision(ViolationMeasure measure, String number, String text, LocalDate decidedOn,
                           LocalDate rectificationDue, PersonId decidedBy, Instant decidedAt) {

        /** Whether the draft says exactly what this decision says. */
        public boolean sameAs(DecisionDraft draft) {
            return measure == draft.measure() && number.equals(draft.number()) && text.equals(draft.text())
                    && decidedOn.equals(draft.decidedOn()) && Objects.equals(rectificationDue, draft.rectificationDue());
        }
    }

    public static Violation record(UUID id, TenantId authority, Concerned organization, ViolationDraft draft,
                                   ViolationSource source, PersonId by, Instant at) {
        return new Violation(id, authority, organization, draft.rule(), draft.facts(), source, ViolationStatus.RECORDED,
                null, null, by, at, null, 0, 0);
    }

    /** Decides the case, once; the decision's date cannot lie after {@code today}. */
    public Violation decide(DecisionDraft draft, LocalDate today, PersonId by, Instant at) {
        if (status != ViolationStatus.RECORDED) {
            throw new LifecycleRefusal(REQUIREMENT, "violations.alreadyDecided");
        }
        if (draft.decidedOn().isAfter(today)) {
            throw new InvalidInputException(FieldProblem.of("decidedOn", REQUIREMENT, "violations.decidedInFuture"));
        }
        return new Violation(id, authority, organization, rule, facts, source, ViolationStatus.DECIDED,
                new Decision(draft.measure(), draft.number(), draft.text(), draft.decidedOn(), draft.rectificationDue(),
                        by, at), null, recordedBy, recordedAt, null, corrections, version);
    }

    /** Publishes the decision through the national registry, once: never before it is decided (PUB-4). */
    public Violation publish(LocalDate today, Instant at) {
        if (status == ViolationStatus.RECORDED) {
            throw new LifecycleRefusal(REQUIREMENT, "violations.notDecided");
        }
        if (status == ViolationStatus.PUBLISHED) {
            throw new LifecycleRefusal(REQUIREMENT, "violations.alreadyPublished");
        }
        return new Violation(id, authority, organization, rule, facts, source, ViolationStatus.PUBLISHED, decision,
                today, recordedBy, recordedAt, at, corrections, version);
    }

    /**
     * Corrects the published decision (更正, PUB-4): refused before publication, and when the corrected
     * decision says what the published one says; its date can lie neither after {@code today} nor after
     * the publication (the registry never shows a decision published before it was made). Who decided
     * and when stays; the correction itself is the caller's to record.
     */
    public Violation correct(DecisionDraft draft, LocalDate today) {
        if (status != ViolationStatus.PUBLISHED) {
            throw new LifecycleRefusal(REQUIREMENT, "violations.notPublished");
        }
        if (decision.sameAs(draft)) {
            throw new InvalidInputException(FieldProblem.of("correction", REQUIREMENT, "violations.correctionUnchanged"));
        }
        if (draft.decidedOn().isAfter(today)) {
            throw new InvalidInputException(FieldProblem.of("decidedOn", REQUIREMENT, "violations.decidedInFuture"));
        }
        if (draft.decidedOn().isAfter(publishedOn)) {
            throw new InvalidInputException(FieldProblem.of("decidedOn", REQUIREMENT, "violations.decidedAfterPublication",
                    publishedOn));
        }
        return new Violation(id, authority, organization, rule, facts, source, status,
                new Decision(draft.measure(), draft.number(), draft.text(), draft.decidedOn(), draft.rectificationDue(),
                        decision.decidedBy(), decision.decidedAt()), publishedOn, recordedBy, recordedAt, publishedAt,
                corrections + 1, version);
    }

    /** What the registry publishes (PROTOCOL §5c), once decided and published. */
    public ViolationNotice notice(String authorityName, String authorityCreditCode) {
        return notice(authorityName, authorityCreditCode, null);
    }

    /** The notice of a corrected decision: the decision as it now reads, with the correction's reason and day. */
    public ViolationNotice notice(String authorityName, String authorityCreditCode, ViolationNotice.Correction correction) {
        if (status != ViolationStatus.PUBLISHED) {
            throw new LifecycleRefusal(REQUIREMENT, "violations.notDecided");
        }
        return new ViolationNotice(new ViolationNotice.Party(organization.name(), organization.creditCode()),
                new ViolationNotice.Party(authorityName, authorityCreditCode), rule, facts, source.kind().name(),
                new ViolationNotice.Decision(decision.measure().registryLabel(), decision.number(), decision.text(),
                        decision.decidedOn().toString(),
                        decision.rectificationDue() == null ? null : decision.rectificationDue().toString()),
                publishedOn.toString(), correction);
    }
}
