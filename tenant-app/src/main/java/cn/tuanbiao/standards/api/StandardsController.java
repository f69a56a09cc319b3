package cn.tuanbiao.standards.api;

import cn.tuanbiao.screening.domain.ApprovalWarning;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.web.Caller;
import cn.tuanbiao.standards.domain.CommentPeriod;
import cn.tuanbiao.standards.domain.Drafting;
import cn.tuanbiao.standards.domain.EarlierPublication;
import cn.tuanbiao.standards.domain.LifecyclePolicy;
import cn.tuanbiao.standards.domain.PeriodicReviewDecision;
import cn.tuanbiao.standards.domain.Proposal;
import cn.tuanbiao.standards.domain.ReviewOutcome;
import cn.tuanbiao.standards.domain.Stage;
import cn.tuanbiao.standards.domain.PartNumbering;
import cn.tuanbiao.standards.domain.StandardFilter;
import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.standards.domain.StandardSummary;
import cn.tuanbiao.standards.service.StandardService;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The lifecycle of group standards (LC-1 … LC-7) over REST: one POST per transition, the same
 * service and rules as the UI. A refused step answers 409 with the requirement it enforces.
 */
@Controller("/api/organizations/{organizationId}/standards")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Standards lifecycle")
class StandardsController {

    private final StandardService standards;

    StandardsController(StandardService standards) {
        this.standards = standards;
    }

    @Get("{?stage,workingGroup,q,dueBy,offset,limit}")
    @Operation(summary = "The organization's standard projects, filtered by stage, working group, title and what falls "
            + "due by a date (comment periods closing, periodic reviews), paged")
    Page<StandardSummary> list(Authentication auth, @PathVariable UUID organizationId, @Nullable @QueryValue List<Stage> stage,
                               @Nullable @QueryValue String workingGroup, @Nullable @QueryValue String q,
                               @Nullable @QueryValue LocalDate dueBy,
                               @QueryValue(defaultValue = "0") int offset, @QueryValue(defaultValue = "50") int limit) {
        return standards.list(Caller.of(auth), new TenantId(organizationId), new StandardFilter(
                stage == null ? Set.of() : Set.copyOf(stage), workingGroup, q, dueBy), new PageRequest(offset, limit));
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Propose a standard (or a revision of a published one, with `replaces`)")
    StandardView propose(Authentication auth, @PathVariable UUID organizationId, @Body ProposalRequest request) {
        return StandardView.of(standards.propose(Caller.of(auth), new TenantId(organizationId),
                new Proposal(request.titleZh(), request.titleEn(), request.scope(), request.publicInterest(),
                        request.cybersecurity()), request.replaces() == null ? null : new StandardId(request.replaces())));
    }

    @Post("/earlier-publications")
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Register a standard published before the organization came to the platform (LC-4, LC-6)")
    StandardView registerEarlierPublication(Authentication auth, @PathVariable UUID organizationId,
                                            @Body EarlierPublicationRequest body) {
        return StandardView.of(standards.registerEarlierPublication(Caller.of(auth), new TenantId(organizationId),
                new EarlierPublication(body.titleZh(), body.titleEn(), body.scope(), body.sequence(), body.part(),
                        body.publishedOn(), body.inForceFrom(), body.draftingUnits())));
    }

    @Get("/{id}")
    StandardView get(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id) {
        return StandardView.of(standards.get(Caller.of(auth), new TenantId(organizationId), new StandardId(id)));
    }

    @Post("/{id}/project-proposal")
    StandardView submitProjectProposal(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id) {
        return StandardView.of(standards.submitProjectProposal(Caller.of(auth), new TenantId(organizationId), new StandardId(id)));
    }

    @Post("/{id}/project-approval")
    @Operation(summary = "Approve the project: the decision as text, or meetingDecision, a decision recorded in a "
            + "coordination meeting held with quorum (PART-3)")
    StandardView approveProject(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id,
                                @Body Decision body) {
        return StandardView.of(standards.approveProject(Caller.of(auth), new TenantId(organizationId), new StandardId(id),
                body.decision(), body.meetingDecision()));
    }

    @Post("/{id}/plan-announcement")
    StandardView announcePlan(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id,
                              @Body Announcement body) {
        return StandardView.of(standards.announcePlan(Caller.of(auth), new TenantId(organizationId), new StandardId(id),
                body.publicly()));
    }

    @Post("/{id}/drafting")
    StandardView startDrafting(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id,
                               @Body DraftingRequest body) {
        Set<PersonId> drafters = body.drafters() == null ? Set.of()
                : body.drafters().stream().map(PersonId::new).collect(Collectors.toSet());
        return StandardView.of(standards.startDrafting(Caller.of(auth), new TenantId(organizationId), new StandardId(id),
                new Drafting(body.workingGroup(), body.draftingUnits(), drafters)));
    }

    @Post("/{id}/draft-for-comment")
    StandardView submitDraftForComment(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id) {
        return StandardView.of(standards.submitDraftForComment(Caller.of(auth), new TenantId(organizationId), new StandardId(id)));
    }

    @Post("/{id}/comment-period")
    @Operation(summary = "Open the comment period: at least 30 days (LC-2)")
    StandardView openCommentPeriod(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id,
                                   @Body CommentPeriodRequest body) {
        return StandardView.of(standards.openCommentPeriod(Caller.of(auth), new TenantId(organizationId), new StandardId(id),
                new CommentPeriod(body.opens(), body.closes(), body.audience())));
    }

    @Post("/{id}/comment-period/closing")
    StandardView closeCommentPeriod(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id) {
        return StandardView.of(standards.closeCommentPeriod(Caller.of(auth), new TenantId(organizationId), new StandardId(id)));
    }

    @Post("/{id}/draft-for-review")
    @Operation(summary = "Send the draft to review once every comment has its disposition (PART-1); "
            + "the comment resolution table is generated and kept as the standard's document")
    StandardView submitDraftForReview(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id) {
        return StandardView.of(standards.submitDraftForReview(Caller.of(auth), new TenantId(organizationId),
                new StandardId(id)));
    }

    @Post("/{id}/technical-review")
    StandardView startTechnicalReview(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id) {
        return StandardView.of(standards.startTechnicalReview(Caller.of(auth), new TenantId(organizationId), new StandardId(id)));
    }

    @Post("/{id}/review-outcome")
    @Operation(summary = "Record the technical review: consensus (minutes as text, or meetingDecision, a review "
            + "meeting's decision, PART-3), or a vote passed by 3/4 of the configured base (LC-3)")
    StandardView recordReviewOutcome(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id,
                                     @Body ReviewRequest body) {
        return StandardView.of(standards.recordReviewOutcome(Caller.of(auth), new TenantId(organizationId),
                new StandardId(id), body.outcome(), body.meetingDecision()));
    }

    @Post("/{id}/draft-for-approval")
    StandardView submitDraftForApproval(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id) {
        return StandardView.of(standards.submitDraftForApproval(Caller.of(auth), new TenantId(organizationId), new StandardId(id)));
    }

    @Post("/{id}/approval")
    @Operation(summary = "Approve for publication: the decision as text, or meetingDecision, a decision recorded in a "
            + "council meeting held with quorum (PART-3)")
    StandardView approve(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id,
                         @Body Approval body) {
        return StandardView.of(standards.approve(Caller.of(auth), new TenantId(organizationId), new StandardId(id),
                body.decision(), body.cyberspaceConsultation(), body.meetingDecision()));
    }

    @Post("/{id}/publication")
    @Operation(summary = "Publish: the organization's next number T/CODE n—year is assigned (LC-4); firstPart "
            + "starts a multi-part standard (n.1), partOf: n publishes its next part (n.2, n.3 …)")
    StandardView publish(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id,
                         @Body PublicationRequest body) {
        PartNumbering parts = body.partOf() != null ? PartNumbering.nextPartOf(body.partOf())
                : Boolean.TRUE.equals(body.firstPart()) ? PartNumbering.FIRST_PART : PartNumbering.SINGLE;
        return StandardView.of(standards.publish(Caller.of(auth), new TenantId(organizationId), new StandardId(id),
                body.publishedOn(), body.inForceFrom(), parts));
    }

    @Post("/{id}/periodic-review")
    StandardView recordPeriodicReview(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id,
                                      @Body PeriodicReview body) {
        return StandardView.of(standards.recordPeriodicReview(Caller.of(auth), new TenantId(organizationId),
                new StandardId(id), body.decision(), body.reason()));
    }

    @Post("/{id}/termination")
    StandardView terminate(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id,
                           @Body Termination body) {
        return StandardView.of(standards.terminate(Caller.of(auth), new TenantId(organizationId), new StandardId(id),
                body.reason()));
    }

    @Get("/{id}/approval-warnings")
    @Operation(summary = "The checks before approval (LC-7): overlaps with mandatory and published standards, "
            + "business scope, cyberspace consultation")
    List<ApprovalWarning> approvalWarnings(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id) {
        return standards.approvalWarnings(Caller.of(auth), new TenantId(organizationId), new StandardId(id));
    }

    @Get("/lifecycle-policy")
    PolicyView policy(Authentication auth, @PathVariable UUID organizationId) {
        return PolicyView.of(standards.policy(Caller.of(auth), new TenantId(organizationId)));
    }

    @Put("/lifecycle-policy")
    PolicyView setPolicy(Authentication auth, @PathVariable UUID organizationId, @Body PolicyView body) {
        return PolicyView.of(standards.setPolicy(Caller.of(auth), new TenantId(organizationId),
                new LifecyclePolicy(body.minimumCommentDays(), body.voteBase(), body.reviewIntervalYears())));
    }

    @Serdeable
    record ProposalRequest(String titleZh, @Nullable String titleEn, String scope, boolean publicInterest,
                           boolean cybersecurity, @Nullable UUID replaces) {
    }

    @Serdeable
    record EarlierPublicationRequest(@Nullable String titleZh, @Nullable String titleEn, @Nullable String scope,
                                     @Nullable Integer sequence, @Nullable Integer part, @Nullable LocalDate publishedOn,
                                     @Nullable LocalDate inForceFrom, @Nullable String draftingUnits) {
    }

    @Serdeable
    record Decision(@Nullable String decision, @Nullable UUID meetingDecision) {
    }

    @Serdeable
    record Announcement(boolean publicly) {
    }

    @Serdeable
    record DraftingRequest(String workingGroup, @Nullable String draftingUnits, @Nullable List<UUID> drafters) {
    }

    @Serdeable
    record CommentPeriodRequest(LocalDate opens, LocalDate closes, CommentPeriod.Audience audience) {
    }

    @Serdeable
    record ReviewRequest(String kind, @Nullable String minutes, @Nullable ReviewOutcome.VoteBase baseKind,
                         @Nullable Integer base, @Nullable List<UUID> inFavour, @Nullable List<UUID> against,
                         @Nullable List<UUID> abstained, @Nullable UUID meetingDecision) {

        ReviewOutcome outcome() {
            if ("CONSENSUS".equals(kind) || kind == null && meetingDecision != null) {
                return new ReviewOutcome.Consensus(minutes);
            }
            return new ReviewOutcome.Vote(baseKind, base == null ? 0 : base, people(inFavour), people(against),
                    people(abstained));
        }

        private static Set<PersonId> people(List<UUID> ids) {
            return ids == null ? Set.of() : ids.stream().map(PersonId::new).collect(Collectors.toSet());
        }
    }

    @Serdeable
    record Approval(@Nullable String decision, @Nullable String cyberspaceConsultation,
                    @Nullable UUID meetingDecision) {
    }

    @Serdeable
    record PublicationRequest(@Nullable LocalDate publishedOn, @Nullable LocalDate inForceFrom,
                              @Nullable Boolean firstPart, @Nullable Integer partOf) {
    }

    @Serdeable
    record PeriodicReview(PeriodicReviewDecision decision, String reason) {
    }

    @Serdeable
    record Termination(String reason) {
    }

    @Serdeable
    record PolicyView(int minimumCommentDays, ReviewOutcome.VoteBase voteBase, int reviewIntervalYears) {

        static PolicyView of(LifecyclePolicy policy) {
            return new PolicyView(policy.minimumCommentDays(), policy.voteBase(), policy.reviewIntervalYears());
        }
    }
}
