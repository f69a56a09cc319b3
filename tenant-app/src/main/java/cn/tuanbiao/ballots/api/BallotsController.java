package cn.tuanbiao.ballots.api;

import cn.tuanbiao.ballots.domain.BallotDetail;
import cn.tuanbiao.ballots.domain.BallotId;
import cn.tuanbiao.ballots.domain.BallotMethod;
import cn.tuanbiao.ballots.domain.BallotOpening;
import cn.tuanbiao.ballots.domain.BallotResult;
import cn.tuanbiao.ballots.domain.BallotStatus;
import cn.tuanbiao.ballots.domain.BallotSummary;
import cn.tuanbiao.ballots.domain.CastVote;
import cn.tuanbiao.ballots.domain.Choice;
import cn.tuanbiao.ballots.domain.Exclusion;
import cn.tuanbiao.ballots.domain.MeetingRecord;
import cn.tuanbiao.ballots.domain.VoteInput;
import cn.tuanbiao.ballots.service.BallotService;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.i18n.Messages;
import cn.tuanbiao.shared.web.Caller;
import cn.tuanbiao.shared.web.RequestLocale;
import cn.tuanbiao.standards.domain.ReviewOutcome.VoteBase;
import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.tenancy.TenantId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Ballots on a standard in technical review (PART-2, LC-3) over REST. */
@Controller("/api/organizations/{organizationId}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Ballots")
class BallotsController {

    private final BallotService ballots;
    private final Messages messages;

    BallotsController(BallotService ballots, Messages messages) {
        this.ballots = ballots;
        this.messages = messages;
    }

    @Post("/standards/{id}/ballots")
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Open a ballot on a standard in technical review (secretariat): the body's voting-right "
            + "holders are listed now, drafters, drafting-unit experts and the recused excluded with their reason; "
            + "ONLINE needs a deadline in the future, MEETING is recorded later from the meeting")
    BallotView open(HttpRequest<?> request, Authentication auth, @PathVariable UUID organizationId,
                    @PathVariable UUID id, @Body OpeningRequest body) {
        return view(request, ballots.open(Caller.of(auth), new TenantId(organizationId), new StandardId(id),
                new BallotOpening(body.bodyId(), body.method(), body.deadline() == null ? null : body.deadline().toInstant())));
    }

    @Get("/standards/{id}/ballots{?offset,limit}")
    @Operation(summary = "The standard's ballots, newest first, each with its result once closed")
    Page<SummaryView> list(HttpRequest<?> request, Authentication auth, @PathVariable UUID organizationId,
                           @PathVariable UUID id, @QueryValue(defaultValue = "0") int offset,
                           @QueryValue(defaultValue = "50") int limit) {
        return summaries(request, ballots.list(Caller.of(auth), new TenantId(organizationId), new StandardId(id),
                new PageRequest(offset, limit)));
    }

    @Get("/standards/{id}/ballots/{ballotId}")
    @Operation(summary = "A ballot with its list of voters and exclusion reasons, the caller's own vote, and once "
            + "closed every vote and the result's arithmetic; no running tally before the close")
    BallotView get(HttpRequest<?> request, Authentication auth, @PathVariable UUID organizationId,
                   @PathVariable UUID id, @PathVariable UUID ballotId) {
        return view(request, ballots.get(Caller.of(auth), new TenantId(organizationId), new StandardId(id),
                new BallotId(ballotId)));
    }

    @Post("/standards/{id}/ballots/{ballotId}/votes")
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Vote APPROVE, DISAPPROVE (reason required) or ABSTAIN as an eligible voter until the "
            + "deadline; voting again changes the vote, the latest counts")
    VoteView vote(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id,
                  @PathVariable UUID ballotId, @Body VoteRequest body) {
        return VoteView.of(ballots.vote(Caller.of(auth), new TenantId(organizationId), new StandardId(id),
                new BallotId(ballotId), new VoteInput(body.choice(), body.reason())));
    }

    @Post("/standards/{id}/ballots/{ballotId}/close")
    @Operation(summary = "Close an online ballot after its deadline (secretariat): the result is counted by LC-3 "
            + "and recorded for good; a passed ballot records the standard's review outcome")
    BallotView close(HttpRequest<?> request, Authentication auth, @PathVariable UUID organizationId,
                     @PathVariable UUID id, @PathVariable UUID ballotId) {
        return view(request, ballots.close(Caller.of(auth), new TenantId(organizationId), new StandardId(id),
                new BallotId(ballotId)));
    }

    @Post("/standards/{id}/ballots/{ballotId}/meeting-vote")
    @Operation(summary = "Record a meeting vote from the ballot's list (secretariat): the seats attending and each "
            + "attendee's vote; counted and recorded like an online ballot")
    BallotView recordMeetingVote(HttpRequest<?> request, Authentication auth, @PathVariable UUID organizationId,
                                 @PathVariable UUID id, @PathVariable UUID ballotId, @Body MeetingRequest body) {
        Map<UUID, VoteInput> votes = new HashMap<>();
        if (body.votes() != null) {
            body.votes().forEach(v -> votes.put(v.seatId(), new VoteInput(v.choice(), v.reason())));
        }
        return view(request, ballots.recordMeetingVote(Caller.of(auth), new TenantId(organizationId),
                new StandardId(id), new BallotId(ballotId), new MeetingRecord(
                        body.attended() == null ? null : new HashSet<>(body.attended()), votes)));
    }

    @Get("/ballots/mine{?offset,limit}")
    @Operation(summary = "Open online ballots on which the caller is an eligible voter and has not voted yet, "
            + "nearest deadline first")
    Page<SummaryView> mine(HttpRequest<?> request, Authentication auth, @PathVariable UUID organizationId,
                           @QueryValue(defaultValue = "0") int offset, @QueryValue(defaultValue = "50") int limit) {
        return summaries(request, ballots.awaitingMyVote(Caller.of(auth), new TenantId(organizationId),
                new PageRequest(offset, limit)));
    }

    private BallotView view(HttpRequest<?> request, BallotDetail d) {
        Locale locale = RequestLocale.of(request);
        List<VoterView> voters = d.voters().stream().map(v -> new VoterView(v.seat().toString(),
                v.person() == null ? null : v.person().toString(), v.holderName(), v.memberName(), v.eligible(),
                v.exclusion(), v.exclusionDetail(), v.exclusion() == null ? null
                        : messages.get(locale, "ballots.exclusion." + v.exclusion().name()),
                d.result() == null ? null : d.attended().contains(v.seat()),
                d.voteOf(v.seat()).map(CastVote::choice).orElse(null),
                d.voteOf(v.seat()).map(CastVote::reason).orElse(null))).toList();
        return new BallotView(d.ballot().id().toString(), d.ballot().standard().toString(), d.ballot().body().toString(),
                d.ballot().bodyName(), d.ballot().method(), time(d.ballot().deadline()), d.ballot().openedAt().toString(),
                d.status(), voters, d.myVote() == null ? null : VoteView.of(d.myVote()), d.mayVote(),
                ResultView.of(d.result(), messages, locale));
    }

    private Page<SummaryView> summaries(HttpRequest<?> request, Page<BallotSummary> page) {
        Locale locale = RequestLocale.of(request);
        return page.map(s -> new SummaryView(s.id().toString(), s.standard().toString(), s.standardTitle(),
                s.bodyName(), s.method(), time(s.deadline()), s.openedAt().toString(), s.status(),
                ResultView.of(s.result(), messages, locale)));
    }

    private static String time(java.time.Instant instant) {
        return instant == null ? null : instant.toString();
    }

    @Serdeable
    record OpeningRequest(@Nullable UUID bodyId, @Nullable BallotMethod method, @Nullable OffsetDateTime deadline) {
    }

    @Serdeable
    record VoteRequest(@Nullable Choice choice, @Nullable String reason) {
    }

    @Serdeable
    record MeetingRequest(@Nullable List<UUID> attended, @Nullable List<MeetingVote> votes) {
    }

    @Serdeable
    record MeetingVote(UUID seatId, @Nullable Choice choice, @Nullable String reason) {
    }

    @Serdeable
    record VoterView(String seatId, @Nullable String personId, String holderName, @Nullable String memberName,
                     boolean eligible, @Nullable Exclusion exclusion, @Nullable String exclusionDetail,
                     @Nullable String exclusionText, @Nullable Boolean attended, @Nullable Choice vote,
                     @Nullable String reason) {
    }

    @Serdeable
    record VoteView(String seatId, int revision, Choice choice, @Nullable String reason, String castAt) {

        static VoteView of(CastVote v) {
            return new VoteView(v.seat().toString(), v.revision(), v.choice(), v.reason(), v.castAt().toString());
        }
    }

    /** The result with its arithmetic spelled out in the caller's language (LC-3). */
    @Serdeable
    record ResultView(VoteBase baseKind, int eligible, @Nullable Integer attending, int base, int inFavour, int against,
                      int abstained, int notVoted, int threshold, boolean passed, boolean appliedToStandard,
                      String closedAt, String arithmetic) {

        static ResultView of(BallotResult r, Messages messages, Locale locale) {
            if (r == null) {
                return null;
            }
            return new ResultView(r.baseKind(), r.eligible(), r.attending(), r.base(), r.inFavour(), r.against(),
                    r.abstained(), r.notVoted(), r.threshold(), r.passed(), r.applied(), r.closedAt().toString(),
                    messages.get(locale, r.summaryKey(), r.arguments()));
        }
    }

    @Serdeable
    record BallotView(String id, String standardId, String bodyId, String bodyName, BallotMethod method,
                      @Nullable String deadline, String openedAt, BallotStatus status, List<VoterView> voters,
                      @Nullable VoteView myVote, boolean mayVote, @Nullable ResultView result) {
    }

    @Serdeable
    record SummaryView(String id, String standardId, String standardTitle, String bodyName, BallotMethod method,
                       @Nullable String deadline, String openedAt, BallotStatus status, @Nullable ResultView result) {
    }
}
