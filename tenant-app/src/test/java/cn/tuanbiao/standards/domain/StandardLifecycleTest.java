package cn.tuanbiao.standards.domain;

import cn.tuanbiao.documents.domain.DocumentKind;
import cn.tuanbiao.users.domain.OrganizationRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import static cn.tuanbiao.standards.domain.ProjectFixture.ALL_DOCUMENTS;
import static cn.tuanbiao.standards.domain.ProjectFixture.COUNCIL;
import static cn.tuanbiao.standards.domain.ProjectFixture.DRAFTER;
import static cn.tuanbiao.standards.domain.ProjectFixture.DRAFTER_IN_GROUP;
import static cn.tuanbiao.standards.domain.ProjectFixture.POLICY;
import static cn.tuanbiao.standards.domain.ProjectFixture.SECRETARY;
import static cn.tuanbiao.standards.domain.ProjectFixture.TODAY;
import static cn.tuanbiao.standards.domain.ProjectFixture.aProjectAt;
import static cn.tuanbiao.standards.domain.ProjectFixture.aProposal;
import static cn.tuanbiao.standards.domain.ProjectFixture.aSubject;
import static cn.tuanbiao.standards.domain.ProjectFixture.number;
import static cn.tuanbiao.standards.domain.ProjectFixture.person;
import static cn.tuanbiao.standards.domain.ProjectFixture.walk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** LC-1 … LC-7: the lifecycle's gates, each refusing with the requirement it enforces. */
class StandardLifecycleTest {

    @Test
    void LC_1_a_proposal_walks_every_stage_to_publication() {
        StandardProject published = aProjectAt(Stage.PUBLISHED);

        assertThat(published.publication().number()).hasToString("T/ZJZZ 1—2025");
        assertThat(published.publication().reviewDue()).isEqualTo(TODAY.plusYears(5));
        assertThat(published.approvalDecision()).isEqualTo("第二届理事会第五次会议批准");
    }

    @Test
    void LC_5_a_stage_whose_documents_are_missing_is_refused_and_names_them() {
        StandardProject drafting = aProjectAt(Stage.DRAFTING);
        Evidence onlyTheDraft = new Evidence(Set.of(DocumentKind.DRAFT_FOR_COMMENT), TODAY);

        assertRefused(() -> drafting.submitDraftForComment(DRAFTER_IN_GROUP, onlyTheDraft), "LC-5",
                "lifecycle.documentsMissing");
    }

    @Test
    void LC_1_a_plan_in_the_public_interest_must_be_announced_publicly() {
        StandardProject approved = walk(aProposal(new Subject("食品接触用材料 迁移量测定", null, "范围", true, false)),
                Stage.PROJECT_APPROVED);

        assertRefused(() -> approved.announcePlan(SECRETARY, false, ALL_DOCUMENTS), "LC-1", "lifecycle.planMustBePublic");
        assertThat(approved.announcePlan(SECRETARY, true, ALL_DOCUMENTS).project().planAnnouncedPublicly()).isTrue();
    }

    @Test
    void LC_2_a_29_day_comment_period_is_refused() {
        StandardProject draft = aProjectAt(Stage.DRAFT_FOR_COMMENT);
        CommentPeriod tooShort = new CommentPeriod(TODAY, TODAY.plusDays(29), CommentPeriod.Audience.MEMBERS);

        assertRefused(() -> draft.openCommentPeriod(SECRETARY, tooShort, POLICY, ALL_DOCUMENTS), "LC-2",
                "lifecycle.commentPeriodTooShort");
    }

    @Test
    void LC_2_an_organization_may_require_longer_but_never_shorter_than_30_days() {
        StandardProject draft = aProjectAt(Stage.DRAFT_FOR_COMMENT);
        LifecyclePolicy strict = new LifecyclePolicy(45, ReviewOutcome.VoteBase.ALL_VOTING_RIGHTS, 5);

        assertRefused(() -> draft.openCommentPeriod(SECRETARY,
                new CommentPeriod(TODAY, TODAY.plusDays(40), CommentPeriod.Audience.PUBLIC), strict, ALL_DOCUMENTS),
                "LC-2", "lifecycle.commentPeriodTooShort");
        assertRefused(() -> new LifecyclePolicy(20, ReviewOutcome.VoteBase.ALL_VOTING_RIGHTS, 5), "LC-2",
                "lifecycle.policy.commentDaysBelowLegalMinimum");
    }

    @Test
    void LC_2_the_comment_period_cannot_close_before_its_end() {
        StandardProject open = aProjectAt(Stage.COMMENT_PERIOD);
        Evidence dayBefore = new Evidence(ALL_DOCUMENTS.documents(), open.commentPeriod().closes().minusDays(1));

        assertRefused(() -> open.closeCommentPeriod(SECRETARY, dayBefore), "LC-2", "lifecycle.commentPeriodNotOver");
    }

    @Test
    void PART_1_a_comment_without_disposition_blocks_the_draft_for_review() {
        StandardProject resolving = aProjectAt(Stage.COMMENT_RESOLUTION);

        assertRefused(() -> resolving.submitDraftForReview(DRAFTER_IN_GROUP, 12, 11, ALL_DOCUMENTS), "PART-1",
                "lifecycle.commentsWithoutDisposition");
    }

    @Test
    void LC_3_ten_eligible_seven_for_three_not_voting_fails_where_the_base_is_all_voting_rights() {
        StandardProject review = aProjectAt(Stage.TECHNICAL_REVIEW);
        ReviewOutcome.Vote sevenOfTen = new ReviewOutcome.Vote(ReviewOutcome.VoteBase.ALL_VOTING_RIGHTS, 10,
                Set.of(person(), person(), person(), person(), person(), person(), person()), Set.of(), Set.of());

        assertThat(sevenOfTen.threshold()).isEqualTo(8);
        assertRefused(() -> review.recordReviewOutcome(SECRETARY, sevenOfTen, POLICY), "LC-3",
                "lifecycle.voteShortOfThreeQuarters");
    }

    @Test
    void LC_3_three_quarters_of_votes_cast_is_not_enough_when_abstentions_count_in_the_base() {
        StandardProject review = aProjectAt(Stage.TECHNICAL_REVIEW);
        // 6 for, 2 against, 2 abstaining: 6/8 of the votes "for or against" would pass, 6/10 of the base does not.
        ReviewOutcome.Vote vote = new ReviewOutcome.Vote(ReviewOutcome.VoteBase.ALL_VOTING_RIGHTS, 10,
                Set.of(person(), person(), person(), person(), person(), person()), Set.of(person(), person()),
                Set.of(person(), person()));

        assertRefused(() -> review.recordReviewOutcome(SECRETARY, vote, POLICY), "LC-3",
                "lifecycle.voteShortOfThreeQuarters");
    }

    @Test
    void LC_3_exactly_three_quarters_of_the_base_passes() {
        StandardProject review = aProjectAt(Stage.TECHNICAL_REVIEW);
        ReviewOutcome.Vote threeOfFour = new ReviewOutcome.Vote(ReviewOutcome.VoteBase.ALL_VOTING_RIGHTS, 4,
                Set.of(person(), person(), person()), Set.of(), Set.of(person()));

        assertThat(review.recordReviewOutcome(SECRETARY, threeOfFour, POLICY).project().stage())
                .isEqualTo(Stage.REVIEW_PASSED);
    }

    @Test
    void LC_3_a_drafters_vote_is_refused() {
        StandardProject review = aProjectAt(Stage.TECHNICAL_REVIEW);
        ReviewOutcome.Vote withDrafter = new ReviewOutcome.Vote(ReviewOutcome.VoteBase.ALL_VOTING_RIGHTS, 4,
                Set.of(DRAFTER, person(), person()), Set.of(), Set.of());

        assertRefused(() -> review.recordReviewOutcome(SECRETARY, withDrafter, POLICY), "LC-3", "lifecycle.drafterVoted");
    }

    @Test
    void LC_3_consensus_passes_with_minutes() {
        StandardProject review = aProjectAt(Stage.TECHNICAL_REVIEW);

        Step passed = review.recordReviewOutcome(SECRETARY, new ReviewOutcome.Consensus("审查会议协商一致通过"), POLICY);

        assertThat(passed.project().stage()).isEqualTo(Stage.REVIEW_PASSED);
        assertThat(passed.details()).containsEntry("outcome", "CONSENSUS");
    }

    @Test
    void LC_1_publication_without_approval_is_refused() {
        StandardProject forApproval = aProjectAt(Stage.DRAFT_FOR_APPROVAL);

        assertRefused(() -> forApproval.publish(SECRETARY, number(1), TODAY, TODAY, POLICY), "LC-1", "lifecycle.wrongStage");
    }

    @Test
    void ORG_3_only_the_decision_body_approves_a_standard() {
        StandardProject forApproval = aProjectAt(Stage.DRAFT_FOR_APPROVAL);

        assertRefused(() -> forApproval.approve(SECRETARY, "秘书处越权批准", null), "ORG-3", "lifecycle.roleRequired");
    }

    @Test
    void LC_7_a_cybersecurity_standard_needs_the_cyberspace_consultation_before_approval() {
        StandardProject forApproval = walk(aProposal(new Subject("工业控制系统 网络安全防护要求", null, "范围", false, true)),
                Stage.DRAFT_FOR_APPROVAL);

        assertRefused(() -> forApproval.approve(COUNCIL, "理事会批准", " "), "LC-7",
                "lifecycle.cyberspaceConsultationRequired");
        assertThat(forApproval.approve(COUNCIL, "理事会批准", "2025-05-06 已征求省委网信办意见，无异议").project().stage())
                .isEqualTo(Stage.APPROVED);
    }

    @Test
    void LC_4_the_number_carries_the_publication_year() {
        StandardProject approved = aProjectAt(Stage.APPROVED);

        assertRefused(() -> approved.publish(SECRETARY, number(7), LocalDate.of(2026, 1, 2), LocalDate.of(2026, 2, 1),
                POLICY), "LC-4", "lifecycle.numberYearIsPublicationYear");
    }

    @Test
    void LC_6_a_confirmed_standard_is_next_reviewed_an_interval_later_and_a_withdrawn_one_leaves_force() {
        StandardProject published = aProjectAt(Stage.PUBLISHED);
        LocalDate reviewDay = TODAY.plusYears(5).plusDays(3);

        StandardProject confirmed = published.recordPeriodicReview(SECRETARY, PeriodicReviewDecision.CONFIRM,
                "技术内容仍适用", reviewDay, POLICY).project();
        StandardProject withdrawn = published.recordPeriodicReview(SECRETARY, PeriodicReviewDecision.WITHDRAW,
                "已被强制性国家标准覆盖", reviewDay, POLICY).project();

        assertThat(published.publication().reviewOverdue(reviewDay)).isTrue();
        assertThat(confirmed.publication().reviewDue()).isEqualTo(reviewDay.plusYears(5));
        assertThat(confirmed.stage()).isEqualTo(Stage.PUBLISHED);
        assertThat(withdrawn.stage()).isEqualTo(Stage.WITHDRAWN);
    }

    @ParameterizedTest
    @EnumSource(value = Stage.class, names = {"PROPOSAL", "DRAFTING", "COMMENT_PERIOD", "TECHNICAL_REVIEW", "APPROVED"})
    void LC_1_a_project_can_be_terminated_at_any_stage_before_publication_with_a_reason(Stage stage) {
        StandardProject project = aProjectAt(stage);

        assertRefused(() -> project.terminate(SECRETARY, ""), "AUD-1", "lifecycle.reasonRequired");
        Step terminated = project.terminate(SECRETARY, "主要起草单位退出，项目无法继续");
        assertThat(terminated.project().stage()).isEqualTo(Stage.TERMINATED);
        assertThat(terminated.details()).containsEntry("at", stage.name());
    }

    @Test
    void LC_1_a_published_standard_is_not_terminated_but_withdrawn() {
        StandardProject published = aProjectAt(Stage.PUBLISHED);

        assertRefused(() -> published.terminate(SECRETARY, "不再需要"), "LC-1", "lifecycle.terminateAfterPublication");
    }

    @Test
    void every_transition_refuses_a_project_in_another_stage() {
        StandardProject proposal = aProposal();

        assertRefused(() -> proposal.approveProject(SECRETARY, "立项"), "LC-1", "lifecycle.wrongStage");
        assertRefused(() -> proposal.startTechnicalReview(SECRETARY), "LC-1", "lifecycle.wrongStage");
        assertRefused(() -> proposal.approve(COUNCIL, "批准", null), "LC-1", "lifecycle.wrongStage");
    }

    @Test
    void a_plain_member_cannot_move_a_project() {
        StandardProject proposal = aProposal(aSubject());

        assertRefused(() -> proposal.submitProjectProposal(ProjectFixture.actor(OrganizationRole.MEMBER_REPRESENTATIVE),
                new Evidence(EnumSet.allOf(DocumentKind.class), TODAY)), "ORG-3", "lifecycle.roleRequired");
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable step, String requirement,
                                      String messageKey) {
        assertThatThrownBy(step).isInstanceOfSatisfying(LifecycleRefusal.class, refusal -> {
            assertThat(refusal.requirement()).isEqualTo(requirement);
            assertThat(refusal.messageKey()).isEqualTo(messageKey);
        });
    }
}
