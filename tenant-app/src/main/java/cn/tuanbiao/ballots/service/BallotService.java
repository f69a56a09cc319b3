package cn.tuanbiao.ballots.service;

import cn.tuanbiao.audit.domain.AuditEntry;
import cn.tuanbiao.audit.service.AuditTrail;
import cn.tuanbiao.ballots.domain.Ballot;
import cn.tuanbiao.ballots.domain.BallotDetail;
import cn.tuanbiao.ballots.domain.BallotId;
import cn.tuanbiao.ballots.domain.BallotMethod;
import cn.tuanbiao.ballots.domain.BallotOpening;
import cn.tuanbiao.ballots.domain.BallotResult;
import cn.tuanbiao.ballots.domain.BallotSummary;
import cn.tuanbiao.ballots.domain.BallotVoter;
import cn.tuanbiao.ballots.domain.CastVote;
import cn.tuanbiao.ballots.domain.Choice;
import cn.tuanbiao.ballots.domain.Eligibility;
import cn.tuanbiao.ballots.domain.MeetingRecord;
import cn.tuanbiao.ballots.domain.SeatHolder;
import cn.tuanbiao.ballots.domain.Tally;
import cn.tuanbiao.ballots.domain.VoteInput;
import cn.tuanbiao.ballots.persistence.BallotStore;
import cn.tuanbiao.bodies.domain.Body;
import cn.tuanbiao.bodies.domain.BodyId;
import cn.tuanbiao.bodies.persistence.BodyStore;
import cn.tuanbiao.notifications.domain.NotificationKind;
import cn.tuanbiao.notifications.domain.Recipients;
import cn.tuanbiao.notifications.domain.SubjectLink;
import cn.tuanbiao.notifications.service.Notifications;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.standards.domain.LifecycleRefusal;
import cn.tuanbiao.standards.domain.ReviewOutcome.VoteBase;
import cn.tuanbiao.standards.domain.Stage;
import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.standards.domain.StandardProject;
import cn.tuanbiao.standards.persistence.LifecyclePolicyStore;
import cn.tuanbiao.standards.service.Recusals;
import cn.tuanbiao.standards.service.StandardLookup;
import cn.tuanbiao.standards.service.StandardService;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.users.domain.Actor;
import cn.tuanbiao.users.domain.OrganizationRole;
import cn.tuanbiao.users.service.AccessControl;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Ballots on a standard in technical review (PART-2, LC-3).
 *
 * <ul>
 *   <li>The secretariat opens a ballot naming the body whose voting-right holders vote; the list
 *   is snapshotted then, with drafters, drafting-unit experts and the recused excluded and kept
 *   on it with their reason. One open ballot per standard at a time.</li>
 *   <li>Online, each eligible voter approves, disapproves (with a reason) or abstains until the
 *   deadline, and may change their vote until then: each change is a further revision in the
 *   insert-only vote table and an event in the audit log. The events say that a vote was cast,
 *   not how, until the close: before it nobody sees how anyone voted, nor a running tally.</li>
 *   <li>The secretariat closes an online ballot once its deadline has passed — not earlier, even
 *   when everyone has voted, since voters may change their vote until the deadline. A meeting
 *   ballot is closed by recording the meeting's attendance and votes.</li>
 *   <li>Closing counts the votes by LC-3 ({@link Tally}) and records the result for good. A passed
 *   ballot is recorded as the standard's review outcome through
 *   {@link StandardService#recordReviewOutcome} in the same transaction, so the lifecycle's own
 *   LC-3 and PART-5 guards judge it too and the standard moves on; a failed one leaves the
 *   standard in technical review, where a new ballot may be opened.</li>
 * </ul>
 * The base kind is the organization's policy when the ballot closes, the one the lifecycle's
 * guard checks the vote against.
 */
@Singleton
public class BallotService {

    private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final AccessControl access;
    private final Notifications notifications;
    private final StandardLookup lookup;
    private final StandardService standards;
    private final LifecyclePolicyStore policies;
    private final BodyStore bodies;
    private final BallotStore store;
    private final Recusals recusals;
    private final AuditTrail audit;
    private final Clock clock;

    public BallotService(AccessControl access, StandardLookup lookup, StandardService standards,
                         LifecyclePolicyStore policies, BodyStore bodies, BallotStore store, Recusals recusals,
                         AuditTrail audit, Notifications notifications, Clock clock) {
        this.access = access;
        this.notifications = notifications;
        this.lookup = lookup;
        this.standards = standards;
        this.policies = policies;
        this.bodies = bodies;
        this.store = store;
        this.recusals = recusals;
        this.audit = audit;
        this.clock = clock;
    }

    /** The secretariat opens a ballot on a standard in technical review and the list is snapshotted (PART-2). */
    public BallotDetail open(PersonId caller, TenantId tenant, StandardId standard, BallotOpening opening) {
        Instant now = clock.instant();
        Instant deadline = opening.validate(now);
        return access.actIn(caller, tenant, actor -> {
            requireSecretariat(actor);
            StandardProject project = lookup.lock(tenant, standard);
            requireInReview(project);
            if (store.hasOpenBallot(standard)) {
                throw new LifecycleRefusal("PART-2", "ballots.alreadyOpen");
            }
            Body body = bodies.find(new BodyId(opening.body()))
                    .orElseThrow(() -> new InvalidInputException(FieldProblem.of("body", "PART-2", "bodies.notFound")));
            LocalDate today = standards.today();
            if (!body.isActive(today)) {
                throw new InvalidInputException(FieldProblem.of("body", "PART-2", "ballots.bodyNotActive"));
            }
            List<SeatHolder> seats = store.votingSeats(body.id().value(), today);
            Set<UUID> recused = recusals.recusedFrom(standard.value());
            List<BallotVoter> voters = Eligibility.snapshot(seats, project.drafting(), recused,
                    store.declaredInterests(standard.value(), recused));
            long eligible = voters.stream().filter(BallotVoter::eligible).count();
            if (eligible == 0) {
                throw new LifecycleRefusal("LC-3", "ballots.noEligibleVoters", body.nameZh());
            }
            Ballot ballot = new Ballot(BallotId.random(), standard, body.id().value(), body.nameZh(), opening.method(),
                    deadline, caller, now);
            store.insert(tenant, ballot, voters);
            Map<String, String> details = new HashMap<>(Map.of("ballot", ballot.id().toString(),
                    "body", body.nameZh(), "method", ballot.method().name(), "eligible", String.valueOf(eligible),
                    "excluded", String.valueOf(voters.size() - eligible)));
            if (deadline != null) {
                details.put("deadline", deadline.toString());
            }
            record(actor, standard, "BALLOT_OPENED", details);
            if (deadline != null) {
                tellEligibleVoters(tenant, project, voters, deadline);
            }
            return detail(ballot, caller);
        });
    }

    /** Every eligible voter with an account learns the ballot is open and until when (PART-2). */
    private void tellEligibleVoters(TenantId tenant, StandardProject project, List<BallotVoter> voters, Instant deadline) {
        List<PersonId> eligible = voters.stream().filter(BallotVoter::eligible).map(BallotVoter::person)
                .filter(Objects::nonNull).toList();
        if (!eligible.isEmpty()) {
            notifications.notify(tenant, Recipients.people(eligible), NotificationKind.BALLOT_OPENED,
                    SubjectLink.standard(project.id().value()), Map.of("title", project.subject().titleZh(),
                            "date", LocalDate.ofInstant(deadline, StandardService.CHINA).toString()));
        }
    }

    /**
     * An eligible voter votes, or changes their vote, until the deadline (PART-2). Refused: a
     * person not on the list (PART-2), an excluded one (LC-3 or PART-5), after the deadline.
     */
    public CastVote vote(PersonId caller, TenantId tenant, StandardId standard, BallotId id, VoteInput input) {
        VoteInput vote = input.validate();
        return access.actIn(caller, tenant, actor -> {
            StandardProject project = lookup.lock(tenant, standard);
            Ballot ballot = find(standard, id);
            requireNotClosed(ballot);
            if (ballot.method() == BallotMethod.MEETING) {
                throw new LifecycleRefusal("PART-2", "ballots.meetingVoteRecordedBySecretariat");
            }
            Instant now = clock.instant();
            if (!ballot.takesVotesAt(now)) {
                throw new LifecycleRefusal("PART-2", "ballots.deadlinePassed", china(ballot.deadline()));
            }
            requireInReview(project);
            BallotVoter me = store.voters(id).stream().filter(v -> caller.equals(v.person())).findFirst()
                    .orElseThrow(() -> new LifecycleRefusal("PART-2", "ballots.notOnList"));
            if (!me.eligible()) {
                throw new LifecycleRefusal(me.exclusion().requirement(), "ballots.excluded." + me.exclusion().name());
            }
            if (recusals.recusedFrom(standard.value()).contains(caller.value())) {
                // Recused after the list was taken: the declaration keeps them out from then on.
                throw new LifecycleRefusal("PART-5", "ballots.excluded.RECUSED");
            }
            int revision = store.latestVote(id, me.seat()).map(v -> v.revision() + 1).orElse(1);
            CastVote cast = new CastVote(me.seat(), revision, vote.choice(), vote.reason(), caller, now);
            store.insertVote(tenant, id, cast);
            // How they voted stays out of the log until the close (see the class comment).
            record(actor, standard, revision == 1 ? "BALLOT_VOTE_CAST" : "BALLOT_VOTE_CHANGED",
                    Map.of("ballot", id.toString(), "revision", String.valueOf(revision)));
            return cast;
        });
    }

    /** The secretariat closes an online ballot after its deadline: the result is counted and recorded for good. */
    public BallotDetail close(PersonId caller, TenantId tenant, StandardId standard, BallotId id) {
        return access.actIn(caller, tenant, actor -> {
            requireSecretariat(actor);
            StandardProject project = lookup.lock(tenant, standard);
            Ballot ballot = find(standard, id);
            requireNotClosed(ballot);
            if (ballot.method() == BallotMethod.MEETING) {
                throw new LifecycleRefusal("PART-2", "ballots.meetingVoteToRecord");
            }
            Instant now = clock.instant();
            if (ballot.takesVotesAt(now)) {
                throw new LifecycleRefusal("PART-2", "ballots.deadlineNotReached", china(ballot.deadline()));
            }
            Map<UUID, CastVote> votes = store.latestVotes(id);
            settle(actor, project, ballot, store.voters(id), votes, null, now, "BALLOT_CLOSED");
            return detail(ballot, caller);
        });
    }

    /**
     * The secretariat records a meeting vote from the ballot's list (PART-2): who attended and how
     * each voted; the result is counted and recorded the same way as an online ballot's.
     */
    public BallotDetail recordMeetingVote(PersonId caller, TenantId tenant, StandardId standard, BallotId id,
                                          MeetingRecord meeting) {
        return access.actIn(caller, tenant, actor -> {
            requireSecretariat(actor);
            StandardProject project = lookup.lock(tenant, standard);
            Ballot ballot = find(standard, id);
            requireNotClosed(ballot);
            if (ballot.method() != BallotMethod.MEETING) {
                throw new LifecycleRefusal("PART-2", "ballots.notAMeetingVote");
            }
            List<BallotVoter> voters = store.voters(id);
            Map<UUID, VoteInput> checked = meeting.validate(voters);
            Instant now = clock.instant();
            store.insertAttendance(tenant, id, meeting.attended(), caller, now);
            Map<UUID, CastVote> votes = new HashMap<>();
            checked.forEach((seat, vote) -> {
                CastVote cast = new CastVote(seat, 1, vote.choice(), vote.reason(), caller, now);
                store.insertVote(tenant, id, cast);
                votes.put(seat, cast);
            });
            settle(actor, project, ballot, voters, votes, meeting.attended(), now, "MEETING_VOTE_RECORDED");
            return detail(ballot, caller);
        });
    }

    public BallotDetail get(PersonId caller, TenantId tenant, StandardId standard, BallotId id) {
        return access.readIn(caller, tenant, actor -> {
            lookup.find(tenant, standard);
            return detail(find(standard, id), caller);
        });
    }

    /** A standard's ballots, newest first, with their results once closed. */
    public Page<BallotSummary> list(PersonId caller, TenantId tenant, StandardId standard, PageRequest page) {
        return access.readIn(caller, tenant, actor -> {
            lookup.find(tenant, standard);
            return store.list(standard, clock.instant(), page);
        });
    }

    /** Open online ballots on which the caller is an eligible voter and has not voted yet, nearest deadline first. */
    public Page<BallotSummary> awaitingMyVote(PersonId caller, TenantId tenant, PageRequest page) {
        return access.readIn(caller, tenant, actor -> store.awaitingVoteOf(caller, clock.instant(), page));
    }

    // --- the close ----------------------------------------------------------------------------

    private void settle(Actor actor, StandardProject project, Ballot ballot, List<BallotVoter> voters,
                        Map<UUID, CastVote> votes, Set<UUID> attended, Instant now, String action) {
        VoteBase baseKind = policies.current().voteBase();
        Map<UUID, Choice> choices = votes.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().choice()));
        Set<UUID> recusedNow = recusals.recusedFrom(project.id().value());
        Tally tally = Tally.count(baseKind, voters, choices, attended, recusedNow);
        // A standard that left the review meanwhile (terminated, or concluded by consensus) keeps
        // the ballot's record but is not moved by it.
        boolean apply = tally.passed() && project.stage() == Stage.TECHNICAL_REVIEW;
        BallotResult result = tally.result(apply, actor.person(), now);
        store.insertResult(actor.tenant(), ballot.id(), result);
        Map<String, String> details = new HashMap<>();
        details.put("ballot", ballot.id().toString());
        details.put("baseKind", baseKind.name());
        details.put("eligible", String.valueOf(result.eligible()));
        if (result.attending() != null) {
            details.put("attending", String.valueOf(result.attending()));
        }
        details.put("base", String.valueOf(result.base()));
        details.put("inFavour", String.valueOf(result.inFavour()));
        details.put("against", String.valueOf(result.against()));
        details.put("abstained", String.valueOf(result.abstained()));
        details.put("notVoted", String.valueOf(result.notVoted()));
        details.put("threshold", String.valueOf(result.threshold()));
        details.put("passed", String.valueOf(result.passed()));
        details.put("votes", voters.stream().filter(v -> votes.containsKey(v.seat()))
                .map(v -> {
                    CastVote cast = votes.get(v.seat());
                    return v.holderName() + "=" + cast.choice().name()
                            + (cast.reason() == null ? "" : "（" + cast.reason() + "）");
                })
                .collect(Collectors.joining("; ")));
        record(actor, ballot.standard(), action, details);
        if (apply) {
            standards.recordReviewOutcome(actor.person(), actor.tenant(), ballot.standard(), tally.vote());
        }
    }

    // --- helpers ------------------------------------------------------------------------------

    private BallotDetail detail(Ballot ballot, PersonId caller) {
        List<BallotVoter> voters = store.voters(ballot.id());
        BallotResult result = store.result(ballot.id()).orElse(null);
        BallotVoter me = voters.stream().filter(v -> caller.equals(v.person())).findFirst().orElse(null);
        CastVote myVote = me == null ? null : store.latestVote(ballot.id(), me.seat()).orElse(null);
        boolean closed = result != null;
        return new BallotDetail(ballot, ballot.status(closed, clock.instant()), voters, me, myVote,
                closed ? store.latestVotes(ballot.id()) : Map.of(), closed ? store.attended(ballot.id()) : Set.of(),
                result);
    }

    private Ballot find(StandardId standard, BallotId id) {
        return store.find(standard, id).orElseThrow(() -> new NotFoundException("ballots.notFound"));
    }

    private void requireNotClosed(Ballot ballot) {
        if (store.result(ballot.id()).isPresent()) {
            throw new LifecycleRefusal("PART-2", "ballots.closed");
        }
    }

    private static void requireInReview(StandardProject project) {
        if (project.stage() != Stage.TECHNICAL_REVIEW) {
            throw new LifecycleRefusal("PART-2", "ballots.standardNotInReview", "stage." + project.stage().name());
        }
    }

    private static void requireSecretariat(Actor actor) {
        actor.requireAnyOf(OrganizationRole.SECRETARIAT);
    }

    private static String china(Instant instant) {
        return DEADLINE.format(instant.atZone(StandardService.CHINA));
    }

    private void record(Actor actor, StandardId standard, String action, Map<String, String> details) {
        audit.record(new AuditEntry(actor.tenant(), actor.person(), StandardService.SUBJECT, standard.value(), action,
                null, details));
    }
}
