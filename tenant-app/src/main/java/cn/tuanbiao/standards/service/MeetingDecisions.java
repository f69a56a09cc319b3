package cn.tuanbiao.standards.service;

import cn.tuanbiao.standards.domain.DecisionStep;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a lifecycle step asks of the meetings (PART-3): the decisions recorded for a standard's
 * step, and the check that one of them may stand as the step's evidence. Read and written in the
 * current transaction's tenant.
 */
public interface MeetingDecisions {

    /** A recorded decision a step can take as its evidence, as a picker shows it. */
    record Offer(UUID id, String reference, String text, String meetingTitle, Instant meetingStartedAt) {
    }

    /** The decisions recorded for {@code standard}'s {@code step} in meetings held with a quorum, newest first. */
    List<Offer> offeredFor(UUID standard, DecisionStep step);

    /**
     * Checks that the decision exists, was taken in a meeting held with a quorum, and is for this
     * standard and step, refusing with PART-3 otherwise; links it to the step and returns the text
     * the step keeps as its decision (reference and wording).
     */
    String useAsEvidence(TenantId tenant, UUID decision, UUID standard, DecisionStep step, PersonId by);
}
