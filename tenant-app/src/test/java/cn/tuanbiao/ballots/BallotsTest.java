package cn.tuanbiao.ballots;

import cn.tuanbiao.audit.domain.AuditEvent;
import cn.tuanbiao.audit.service.AuditLog;
import cn.tuanbiao.ballots.domain.BallotDetail;
import cn.tuanbiao.ballots.domain.BallotId;
import cn.tuanbiao.ballots.domain.BallotMethod;
import cn.tuanbiao.ballots.domain.BallotOpening;
import cn.tuanbiao.ballots.domain.BallotResult;
import cn.tuanbiao.ballots.domain.BallotStatus;
import cn.tuanbiao.ballots.domain.BallotSummary;
import cn.tuanbiao.ballots.domain.BallotVoter;
import cn.tuanbiao.ballots.domain.Choice;
import cn.tuanbiao.ballots.domain.Exclusion;
import cn.tuanbiao.ballots.domain.MeetingRecord;
import cn.tuanbiao.ballots.domain.VoteInput;
import cn.tuanbiao.ballots.service.BallotService;
import cn.tuanbiao.bodies.domain.Body;
import cn.tuanbiao.bodies.domain.BodyCharter;
import cn.tuanbiao.bodies.domain.BodyType;
import cn.tuanbiao.bodies.domain.SeatAppointment;
import cn.tuanbiao.bodies.domain.SeatRole;
import cn.tuanbiao.bodies.service.BodyService;
import cn.tuanbiao.conflicts.service.ConflictsOfInterest;
import cn.tuanbiao.members.MemberFixture;
import cn.tuanbiao.members.domain.MemberApplication;
import cn.tuanbiao.members.domain.MemberId;
import cn.tuanbiao.members.domain.MemberKind;
import cn.tuanbiao.members.domain.StakeholderCategory;
import cn.tuanbiao.members.domain.UnitType;
import cn.tuanbiao.members.service.MemberRegister;
import cn.tuanbiao.notifications.domain.Notification;
import cn.tuanbiao.notifications.domain.NotificationKind;
import cn.tuanbiao.notifications.service.DeadlineScan;
import cn.tuanbiao.notifications.service.Inbox;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.standards.domain.LifecyclePolicy;
import cn.tuanbiao.standards.domain.LifecycleRefusal;
import cn.tuanbiao.standards.domain.Proposal;
import cn.tuanbiao.standards.domain.ReviewOutcome.VoteBase;
import cn.tuanbiao.standards.domain.ReviewOutcome;
import cn.tuanbiao.standards.domain.Stage;
import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.standards.service.LifecycleWalk;
import cn.tuanbiao.standards.service.StandardService;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.tenancy.Transactions;
import cn.tuanbiao.testing.Fixtures;
import cn.tuanbiao.testing.MutableClock;
import cn.tuanbiao.testing.PlatformTest;
import cn.tuanbiao.testing.TestDatabase;
import jakarta.inject.Inject;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static cn.tuanbiao.testing.Fixtures.suffix;
import static cn.tuanbiao.users.domain.OrganizationRole.ADMINISTRATOR;
import static cn.tuanbiao.users.domain.OrganizationRole.COUNCIL_MEMBER;
import static cn.tuanbiao.users.domain.OrganizationRole.MEMBER_REPRESENTATIVE;
import static cn.tuanbiao.users.domain.OrganizationRole.SECRETARIAT;
import static cn.tuanbiao.users.domain.OrganizationRole.WORKING_GROUP_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * PART-2 ballots on a standard in technical review, counted by LC-3: a review committee of
 * eight eligible voters, and four more voting-right holders excluded by LC-3 and PART-5.
 */
class BallotsTest extends PlatformTest {

    private static final String RECUSAL = "本人所在企业为该类示教器的主要生产商，与本标准有直接经济利益";

    @Inject
    BallotService ballots;
    @Inject
    StandardService standards;
    @Inject
    BodyService bodies;
    @Inject
    MemberRegister register;
    @Inject
    ConflictsOfInterest conflicts;
    @Inject
    AuditLog audit;
    @Inject
    LifecycleWalk walk;
    @Inject
    Fixtures fixtures;
    @Inject
    MutableClock clock;
    @Inject
    DeadlineScan scan;
    @Inject
    Inbox inbox;
    @Inject
    Transactions transactions;
    @Inject
    DSLContext db;

    private TenantId association;
    private PersonId secretariat;
    private StandardId standard;
    private Body committee;
    /** The seven eligible voters with an account; an eighth eligible holder, 吴委员, has none. */
    private List<PersonId> voters;
    private PersonId hikExpert;
    private PersonId zjuProfessor;
    private PersonId recused;
    private LocalDate termStarts;

    @BeforeEach
    void aStandardInTechnicalReviewAndATechnicalCommitteeOfTwelveVotingRights() {
        association = fixtures.association("投票测试协会" + suffix());
        secretariat = fixtures.memberOf(association, SECRETARIAT, COUNCIL_MEMBER, WORKING_GROUP_MEMBER);
        // The walk names the secretariat as the drafter and 浙江大学、杭州海康智造有限公司 as the drafting units.
        standard = walk.toTechnicalReview(secretariat, association, "工业机器人 示教器 通用技术条件").id();
        LocalDate today = standards.today();
        termStarts = today.minusMonths(6);
        committee = bodies.establish(secretariat, association, new BodyCharter(BodyType.TECHNICAL_COMMITTEE,
                "智能制造技术委员会", null, "组织团体标准技术审查", today.minusYears(1)));

        MemberId hikvision = unit("杭州海康智造有限公司");
        MemberId hospital = unit("浙江大学医学院附属第一医院");
        MemberId professorship = register.register(secretariat, association, MemberFixture.anExpert("钱学明")).id();

        seat("起草人本人", null, secretariat, SeatRole.VICE_CHAIR, true);
        hikExpert = reviewer("海康专家", hikvision);
        zjuProfessor = reviewer("钱学明", professorship);
        recused = reviewer("回避委员", null);
        conflicts.declare(recused, association, standard, RECUSAL, true);

        voters = List.of(reviewer("委员一", null), reviewer("委员二", null), reviewer("委员三", null),
                reviewer("委员四", null), reviewer("委员五", null), reviewer("委员六", null),
                reviewer("附属医院代表", hospital));
        seat("吴委员", null, null, SeatRole.MEMBER, true);
        seat("赵观察员", null, fixtures.memberOf(association, MEMBER_REPRESENTATIVE), SeatRole.OBSERVER, false);
    }

    // --- the eligible list --------------------------------------------------------------------

    @Test
    @DisplayName("LC-3, PART-5: drafters, experts from the drafting units and the recused stay on the list with their reason")
    void LC_3_PART_5_drafters_drafting_unit_experts_and_recused_members_are_excluded_with_their_reason() {
        BallotDetail ballot = openOnline();

        Map<String, BallotVoter> byName = ballot.voters().stream()
                .collect(Collectors.toMap(BallotVoter::holderName, Function.identity()));
        assertThat(byName).hasSize(12).doesNotContainKey("赵观察员");
        assertThat(byName.get("起草人本人").exclusion()).isEqualTo(Exclusion.DRAFTER);
        assertThat(byName.get("海康专家").exclusion()).isEqualTo(Exclusion.DRAFTING_UNIT);
        assertThat(byName.get("海康专家").exclusionDetail()).isEqualTo("杭州海康智造有限公司");
        // An individual expert is "from" the unit they work for: 钱学明 works at 浙江大学.
        assertThat(byName.get("钱学明").exclusion()).isEqualTo(Exclusion.DRAFTING_UNIT);
        assertThat(byName.get("钱学明").exclusionDetail()).isEqualTo("浙江大学");
        assertThat(byName.get("回避委员").exclusion()).isEqualTo(Exclusion.RECUSED);
        assertThat(byName.get("回避委员").exclusionDetail()).isEqualTo(RECUSAL);
        // A unit of its own whose name merely contains a drafting unit's name votes.
        assertThat(byName.get("附属医院代表").eligible()).isTrue();
        assertThat(byName.get("吴委员").eligible()).isTrue();
        assertThat(ballot.voters().stream().filter(BallotVoter::eligible)).hasSize(8);
    }

    @Test
    @DisplayName("LC-3, PART-5, PART-2: the excluded and people not on the list are refused a vote, naming the requirement")
    void LC_3_PART_5_PART_2_excluded_people_and_people_off_the_list_are_refused_with_the_requirement() {
        BallotId id = openOnline().ballot().id();

        assertThat(refusalOf(() -> vote(secretariat, id, Choice.APPROVE, null)).requirement()).isEqualTo("LC-3");
        assertThat(refusalOf(() -> vote(hikExpert, id, Choice.APPROVE, null)).requirement()).isEqualTo("LC-3");
        assertThat(refusalOf(() -> vote(zjuProfessor, id, Choice.APPROVE, null)).requirement()).isEqualTo("LC-3");
        assertThat(refusalOf(() -> vote(recused, id, Choice.DISAPPROVE, "反对")).requirement()).isEqualTo("PART-5");
        PersonId outsider = fixtures.memberOf(association, MEMBER_REPRESENTATIVE);
        assertThat(refusalOf(() -> vote(outsider, id, Choice.APPROVE, null)))
                .satisfies(r -> assertThat(r.requirement()).isEqualTo("PART-2"))
                .satisfies(r -> assertThat(r.messageKey()).isEqualTo("ballots.notOnList"));
    }

    @Test
    void PART_2_the_list_is_a_snapshot_taken_when_the_ballot_opens() {
        BallotId id = openOnline().ballot().id();
        PersonId appointedLater = reviewer("后任委员", null);

        assertThat(ballots.get(secretariat, association, standard, id).voters())
                .extracting(BallotVoter::holderName).doesNotContain("后任委员");
        assertThat(refusalOf(() -> vote(appointedLater, id, Choice.APPROVE, null)).messageKey())
                .isEqualTo("ballots.notOnList");
    }

    @Test
    void PART_2_a_ballot_is_opened_by_the_secretariat_on_a_standard_in_technical_review_with_a_deadline_ahead() {
        assertThat(catchThrowable(() -> ballots.open(voters.get(0), association, standard,
                new BallotOpening(committee.id().value(), BallotMethod.ONLINE, inDays(7)))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fieldsOf(() -> ballots.open(secretariat, association, standard,
                new BallotOpening(committee.id().value(), BallotMethod.ONLINE, clock.instant().minusSeconds(60)))))
                .containsExactly("deadline");
        StandardId drafting = standards.propose(secretariat, association, new Proposal(
                "未到审查阶段的标准", null, "本文件规定了未到审查阶段的范围。", false, false), null).id();
        assertThat(refusalOf(() -> ballots.open(secretariat, association, drafting,
                new BallotOpening(committee.id().value(), BallotMethod.ONLINE, inDays(7)))).requirement())
                .isEqualTo("PART-2");
    }

    @Test
    void PART_2_only_one_ballot_per_standard_is_open_at_a_time() {
        openOnline();

        assertThat(refusalOf(this::openOnline).messageKey()).isEqualTo("ballots.alreadyOpen");
    }

    // --- voting -------------------------------------------------------------------------------

    @Test
    @DisplayName("PART-2: a disapproval without a reason is refused naming the field 'reason'")
    void PART_2_a_disapproval_without_reason_is_refused_naming_the_field() {
        BallotId id = openOnline().ballot().id();

        assertThat(fieldsOf(() -> vote(voters.get(0), id, Choice.DISAPPROVE, "  "))).containsExactly("reason");
        assertThat(ballots.get(voters.get(0), association, standard, id).myVote()).isNull();
    }

    @Test
    void PART_2_a_vote_after_the_deadline_is_refused() {
        BallotId id = openOnline().ballot().id();
        clock.advance(Duration.ofDays(7).plusMinutes(1));

        LifecycleRefusal refusal = refusalOf(() -> vote(voters.get(0), id, Choice.APPROVE, null));

        assertThat(refusal.requirement()).isEqualTo("PART-2");
        assertThat(refusal.messageKey()).isEqualTo("ballots.deadlinePassed");
    }

    @Test
    void PART_2_a_voter_may_change_the_vote_until_the_deadline_the_latest_counts_and_the_change_is_audited() {
        BallotId id = openOnline().ballot().id();
        vote(voters.get(0), id, Choice.APPROVE, null);
        vote(voters.get(0), id, Choice.DISAPPROVE, "第6.3条耐久性试验次数依据不足");
        clock.advance(Duration.ofDays(8));

        BallotResult result = ballots.close(secretariat, association, standard, id).result();

        assertThat(result.inFavour()).isZero();
        assertThat(result.against()).isEqualTo(1);
        assertThat(history()).extracting(AuditEvent::action)
                .contains("BALLOT_OPENED", "BALLOT_VOTE_CAST", "BALLOT_VOTE_CHANGED", "BALLOT_CLOSED");
    }

    @Test
    @DisplayName("PART-2: until the close nobody sees how others voted, nor a running tally; the voter sees their own vote")
    void PART_2_no_running_tally_before_the_close() {
        BallotId id = openOnline().ballot().id();
        vote(voters.get(0), id, Choice.APPROVE, null);
        vote(voters.get(1), id, Choice.DISAPPROVE, "范围过宽");

        BallotDetail asSecretariat = ballots.get(secretariat, association, standard, id);
        BallotDetail asVoter = ballots.get(voters.get(0), association, standard, id);

        assertThat(asSecretariat.status()).isEqualTo(BallotStatus.OPEN);
        assertThat(asSecretariat.votes()).isEmpty();
        assertThat(asSecretariat.result()).isNull();
        assertThat(asVoter.votes()).isEmpty();
        assertThat(asVoter.myVote().choice()).isEqualTo(Choice.APPROVE);
        assertThat(asVoter.mayVote()).isTrue();
        assertThat(history()).filteredOn(e -> e.action().startsWith("BALLOT_VOTE"))
                .allSatisfy(e -> assertThat(e.details()).doesNotContainKeys("choice", "reason"));
    }

    @Test
    void PART_2_ballots_awaiting_my_vote_list_open_ballots_until_i_have_voted() {
        BallotId id = openOnline().ballot().id();

        assertThat(ballots.awaitingMyVote(voters.get(2), association, PageRequest.first(10)).items())
                .extracting(BallotSummary::id).containsExactly(id);
        assertThat(ballots.awaitingMyVote(secretariat, association, PageRequest.first(10)).items()).isEmpty();

        vote(voters.get(2), id, Choice.ABSTAIN, null);

        assertThat(ballots.awaitingMyVote(voters.get(2), association, PageRequest.first(10)).items()).isEmpty();
    }

    // --- the close and LC-3 -------------------------------------------------------------------

    @Test
    @DisplayName("LC-3: a ballot passes with 3/4 of the eligible voters in favour, and the standard moves on")
    void LC_3_ballot_passes_with_three_quarters_of_eligible_not_of_votes_cast() {
        BallotId id = openOnline().ballot().id();
        voters.subList(0, 6).forEach(v -> vote(v, id, Choice.APPROVE, null));
        vote(voters.get(6), id, Choice.DISAPPROVE, "第5.2条试验方法不可复现");
        assertThat(refusalOf(() -> ballots.close(secretariat, association, standard, id)).messageKey())
                .isEqualTo("ballots.deadlineNotReached");
        clock.advance(Duration.ofDays(8));

        BallotDetail closed = ballots.close(secretariat, association, standard, id);

        assertThat(closed.status()).isEqualTo(BallotStatus.CLOSED);
        assertThat(closed.result()).satisfies(r -> {
            assertThat(r.eligible()).isEqualTo(8);
            assertThat(r.base()).isEqualTo(8);
            assertThat(r.inFavour()).isEqualTo(6);
            assertThat(r.against()).isEqualTo(1);
            assertThat(r.abstained()).isZero();
            assertThat(r.notVoted()).isEqualTo(1);
            assertThat(r.threshold()).isEqualTo(6);
            assertThat(r.passed()).isTrue();
            assertThat(r.applied()).isTrue();
        });
        assertThat(closed.votes()).hasSize(7);
        var project = standards.get(secretariat, association, standard);
        assertThat(project.stage()).isEqualTo(Stage.REVIEW_PASSED);
        assertThat(project.reviewOutcome()).isInstanceOfSatisfying(ReviewOutcome.Vote.class, v -> {
            assertThat(v.base()).isEqualTo(8);
            assertThat(v.inFavour()).containsExactlyInAnyOrderElementsOf(voters.subList(0, 6));
        });
    }

    @Test
    @DisplayName("LC-3: every vote cast in favour is not enough below 3/4 of the eligible; the standard stays in review")
    void LC_3_a_failed_ballot_leaves_the_standard_in_review_and_a_new_ballot_may_be_opened() {
        BallotId id = openOnline().ballot().id();
        voters.subList(0, 5).forEach(v -> vote(v, id, Choice.APPROVE, null));
        clock.advance(Duration.ofDays(8));

        BallotResult result = ballots.close(secretariat, association, standard, id).result();

        assertThat(result.inFavour()).isEqualTo(5);
        assertThat(result.notVoted()).isEqualTo(3);
        assertThat(result.threshold()).isEqualTo(6);
        assertThat(result.passed()).isFalse();
        assertThat(standards.get(secretariat, association, standard).stage()).isEqualTo(Stage.TECHNICAL_REVIEW);
        assertThat(refusalOf(() -> ballots.close(secretariat, association, standard, id)).messageKey())
                .isEqualTo("ballots.closed");
        assertThat(openOnline().status()).isEqualTo(BallotStatus.OPEN);
        assertThat(ballots.list(secretariat, association, standard, PageRequest.first(10)).items())
                .extracting(BallotSummary::status).containsExactly(BallotStatus.OPEN, BallotStatus.CLOSED);
    }

    @Test
    @DisplayName("PART-2: a recorded result cannot be changed or deleted, not by the application role nor by the owner")
    void PART_2_the_result_cannot_be_changed() throws SQLException {
        BallotId id = openOnline().ballot().id();
        voters.subList(0, 5).forEach(v -> vote(v, id, Choice.APPROVE, null));
        clock.advance(Duration.ofDays(8));
        ballots.close(secretariat, association, standard, id);

        for (String tampering : List.of(
                "update ballot_results set passed = true, in_favour = 6, not_voted = 2 where ballot_id = ?",
                "delete from ballot_results where ballot_id = ?",
                "update ballot_votes set choice = 'APPROVE' where ballot_id = ?",
                "delete from ballot_voters where ballot_id = ?")) {
            Throwable asApplication = catchThrowable(() -> transactions.inTenant(association,
                    () -> db.execute(tampering, id.value())));
            assertThat(sqlStateOf(asApplication)).as("as the application role: %s", tampering).isEqualTo("42501");
            try (Connection owner = TestDatabase.get().adminConnection(); Statement statement = owner.createStatement()) {
                Throwable asOwner = catchThrowable(() -> statement.executeUpdate(
                        tampering.replace("?", "'" + id.value() + "'")));
                assertThat(sqlStateOf(asOwner)).as("as the owner: %s", tampering).isEqualTo("42501");
            }
        }
        assertThat(ballots.get(secretariat, association, standard, id).result().passed()).isFalse();
    }

    // --- meeting votes ------------------------------------------------------------------------

    @Test
    @DisplayName("LC-3, PART-2: a meeting vote counts on the attending eligible representatives when so configured")
    void LC_3_PART_2_a_meeting_vote_computes_on_attending_representatives_when_configured() {
        setVoteBase(VoteBase.ATTENDING_REPRESENTATIVES);
        BallotDetail ballot = openMeeting();
        Map<String, UUID> seats = seatsByName(ballot);

        BallotDetail recorded = ballots.recordMeetingVote(secretariat, association, standard, ballot.ballot().id(),
                new MeetingRecord(Set.of(seats.get("委员一"), seats.get("委员二"), seats.get("吴委员"), seats.get("委员三"),
                        seats.get("钱学明")),
                        Map.of(seats.get("委员一"), approve(), seats.get("委员二"), approve(), seats.get("吴委员"), approve(),
                                seats.get("委员三"), new VoteInput(Choice.ABSTAIN, null))));

        assertThat(recorded.result()).satisfies(r -> {
            assertThat(r.baseKind()).isEqualTo(VoteBase.ATTENDING_REPRESENTATIVES);
            assertThat(r.eligible()).isEqualTo(8);
            // 钱学明 attended but is excluded: he is not an eligible representative.
            assertThat(r.attending()).isEqualTo(4);
            assertThat(r.base()).isEqualTo(4);
            assertThat(r.inFavour()).isEqualTo(3);
            assertThat(r.abstained()).isEqualTo(1);
            assertThat(r.threshold()).isEqualTo(3);
            assertThat(r.passed()).isTrue();
        });
        assertThat(recorded.attended()).hasSize(5);
        assertThat(standards.get(secretariat, association, standard).reviewOutcome())
                .isInstanceOfSatisfying(ReviewOutcome.Vote.class, v -> {
                    assertThat(v.baseKind()).isEqualTo(VoteBase.ATTENDING_REPRESENTATIVES);
                    assertThat(v.base()).isEqualTo(4);
                });
    }

    @Test
    @DisplayName("LC-3: under all voting rights, a meeting vote counts the absent in the base")
    void LC_3_a_meeting_vote_under_all_voting_rights_counts_the_absent_in_the_base() {
        BallotDetail ballot = openMeeting();
        Map<String, UUID> seats = seatsByName(ballot);

        BallotResult result = ballots.recordMeetingVote(secretariat, association, standard, ballot.ballot().id(),
                new MeetingRecord(Set.of(seats.get("委员一"), seats.get("委员二"), seats.get("委员三"), seats.get("委员四")),
                        Map.of(seats.get("委员一"), approve(), seats.get("委员二"), approve(), seats.get("委员三"), approve(),
                                seats.get("委员四"), approve()))).result();

        assertThat(result.attending()).isEqualTo(4);
        assertThat(result.base()).isEqualTo(8);
        assertThat(result.notVoted()).isEqualTo(4);
        assertThat(result.passed()).isFalse();
        assertThat(standards.get(secretariat, association, standard).stage()).isEqualTo(Stage.TECHNICAL_REVIEW);
    }

    @Test
    void PART_2_a_meeting_record_refuses_votes_of_the_excluded_and_the_absent_and_disapprovals_without_reason() {
        BallotDetail ballot = openMeeting();
        Map<String, UUID> seats = seatsByName(ballot);
        BallotId id = ballot.ballot().id();

        Throwable refused = catchThrowable(() -> ballots.recordMeetingVote(secretariat, association, standard, id,
                new MeetingRecord(Set.of(seats.get("海康专家"), seats.get("委员一")),
                        Map.of(seats.get("海康专家"), approve(), seats.get("委员二"), approve(),
                                seats.get("委员一"), new VoteInput(Choice.DISAPPROVE, null)))));

        assertThat(refused).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                .extracting(FieldProblem::field, FieldProblem::rule, FieldProblem::messageKey)
                .containsExactlyInAnyOrder(
                        tuple("votes", "LC-3", "ballots.excludedVoter.DRAFTING_UNIT"),
                        tuple("votes", "PART-2", "ballots.voteWithoutAttendance"),
                        tuple("reason", "PART-2", "ballots.reasonRequiredFor")));
        assertThat(ballots.get(secretariat, association, standard, id).status()).isEqualTo(BallotStatus.OPEN);
        assertThat(refusalOf(() -> vote(voters.get(0), id, Choice.APPROVE, null)).messageKey())
                .isEqualTo("ballots.meetingVoteRecordedBySecretariat");
    }

    @Test
    @DisplayName("LC-3: an online ballot under 'attending representatives' takes every eligible voter as attending")
    void LC_3_an_online_ballot_under_attending_representatives_never_takes_the_votes_cast_as_base() {
        setVoteBase(VoteBase.ATTENDING_REPRESENTATIVES);
        BallotId id = openOnline().ballot().id();
        voters.subList(0, 3).forEach(v -> vote(v, id, Choice.APPROVE, null));
        clock.advance(Duration.ofDays(8));

        BallotResult result = ballots.close(secretariat, association, standard, id).result();

        assertThat(result.base()).isEqualTo(8);
        assertThat(result.passed()).isFalse();
    }

    // --- isolation ----------------------------------------------------------------------------

    @Test
    void another_organization_can_neither_see_nor_vote_on_a_ballot() {
        BallotId id = openOnline().ballot().id();
        TenantId other = fixtures.association("另一协会" + suffix());
        PersonId otherSecretariat = fixtures.memberOf(other, ADMINISTRATOR, SECRETARIAT);

        assertThat(catchThrowable(() -> ballots.get(otherSecretariat, association, standard, id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(catchThrowable(() -> vote(otherSecretariat, id, Choice.APPROVE, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(catchThrowable(() -> ballots.get(otherSecretariat, other, standard, id)))
                .isInstanceOf(NotFoundException.class);
        assertThat(catchThrowable(() -> ballots.vote(otherSecretariat, other, standard, id,
                new VoteInput(Choice.APPROVE, null)))).isInstanceOf(NotFoundException.class);
        assertThat(catchThrowable(() -> ballots.list(otherSecretariat, other, standard, PageRequest.first(10))))
                .isInstanceOf(NotFoundException.class);
        assertThat(ballots.awaitingMyVote(otherSecretariat, other, PageRequest.first(10)).items()).isEmpty();
        assertThat(ballots.get(secretariat, association, standard, id).myVote()).isNull();
    }

    // --- helpers ------------------------------------------------------------------------------

    // --- notifications --------------------------------------------------------------------------

    @Test
    void PART_2_eligible_voters_are_told_when_a_ballot_opens_and_reminded_once_before_it_closes_unless_they_voted() {
        BallotDetail ballot = openOnline();
        PersonId voted = voters.get(0);
        PersonId silent = voters.get(1);
        assertThat(kindsFor(silent)).containsExactly(NotificationKind.BALLOT_OPENED);
        assertThat(kindsFor(hikExpert)).as("an excluded expert has nothing to vote on").isEmpty();

        vote(voted, ballot.ballot().id(), Choice.APPROVE, null);
        clock.advance(Duration.ofDays(5));
        scan.run();
        scan.run();

        assertThat(kindsFor(silent)).containsExactly(NotificationKind.BALLOT_CLOSING, NotificationKind.BALLOT_OPENED);
        assertThat(kindsFor(voted)).containsExactly(NotificationKind.BALLOT_OPENED);
    }

    private List<NotificationKind> kindsFor(PersonId person) {
        return inbox.list(person, association, false, PageRequest.first(20)).items().stream()
                .map(Notification::kind).filter(k -> k.name().startsWith("BALLOT_")).toList();
    }

    private BallotDetail openOnline() {
        return ballots.open(secretariat, association, standard,
                new BallotOpening(committee.id().value(), BallotMethod.ONLINE, inDays(7)));
    }

    private BallotDetail openMeeting() {
        return ballots.open(secretariat, association, standard,
                new BallotOpening(committee.id().value(), BallotMethod.MEETING, null));
    }

    private void vote(PersonId voter, BallotId id, Choice choice, String reason) {
        ballots.vote(voter, association, standard, id, new VoteInput(choice, reason));
    }

    private static VoteInput approve() {
        return new VoteInput(Choice.APPROVE, null);
    }

    private Instant inDays(int days) {
        return clock.instant().plus(Duration.ofDays(days));
    }

    private void setVoteBase(VoteBase base) {
        PersonId administrator = fixtures.memberOf(association, ADMINISTRATOR);
        standards.setPolicy(administrator, association, new LifecyclePolicy(LifecyclePolicy.LEGAL_MINIMUM_COMMENT_DAYS,
                base, 5));
    }

    private static Map<String, UUID> seatsByName(BallotDetail ballot) {
        Map<String, UUID> seats = new HashMap<>();
        ballot.voters().forEach(v -> seats.put(v.holderName(), v.seat()));
        return seats;
    }

    private List<AuditEvent> history() {
        return audit.history(secretariat, association, StandardService.SUBJECT, standard.value(), PageRequest.first(100))
                .items();
    }

    /** A person with a role in the association, seated with a voting right on the committee. */
    private PersonId reviewer(String name, MemberId member) {
        PersonId person = fixtures.memberOf(association, MEMBER_REPRESENTATIVE);
        seat(name, member, person, member == null ? SeatRole.MEMBER : SeatRole.EXPERT, true);
        return person;
    }

    private void seat(String name, MemberId member, PersonId person, SeatRole role, boolean votingRight) {
        bodies.appoint(secretariat, association, committee.id(), new SeatAppointment(name, member, person, role,
                votingRight, termStarts, termStarts.plusYears(4)));
    }

    private MemberId unit(String name) {
        return register.register(secretariat, association, new MemberApplication(MemberKind.UNIT, name, UnitType.OTHER,
                Fixtures.aCreditCode(), StakeholderCategory.PRODUCTION, false, null, null, "联络员", "0571-88880000",
                MemberFixture.JOINED)).id();
    }

    private static LifecycleRefusal refusalOf(Runnable action) {
        Throwable thrown = catchThrowable(action::run);
        assertThat(thrown).isInstanceOf(LifecycleRefusal.class);
        return (LifecycleRefusal) thrown;
    }

    private static List<String> fieldsOf(Runnable action) {
        Throwable thrown = catchThrowable(action::run);
        assertThat(thrown).isInstanceOf(InvalidInputException.class);
        return ((InvalidInputException) thrown).problems().stream().map(FieldProblem::field).toList();
    }

    private static String sqlStateOf(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
