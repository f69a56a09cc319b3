package cn.tuanbiao.console.alliance.domain;

import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.Problems;
import cn.tuanbiao.tenancy.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * A member organization's nomination of one of its published standards in an award round (SUP-1),
 * with the outcome once the secretariat recorded it ({@code outcome} null until then).
 */
public record AwardNomination(UUID id, UUID round, String roundName, TenantId member, String memberName,
                              UUID standard, String standardNumber, String standardTitle, String reason,
                              String nominatedByName, Instant nominatedAt, AwardOutcome outcome, String awardLevel,
                              String outcomeNote, Instant decidedAt) {

    /**
     * The outcome the secretariat records, once (SUP-1): an award needs its level, other outcomes none;
     * returns the level and note as stored.
     */
    public Decision decide(AwardOutcome chosen, String level, String note) {
        if (outcome != null) {
            throw new InvalidInputException(FieldProblem.of("outcome", "SUP-1", "alliance.award.alreadyDecided",
                    standardTitle));
        }
        Problems problems = new Problems();
        if (chosen == null) {
            problems.add(FieldProblem.of("outcome", "FORMAT", "validation.required"));
        }
        String l = problems.optional("awardLevel", level, 100);
        if (chosen == AwardOutcome.AWARDED && l == null) {
            problems.add(FieldProblem.of("awardLevel", "SUP-1", "alliance.award.levelRequired"));
        }
        String n = problems.optional("outcomeNote", note, 500);
        problems.throwIfAny();
        return new Decision(chosen, chosen == AwardOutcome.AWARDED ? l : null, n);
    }

    public record Decision(AwardOutcome outcome, String awardLevel, String note) {
    }
}
