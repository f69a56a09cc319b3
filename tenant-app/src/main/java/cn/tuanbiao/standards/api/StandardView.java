package cn.tuanbiao.standards.api;

import cn.tuanbiao.standards.domain.ReviewOutcome;
import cn.tuanbiao.standards.domain.StandardProject;
import cn.tuanbiao.tenancy.PersonId;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/** A standard project as the REST API shows it: flat, with the stage's arithmetic spelled out. */
@Serdeable
record StandardView(
        String id,
        String stage,
        String titleZh,
        String titleEn,
        String scope,
        boolean publicInterest,
        boolean cybersecurity,
        String proposer,
        String workingGroup,
        String draftingUnits,
        List<String> drafters,
        boolean planAnnouncedPublicly,
        LocalDate commentOpens,
        LocalDate commentCloses,
        String commentAudience,
        Review review,
        String approvalDecision,
        String cyberspaceConsultation,
        String number,
        LocalDate publishedOn,
        LocalDate inForceFrom,
        LocalDate periodicReviewDue,
        String replaces,
        String terminationReason,
        long version) {

    /** The technical review's outcome: consensus minutes, or the vote's arithmetic (LC-3). */
    @Serdeable
    record Review(String kind, String minutes, String baseKind, Integer base, Integer inFavour, Integer against,
                  Integer abstained, Integer threshold) {
    }

    static StandardView of(StandardProject p) {
        var d = p.drafting();
        var c = p.commentPeriod();
        var pub = p.publication();
        return new StandardView(p.id().toString(), p.stage().name(), p.subject().titleZh(), p.subject().titleEn(),
                p.subject().scope(), p.subject().publicInterest(), p.subject().cybersecurity(), p.proposer().toString(),
                d == null ? null : d.workingGroup(), d == null ? null : d.draftingUnits(),
                d == null ? List.of() : d.drafters().stream().map(PersonId::toString).sorted().toList(),
                p.planAnnouncedPublicly(), c == null ? null : c.opens(), c == null ? null : c.closes(),
                c == null ? null : c.audience().name(), review(p.reviewOutcome()), p.approvalDecision(),
                p.cyberspaceConsultation(), pub == null ? null : pub.number().toString(),
                pub == null ? null : pub.publishedOn(), pub == null ? null : pub.inForceFrom(),
                pub == null ? null : pub.reviewDue(), p.replaces() == null ? null : p.replaces().toString(),
                p.terminationReason(), p.version());
    }

    private static Review review(ReviewOutcome outcome) {
        if (outcome instanceof ReviewOutcome.Consensus consensus) {
            return new Review("CONSENSUS", consensus.minutes(), null, null, null, null, null, null);
        }
        if (outcome instanceof ReviewOutcome.Vote vote) {
            return new Review("VOTE", null, vote.baseKind().name(), vote.base(), vote.inFavour().size(),
                    vote.against().size(), vote.abstained().size(), vote.threshold());
        }
        return null;
    }
}
