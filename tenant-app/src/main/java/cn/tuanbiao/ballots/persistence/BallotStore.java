package cn.tuanbiao.ballots.persistence;

import cn.tuanbiao.ballots.domain.Ballot;
import cn.tuanbiao.ballots.domain.BallotId;
import cn.tuanbiao.ballots.domain.BallotMethod;
import cn.tuanbiao.ballots.domain.BallotResult;
import cn.tuanbiao.ballots.domain.BallotSummary;
import cn.tuanbiao.ballots.domain.BallotVoter;
import cn.tuanbiao.ballots.domain.CastVote;
import cn.tuanbiao.ballots.domain.Choice;
import cn.tuanbiao.ballots.domain.Exclusion;
import cn.tuanbiao.ballots.domain.SeatHolder;
import cn.tuanbiao.bodies.domain.SeatRole;
import cn.tuanbiao.jooq.tables.records.BallotResultsRecord;
import cn.tuanbiao.jooq.tables.records.BallotVotesRecord;
import cn.tuanbiao.jooq.tables.records.BallotsRecord;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.standards.domain.ReviewOutcome.VoteBase;
import cn.tuanbiao.standards.domain.Stage;
import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import jakarta.inject.Singleton;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.SortField;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static cn.tuanbiao.jooq.Tables.BALLOTS;
import static cn.tuanbiao.jooq.Tables.BALLOT_ATTENDANCE;
import static cn.tuanbiao.jooq.Tables.BALLOT_RESULTS;
import static cn.tuanbiao.jooq.Tables.BALLOT_VOTERS;
import static cn.tuanbiao.jooq.Tables.BALLOT_VOTES;
import static cn.tuanbiao.jooq.Tables.BODY_SEATS;
import static cn.tuanbiao.jooq.Tables.INTEREST_DECLARATIONS;
import static cn.tuanbiao.jooq.Tables.REGISTERED_MEMBERS;
import static cn.tuanbiao.jooq.Tables.STANDARDS;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.selectOne;

/**
 * Ballots of the transaction's tenant (row-level security scopes every query). Every table here
 * is insert-only: a ballot is closed by inserting its result, a vote changed by inserting a
 * further revision.
 */
@Singleton
public class BallotStore {

    private final DSLContext db;

    public BallotStore(DSLContext db) {
        this.db = db;
    }

    // --- what a ballot is opened from ----------------------------------------------------------

    /** The voting-right seats of {@code body} held on {@code day}, in the body's order, with the member each is held for. */
    public List<SeatHolder> votingSeats(UUID body, LocalDate day) {
        return db.select(BODY_SEATS.ID, BODY_SEATS.PERSON_ID, BODY_SEATS.HOLDER_NAME, REGISTERED_MEMBERS.NAME,
                        REGISTERED_MEMBERS.AFFILIATION)
                .from(BODY_SEATS)
                .leftJoin(REGISTERED_MEMBERS).on(REGISTERED_MEMBERS.TENANT_ID.eq(BODY_SEATS.TENANT_ID),
                        REGISTERED_MEMBERS.ID.eq(BODY_SEATS.MEMBER_ID))
                .where(BODY_SEATS.BODY_ID.eq(body), BODY_SEATS.VOTING_RIGHT.isTrue(),
                        BODY_SEATS.TERM_STARTS.le(day), BODY_SEATS.TERM_ENDS.gt(day),
                        BODY_SEATS.ENDED_ON.isNull().or(BODY_SEATS.ENDED_ON.gt(day)))
                .orderBy(BODY_SEATS.SEAT_ROLE.sortAsc(Arrays.stream(SeatRole.values()).map(Enum::name).toList()),
                        BODY_SEATS.HOLDER_NAME, BODY_SEATS.ID)
                .fetch(r -> new SeatHolder(r.get(BODY_SEATS.ID),
                        r.get(BODY_SEATS.PERSON_ID) == null ? null : new PersonId(r.get(BODY_SEATS.PERSON_ID)),
                        r.get(BODY_SEATS.HOLDER_NAME), r.get(REGISTERED_MEMBERS.NAME),
                        r.get(REGISTERED_MEMBERS.AFFILIATION)));
    }

    /** The interest each of {@code people} declared on the standard when recusing themselves (PART-5). */
    public Map<UUID, String> declaredInterests(UUID standard, Set<UUID> people) {
        if (people.isEmpty()) {
            return Map.of();
        }
        Map<UUID, String> interests = new HashMap<>();
        db.select(INTEREST_DECLARATIONS.PERSON_ID, INTEREST_DECLARATIONS.INTEREST).from(INTEREST_DECLARATIONS)
                .where(INTEREST_DECLARATIONS.STANDARD_ID.eq(standard), INTEREST_DECLARATIONS.PERSON_ID.in(people))
                .forEach(r -> interests.put(r.value1(), r.value2()));
        return interests;
    }

    // --- ballots -------------------------------------------------------------------------------

    public void insert(TenantId tenant, Ballot ballot, List<BallotVoter> voters) {
        db.insertInto(BALLOTS)
                .set(BALLOTS.TENANT_ID, tenant.value()).set(BALLOTS.ID, ballot.id().value())
                .set(BALLOTS.STANDARD_ID, ballot.standard().value()).set(BALLOTS.BODY_ID, ballot.body())
                .set(BALLOTS.BODY_NAME, ballot.bodyName()).set(BALLOTS.METHOD, ballot.method().name())
                .set(BALLOTS.DEADLINE, utc(ballot.deadline())).set(BALLOTS.OPENED_BY, ballot.openedBy().value())
                .set(BALLOTS.OPENED_AT, utc(ballot.openedAt()))
                .execute();
        var insert = db.insertInto(BALLOT_VOTERS, BALLOT_VOTERS.TENANT_ID, BALLOT_VOTERS.BALLOT_ID, BALLOT_VOTERS.SEAT_ID,
                BALLOT_VOTERS.POSITION, BALLOT_VOTERS.PERSON_ID, BALLOT_VOTERS.HOLDER_NAME, BALLOT_VOTERS.MEMBER_NAME,
                BALLOT_VOTERS.ELIGIBLE, BALLOT_VOTERS.EXCLUSION, BALLOT_VOTERS.EXCLUSION_DETAIL);
        for (int i = 0; i < voters.size(); i++) {
            BallotVoter v = voters.get(i);
            insert = insert.values(tenant.value(), ballot.id().value(), v.seat(), i + 1,
                    v.person() == null ? null : v.person().value(), v.holderName(), v.memberName(), v.eligible(),
                    v.exclusion() == null ? null : v.exclusion().name(), v.exclusionDetail());
        }
        insert.execute();
    }

    /** Whether the standard has a ballot without a result. */
    public boolean hasOpenBallot(StandardId standard) {
        return db.fetchExists(db.selectOne().from(BALLOTS).where(BALLOTS.STANDARD_ID.eq(standard.value()), notClosed()));
    }

    public Optional<Ballot> find(StandardId standard, BallotId id) {
        return db.selectFrom(BALLOTS).where(BALLOTS.ID.eq(id.value()), BALLOTS.STANDARD_ID.eq(standard.value()))
                .fetchOptional(BallotStore::toBallot);
    }

    /** The open ballot of a standard, if any (at most one is ever open). */
    public Optional<Ballot> openBallotOf(StandardId standard) {
        return db.selectFrom(BALLOTS).where(BALLOTS.STANDARD_ID.eq(standard.value()), notClosed())
                .fetchOptional(BallotStore::toBallot);
    }

    public List<BallotVoter> voters(BallotId ballot) {
        return db.selectFrom(BALLOT_VOTERS).where(BALLOT_VOTERS.BALLOT_ID.eq(ballot.value()))
                .orderBy(BALLOT_VOTERS.POSITION)
                .fetch(r -> new BallotVoter(r.getSeatId(), r.getPersonId() == null ? null : new PersonId(r.getPersonId()),
                        r.getHolderName(), r.getMemberName(),
                        r.getExclusion() == null ? null : Exclusion.valueOf(r.getExclusion()), r.getExclusionDetail()));
    }

    /** A standard's ballots, newest first, each with its result once closed. */
    public Page<BallotSummary> list(StandardId standard, Instant now, PageRequest page) {
        Condition where = BALLOTS.STANDARD_ID.eq(standard.value());
        int total = db.fetchCount(BALLOTS, where);
        List<BallotSummary> items = summaries(where, now, page, BALLOTS.OPENED_AT.desc());
        return new Page<>(items, total, page.offset(), page.limit());
    }

    /**
     * The open online ballots on standards still in technical review on which {@code person} is an
     * eligible voter and has not voted yet, the nearest deadline first.
     */
    public Page<BallotSummary> awaitingVoteOf(PersonId person, Instant now, PageRequest page) {
        Condition where = BALLOTS.METHOD.eq(BallotMethod.ONLINE.name()).and(BALLOTS.DEADLINE.gt(utc(now)))
                .and(notClosed())
                .and(STANDARDS.STAGE.eq(Stage.TECHNICAL_REVIEW.name()))
                .andExists(db.selectOne().from(BALLOT_VOTERS).where(BALLOT_VOTERS.TENANT_ID.eq(BALLOTS.TENANT_ID),
                        BALLOT_VOTERS.BALLOT_ID.eq(BALLOTS.ID), BALLOT_VOTERS.PERSON_ID.eq(person.value()),
                        BALLOT_VOTERS.ELIGIBLE.isTrue(),
                        notExistsVote()));
        int total = db.fetchCount(db.selectOne().from(BALLOTS).join(STANDARDS).on(STANDARDS.TENANT_ID.eq(BALLOTS.TENANT_ID),
                STANDARDS.ID.eq(BALLOTS.STANDARD_ID)).where(where));
        List<BallotSummary> items = summaries(where, now, page, BALLOTS.DEADLINE.asc());
        return new Page<>(items, total, page.offset(), page.limit());
    }

    private Condition notExistsVote() {
        return notExists(db.selectOne().from(BALLOT_VOTES).where(
                BALLOT_VOTES.TENANT_ID.eq(BALLOT_VOTERS.TENANT_ID), BALLOT_VOTES.BALLOT_ID.eq(BALLOT_VOTERS.BALLOT_ID),
                BALLOT_VOTES.SEAT_ID.eq(BALLOT_VOTERS.SEAT_ID)));
    }

    private List<BallotSummary> summaries(Condition where, Instant now, PageRequest page, SortField<?> order) {
        return db.select(BALLOTS.fields()).select(STANDARDS.TITLE_ZH).select(BALLOT_RESULTS.fields())
                .from(BALLOTS)
                .join(STANDARDS).on(STANDARDS.TENANT_ID.eq(BALLOTS.TENANT_ID), STANDARDS.ID.eq(BALLOTS.STANDARD_ID))
                .leftJoin(BALLOT_RESULTS).on(BALLOT_RESULTS.TENANT_ID.eq(BALLOTS.TENANT_ID),
                        BALLOT_RESULTS.BALLOT_ID.eq(BALLOTS.ID))
                .where(where)
                .orderBy(order, BALLOTS.ID)
                .offset(page.offset()).limit(page.limit())
                .fetch(r -> {
                    Ballot ballot = toBallot(r.into(BALLOTS));
                    BallotResult result = r.get(BALLOT_RESULTS.BALLOT_ID) == null ? null : toResult(r.into(BALLOT_RESULTS));
                    return new BallotSummary(ballot.id(), ballot.standard(), r.get(STANDARDS.TITLE_ZH), ballot.bodyName(),
                            ballot.method(), ballot.deadline(), ballot.openedAt(), ballot.status(result != null, now),
                            result);
                });
    }

    private static Condition notClosed() {
        return notExists(selectOne().from(BALLOT_RESULTS)
                .where(BALLOT_RESULTS.TENANT_ID.eq(BALLOTS.TENANT_ID), BALLOT_RESULTS.BALLOT_ID.eq(BALLOTS.ID)));
    }

    // --- votes and attendance ------------------------------------------------------------------

    public void insertVote(TenantId tenant, BallotId ballot, CastVote vote) {
        db.insertInto(BALLOT_VOTES)
                .set(BALLOT_VOTES.TENANT_ID, tenant.value()).set(BALLOT_VOTES.BALLOT_ID, ballot.value())
                .set(BALLOT_VOTES.SEAT_ID, vote.seat()).set(BALLOT_VOTES.REVISION, vote.revision())
                .set(BALLOT_VOTES.CHOICE, vote.choice().name()).set(BALLOT_VOTES.REASON, vote.reason())
                .set(BALLOT_VOTES.CAST_BY, vote.castBy().value()).set(BALLOT_VOTES.CAST_AT, utc(vote.castAt()))
                .execute();
    }

    /** The latest vote of one seat. */
    public Optional<CastVote> latestVote(BallotId ballot, UUID seat) {
        return db.selectFrom(BALLOT_VOTES).where(BALLOT_VOTES.BALLOT_ID.eq(ballot.value()), BALLOT_VOTES.SEAT_ID.eq(seat))
                .orderBy(BALLOT_VOTES.REVISION.desc()).limit(1)
                .fetchOptional(BallotStore::toVote);
    }

    /** The latest vote of every seat that voted: the votes that count. */
    public Map<UUID, CastVote> latestVotes(BallotId ballot) {
        Map<UUID, CastVote> latest = new HashMap<>();
        db.selectFrom(BALLOT_VOTES).where(BALLOT_VOTES.BALLOT_ID.eq(ballot.value()))
                .orderBy(BALLOT_VOTES.SEAT_ID, BALLOT_VOTES.REVISION)
                .forEach(r -> latest.put(r.getSeatId(), toVote(r)));
        return latest;
    }

    public void insertAttendance(TenantId tenant, BallotId ballot, Set<UUID> seats, PersonId recordedBy, Instant at) {
        if (seats.isEmpty()) {
            return;
        }
        var insert = db.insertInto(BALLOT_ATTENDANCE, BALLOT_ATTENDANCE.TENANT_ID, BALLOT_ATTENDANCE.BALLOT_ID,
                BALLOT_ATTENDANCE.SEAT_ID, BALLOT_ATTENDANCE.RECORDED_BY, BALLOT_ATTENDANCE.RECORDED_AT);
        for (UUID seat : seats) {
            insert = insert.values(tenant.value(), ballot.value(), seat, recordedBy.value(), utc(at));
        }
        insert.execute();
    }

    public Set<UUID> attended(BallotId ballot) {
        return new HashSet<>(db.select(BALLOT_ATTENDANCE.SEAT_ID).from(BALLOT_ATTENDANCE)
                .where(BALLOT_ATTENDANCE.BALLOT_ID.eq(ballot.value())).fetch(BALLOT_ATTENDANCE.SEAT_ID));
    }

    // --- results -------------------------------------------------------------------------------

    public void insertResult(TenantId tenant, BallotId ballot, BallotResult result) {
        db.insertInto(BALLOT_RESULTS)
                .set(BALLOT_RESULTS.TENANT_ID, tenant.value()).set(BALLOT_RESULTS.BALLOT_ID, ballot.value())
                .set(BALLOT_RESULTS.BASE_KIND, result.baseKind().name()).set(BALLOT_RESULTS.ELIGIBLE, result.eligible())
                .set(BALLOT_RESULTS.ATTENDING, result.attending()).set(BALLOT_RESULTS.BASE, result.base())
                .set(BALLOT_RESULTS.IN_FAVOUR, result.inFavour()).set(BALLOT_RESULTS.AGAINST, result.against())
                .set(BALLOT_RESULTS.ABSTAINED, result.abstained()).set(BALLOT_RESULTS.NOT_VOTED, result.notVoted())
                .set(BALLOT_RESULTS.THRESHOLD, result.threshold()).set(BALLOT_RESULTS.PASSED, result.passed())
                .set(BALLOT_RESULTS.APPLIED, result.applied()).set(BALLOT_RESULTS.CLOSED_BY, result.closedBy().value())
                .set(BALLOT_RESULTS.CLOSED_AT, utc(result.closedAt()))
                .execute();
    }

    public Optional<BallotResult> result(BallotId ballot) {
        return db.selectFrom(BALLOT_RESULTS).where(BALLOT_RESULTS.BALLOT_ID.eq(ballot.value()))
                .fetchOptional(BallotStore::toResult);
    }

    // --- mapping -------------------------------------------------------------------------------

    private static Ballot toBallot(BallotsRecord r) {
        return new Ballot(new BallotId(r.getId()), new StandardId(r.getStandardId()), r.getBodyId(), r.getBodyName(),
                BallotMethod.valueOf(r.getMethod()), instant(r.getDeadline()), new PersonId(r.getOpenedBy()),
                instant(r.getOpenedAt()));
    }

    private static CastVote toVote(BallotVotesRecord r) {
        return new CastVote(r.getSeatId(), r.getRevision(), Choice.valueOf(r.getChoice()), r.getReason(),
                new PersonId(r.getCastBy()), instant(r.getCastAt()));
    }

    private static BallotResult toResult(BallotResultsRecord r) {
        return new BallotResult(VoteBase.valueOf(r.getBaseKind()), r.getEligible(), r.getAttending(), r.getBase(),
                r.getInFavour(), r.getAgainst(), r.getAbstained(), r.getNotVoted(), r.getThreshold(), r.getPassed(),
                r.getApplied(), new PersonId(r.getClosedBy()), instant(r.getClosedAt()));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
