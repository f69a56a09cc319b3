package cn.tuanbiao.standards.domain;

import cn.tuanbiao.documents.domain.DocumentKind;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.users.domain.Actor;
import cn.tuanbiao.users.domain.OrganizationRole;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static cn.tuanbiao.users.domain.OrganizationRole.COUNCIL_MEMBER;
import static cn.tuanbiao.users.domain.OrganizationRole.SECRETARIAT;
import static cn.tuanbiao.users.domain.OrganizationRole.WORKING_GROUP_MEMBER;

/**
 * A group standard on its way from proposal to periodic review (LC-1). Each transition is one
 * method that checks its rule and refuses with the requirement it enforces; it returns the
 * project in its next stage as a {@link Step} for the audit log. Immutable: a refused
 * transition changes nothing.
 */
public record StandardProject(
        StandardId id,
        TenantId tenant,
        Subject subject,
        PersonId proposer,
        Stage stage,
        Drafting drafting,
        boolean planAnnouncedPublicly,
        CommentPeriod commentPeriod,
        ReviewOutcome reviewOutcome,
        String approvalDecision,
        String cyberspaceConsultation,
        Publication publication,
        StandardId replaces,
        String terminationReason,
        Instant createdAt,
        long version) {

    /** Anyone with a role in the organization proposes a standard (LC-1). */
    public static StandardProject propose(StandardId id, Actor proposer, Subject subject, StandardId replaces,
                                          Instant now) {
        return new StandardProject(id, proposer.tenant(), subject, proposer.person(), Stage.PROPOSAL, null, false,
                null, null, null, null, null, replaces, null, now, 0);
    }

    /**
     * Enters a standard the organization published before it came to the platform, with its
     * number and dates as published, so that its periodic review is tracked (LC-6) and the
     * numbering goes on after it (LC-4). Only the secretariat does this, and only for the past.
     */
    public static Step registerEarlierPublication(StandardId id, Actor secretariat, Subject subject, Drafting drafting,
                                                  Publication publication, LocalDate today, Instant now) {
        requireRole(secretariat, SECRETARIAT);
        if (publication.publishedOn().isAfter(today)) {
            throw new LifecycleRefusal("LC-1", "lifecycle.earlierPublicationInFuture");
        }
        if (publication.inForceFrom().isBefore(publication.publishedOn())) {
            throw new LifecycleRefusal("LC-1", "lifecycle.inForceBeforePublication");
        }
        if (publication.number().year().getValue() != publication.publishedOn().getYear()) {
            throw new LifecycleRefusal("LC-4", "lifecycle.numberYearIsPublicationYear");
        }
        StandardProject registered = new StandardProject(id, secretariat.tenant(), subject, secretariat.person(),
                Stage.PUBLISHED, drafting, false, null, null, null, null, publication, null, null, now, 0);
        return new Step(registered, "REGISTERED_AS_PUBLISHED", Map.of("number", publication.number().toString(),
                "publishedOn", publication.publishedOn().toString()));
    }

    /** The drafting body's project proposal document is in (LC-1, LC-5). */
    public Step submitProjectProposal(Actor actor, Evidence evidence) {
        requireStage(Stage.PROPOSAL);
        requireRole(actor, WORKING_GROUP_MEMBER, SECRETARIAT);
        requireDocuments(evidence, DocumentKind.PROJECT_PROPOSAL);
        return step(withStage(Stage.PROJECT_PROPOSAL), "PROJECT_PROPOSAL_SUBMITTED", Map.of());
    }

    /** The coordination body approves the project (LC-1, ORG-3). */
    public Step approveProject(Actor actor, String decision) {
        requireStage(Stage.PROJECT_PROPOSAL);
        requireRole(actor, SECRETARIAT);
        requireText("decision", decision);
        return step(withStage(Stage.PROJECT_APPROVED), "PROJECT_APPROVED", Map.of("decision", decision));
    }

    /** The project plan is announced to members, and publicly when the public interest is involved (LC-1). */
    public Step announcePlan(Actor actor, boolean publicly, Evidence evidence) {
        requireStage(Stage.PROJECT_APPROVED);
        requireRole(actor, SECRETARIAT);
        requireDocuments(evidence, DocumentKind.PROJECT_PLAN);
        if (subject.publicInterest() && !publicly) {
            throw new LifecycleRefusal("LC-1", "lifecycle.planMustBePublic");
        }
        StandardProject next = copy(Stage.PLAN_ANNOUNCED, drafting, publicly, commentPeriod, reviewOutcome,
                approvalDecision, cyberspaceConsultation, publication, terminationReason);
        return step(next, "PLAN_ANNOUNCED", Map.of("publicly", String.valueOf(publicly)));
    }

    /** A working group starts drafting; its drafters will not vote on the draft (LC-1, LC-3). */
    public Step startDrafting(Actor actor, Drafting team) {
        requireStage(Stage.PLAN_ANNOUNCED);
        requireRole(actor, SECRETARIAT);
        requireText("workingGroup", team.workingGroup());
        StandardProject next = copy(Stage.DRAFTING, team, planAnnouncedPublicly, commentPeriod, reviewOutcome,
                approvalDecision, cyberspaceConsultation, publication, terminationReason);
        return step(next, "DRAFTING_STARTED", Map.of("workingGroup", team.workingGroup(),
                "drafters", String.valueOf(team.drafters().size())));
    }

    /** The draft for comment goes out with its explanatory notes (LC-1, LC-5). */
    public Step submitDraftForComment(Actor actor, Evidence evidence) {
        requireStage(Stage.DRAFTING);
        requireRole(actor, WORKING_GROUP_MEMBER, SECRETARIAT);
        requireDocuments(evidence, DocumentKind.DRAFT_FOR_COMMENT, DocumentKind.EXPLANATORY_NOTES);
        return step(withStage(Stage.DRAFT_FOR_COMMENT), "DRAFT_FOR_COMMENT_SUBMITTED", Map.of());
    }

    /** Opens the comment period: at least the policy's minimum, never under 30 days (LC-2). */
    public Step openCommentPeriod(Actor actor, CommentPeriod period, LifecyclePolicy policy, Evidence evidence) {
        requireStage(Stage.DRAFT_FOR_COMMENT);
        requireRole(actor, SECRETARIAT);
        if (period.opens().isBefore(evidence.today())) {
            throw new LifecycleRefusal("LC-2", "lifecycle.commentPeriodInPast");
        }
        if (period.days() < policy.minimumCommentDays()) {
            throw new LifecycleRefusal("LC-2", "lifecycle.commentPeriodTooShort", period.days(),
                    policy.minimumCommentDays());
        }
        StandardProject next = copy(Stage.COMMENT_PERIOD, drafting, planAnnouncedPublicly, period, reviewOutcome,
                approvalDecision, cyberspaceConsultation, publication, terminationReason);
        return step(next, "COMMENT_PERIOD_OPENED", Map.of("opens", period.opens().toString(),
                "closes", period.closes().toString(), "audience", period.audience().name()));
    }

    /** Closes the comment period, not before its last day has passed (LC-2). */
    public Step closeCommentPeriod(Actor actor, Evidence evidence) {
        requireStage(Stage.COMMENT_PERIOD);
        requireRole(actor, SECRETARIAT);
        if (!commentPeriod.isOver(evidence.today())) {
            throw new LifecycleRefusal("LC-2", "lifecycle.commentPeriodNotOver", commentPeriod.closes());
        }
        return step(withStage(Stage.COMMENT_RESOLUTION), "COMMENT_PERIOD_CLOSED", Map.of());
    }

    /**
     * The draft for review, once every comment has a disposition (PART-1) and the draft is in (LC-5).
     * The resolution table is generated from the dispositions and kept when the step is taken.
     */
    public Step submitDraftForReview(Actor actor, int comments, int disposed, Evidence evidence) {
        requireStage(Stage.COMMENT_RESOLUTION);
        requireRole(actor, WORKING_GROUP_MEMBER, SECRETARIAT);
        if (disposed < comments) {
            throw new LifecycleRefusal("PART-1", "lifecycle.commentsWithoutDisposition", comments - disposed);
        }
        requireDocuments(evidence, DocumentKind.DRAFT_FOR_REVIEW);
        return step(withStage(Stage.DRAFT_FOR_REVIEW), "DRAFT_FOR_REVIEW_SUBMITTED",
                Map.of("comments", String.valueOf(comments)));
    }

    /** The secretariat convenes the technical review (LC-3). */
    public Step startTechnicalReview(Actor actor) {
        requireStage(Stage.DRAFT_FOR_REVIEW);
        requireRole(actor, SECRETARIAT);
        return step(withStage(Stage.TECHNICAL_REVIEW), "TECHNICAL_REVIEW_STARTED", Map.of());
    }

    /**
     * Records the review's outcome (LC-3): consensus, or a vote with at least 3/4 of the
     * configured base in favour — never of the votes cast — in which no drafter voted.
     */
    public Step recordReviewOutcome(Actor actor, ReviewOutcome outcome, LifecyclePolicy policy) {
        requireStage(Stage.TECHNICAL_REVIEW);
        requireRole(actor, SECRETARIAT);
        Map<String, String> details;
        if (outcome instanceof ReviewOutcome.Consensus consensus) {
            requireText("minutes", consensus.minutes());
            details = Map.of("outcome", "CONSENSUS");
        } else {
            ReviewOutcome.Vote vote = (ReviewOutcome.Vote) outcome;
            checkVote(vote, policy);
            details = Map.of("outcome", "VOTE", "base", String.valueOf(vote.base()),
                    "inFavour", String.valueOf(vote.inFavour().size()), "against", String.valueOf(vote.against().size()),
                    "abstained", String.valueOf(vote.abstained().size()), "threshold", String.valueOf(vote.threshold()));
        }
        StandardProject next = copy(Stage.REVIEW_PASSED, drafting, planAnnouncedPublicly, commentPeriod, outcome,
                approvalDecision, cyberspaceConsultation, publication, terminationReason);
        return step(next, "TECHNICAL_REVIEW_PASSED", details);
    }

    private void checkVote(ReviewOutcome.Vote vote, LifecyclePolicy policy) {
        if (vote.baseKind() != policy.voteBase()) {
            throw new LifecycleRefusal("LC-3", "lifecycle.voteBaseMismatch");
        }
        Set<PersonId> draftersWhoVoted = vote.voters().stream()
                .filter(drafting.drafters()::contains).collect(Collectors.toSet());
        if (!draftersWhoVoted.isEmpty()) {
            throw new LifecycleRefusal("LC-3", "lifecycle.drafterVoted", draftersWhoVoted.size());
        }
        if (vote.votesCast() > vote.base()) {
            throw new LifecycleRefusal("LC-3", "lifecycle.moreVotesThanBase", vote.votesCast(), vote.base());
        }
        if (!vote.passes()) {
            throw new LifecycleRefusal("LC-3", "lifecycle.voteShortOfThreeQuarters", vote.inFavour().size(),
                    vote.base(), vote.threshold());
        }
    }

    /** The draft for approval is in (LC-1, LC-5). */
    public Step submitDraftForApproval(Actor actor, Evidence evidence) {
        requireStage(Stage.REVIEW_PASSED);
        requireRole(actor, WORKING_GROUP_MEMBER, SECRETARIAT);
        requireDocuments(evidence, DocumentKind.DRAFT_FOR_APPROVAL);
        return step(withStage(Stage.DRAFT_FOR_APPROVAL), "DRAFT_FOR_APPROVAL_SUBMITTED", Map.of());
    }

    /**
     * The decision body approves (LC-1, ORG-3). A standard touching national security or the
     * public interest on cybersecurity needs the recorded consultation with the cyberspace
     * authority first (LC-7).
     */
    public Step approve(Actor actor, String decision, String consultation) {
        requireStage(Stage.DRAFT_FOR_APPROVAL);
        requireRole(actor, COUNCIL_MEMBER);
        requireText("decision", decision);
        boolean consulted = consultation != null && !consultation.isBlank();
        if (subject.cybersecurity() && !consulted) {
            throw new LifecycleRefusal("LC-7", "lifecycle.cyberspaceConsultationRequired");
        }
        StandardProject next = copy(Stage.APPROVED, drafting, planAnnouncedPublicly, commentPeriod, reviewOutcome,
                decision, consulted ? consultation : null, publication, terminationReason);
        return step(next, "APPROVED", Map.of("decision", decision));
    }

    /**
     * Publishes under the number the organization's sequence gave it (LC-4), in force from
     * {@code inForceFrom}; the periodic review falls due after the policy's interval (LC-6).
     */
    public Step publish(Actor actor, StandardNumber number, LocalDate publishedOn, LocalDate inForceFrom,
                        LifecyclePolicy policy) {
        requireStage(Stage.APPROVED);
        requireRole(actor, SECRETARIAT);
        if (inForceFrom.isBefore(publishedOn)) {
            throw new LifecycleRefusal("LC-1", "lifecycle.inForceBeforePublication");
        }
        if (number.year().getValue() != publishedOn.getYear()) {
            throw new LifecycleRefusal("LC-4", "lifecycle.numberYearIsPublicationYear");
        }
        Publication published = new Publication(number, publishedOn, inForceFrom,
                publishedOn.plusYears(policy.reviewIntervalYears()));
        StandardProject next = copy(Stage.PUBLISHED, drafting, planAnnouncedPublicly, commentPeriod, reviewOutcome,
                approvalDecision, cyberspaceConsultation, published, terminationReason);
        return step(next, "PUBLISHED", Map.of("number", number.toString(), "publishedOn", publishedOn.toString(),
                "inForceFrom", inForceFrom.toString()));
    }

    /**
     * The periodic review's outcome (LC-6): confirmed (the next review falls due an interval
     * later), to be revised (a revision project keeps the lineage), or withdrawn.
     */
    public Step recordPeriodicReview(Actor actor, PeriodicReviewDecision decision, String reason, LocalDate today,
                                     LifecyclePolicy policy) {
        requireStage(Stage.PUBLISHED);
        requireRole(actor, SECRETARIAT);
        requireText("reason", reason);
        Publication reviewed = new Publication(publication.number(), publication.publishedOn(),
                publication.inForceFrom(), today.plusYears(policy.reviewIntervalYears()));
        Stage next = decision == PeriodicReviewDecision.WITHDRAW ? Stage.WITHDRAWN : Stage.PUBLISHED;
        StandardProject after = copy(next, drafting, planAnnouncedPublicly, commentPeriod, reviewOutcome,
                approvalDecision, cyberspaceConsultation, reviewed, terminationReason);
        return step(after, "PERIODIC_REVIEW_" + decision.name(), Map.of("reason", reason));
    }

    /** Replaced by the publication of its revision (LC-1: revisions keep their lineage). */
    public Step replacedBy(StandardNumber revision) {
        requireStage(Stage.PUBLISHED);
        return step(withStage(Stage.REPLACED), "REPLACED", Map.of("by", revision.toString()));
    }

    /** Terminates the project at any stage before publication, with a reason (LC-1). */
    public Step terminate(Actor actor, String reason) {
        if (!stage.beforePublication()) {
            throw new LifecycleRefusal("LC-1", "lifecycle.terminateAfterPublication");
        }
        requireRole(actor, SECRETARIAT, COUNCIL_MEMBER);
        requireText("reason", reason);
        StandardProject next = copy(Stage.TERMINATED, drafting, planAnnouncedPublicly, commentPeriod, reviewOutcome,
                approvalDecision, cyberspaceConsultation, publication, reason);
        return step(next, "TERMINATED", Map.of("reason", reason, "at", stage.name()));
    }

    private void requireStage(Stage expected) {
        if (stage != expected) {
            throw new LifecycleRefusal("LC-1", "lifecycle.wrongStage", "stage." + stage.name(),
                    "stage." + expected.name());
        }
    }

    private static void requireRole(Actor actor, OrganizationRole... allowed) {
        if (Arrays.stream(allowed).noneMatch(actor::has)) {
            throw new LifecycleRefusal("ORG-3", "lifecycle.roleRequired",
                    Arrays.stream(allowed).map(r -> "role." + r.name()).collect(Collectors.joining(",")));
        }
    }

    private static void requireDocuments(Evidence evidence, DocumentKind... required) {
        Set<String> missing = Arrays.stream(required).filter(k -> !evidence.documents().contains(k))
                .map(k -> "document." + k.name()).collect(Collectors.toCollection(TreeSet::new));
        if (!missing.isEmpty()) {
            throw new LifecycleRefusal("LC-5", "lifecycle.documentsMissing", String.join(",", missing));
        }
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new LifecycleRefusal("AUD-1", "lifecycle.reasonRequired", "field." + field);
        }
    }

    private Step step(StandardProject next, String action, Map<String, String> details) {
        return new Step(next, action, details);
    }

    private StandardProject withStage(Stage next) {
        return copy(next, drafting, planAnnouncedPublicly, commentPeriod, reviewOutcome, approvalDecision,
                cyberspaceConsultation, publication, terminationReason);
    }

    private StandardProject copy(Stage nextStage, Drafting nextDrafting, boolean planPublicly, CommentPeriod period,
                                 ReviewOutcome outcome, String decision, String consultation, Publication published,
                                 String reason) {
        return new StandardProject(id, tenant, subject, proposer, nextStage, nextDrafting, planPublicly, period,
                outcome, decision, consultation, published, replaces, reason, createdAt, version);
    }
}
