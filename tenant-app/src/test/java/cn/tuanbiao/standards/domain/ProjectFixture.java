package cn.tuanbiao.standards.domain;

import cn.tuanbiao.documents.domain.DocumentKind;
import cn.tuanbiao.organizations.domain.OrganizationCode;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.users.domain.Actor;
import cn.tuanbiao.users.domain.OrganizationRole;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** Projects at any stage in one line, walked there through the real transitions. */
final class ProjectFixture {

    static final TenantId TENANT = new TenantId(UUID.randomUUID());
    static final LocalDate TODAY = LocalDate.of(2025, 3, 3);
    static final Actor SECRETARY = actor(OrganizationRole.SECRETARIAT);
    static final Actor COUNCIL = actor(OrganizationRole.COUNCIL_MEMBER);
    static final Actor DRAFTER_IN_GROUP = actor(OrganizationRole.WORKING_GROUP_MEMBER);
    static final PersonId DRAFTER = DRAFTER_IN_GROUP.person();
    static final LifecyclePolicy POLICY = LifecyclePolicy.defaults();
    static final Evidence ALL_DOCUMENTS = new Evidence(EnumSet.allOf(DocumentKind.class), TODAY);

    private ProjectFixture() {
    }

    static Actor actor(OrganizationRole... roles) {
        return new Actor(new PersonId(UUID.randomUUID()), TENANT, Set.of(roles));
    }

    static Subject aSubject() {
        return new Subject("智能制造 工业互联网平台 数据采集接口要求", "Intelligent manufacturing — data acquisition interface",
                "本文件规定了工业互联网平台数据采集接口的技术要求和试验方法。", false, false);
    }

    static StandardProject aProposal() {
        return aProposal(aSubject());
    }

    static StandardProject aProposal(Subject subject) {
        return StandardProject.propose(StandardId.random(), actor(OrganizationRole.MEMBER_REPRESENTATIVE), subject,
                null, Instant.parse("2025-03-03T02:00:00Z"));
    }

    static StandardProject aProjectAt(Stage stage) {
        return walk(aProposal(), stage);
    }

    static StandardProject walk(StandardProject project, Stage target) {
        StandardProject p = project;
        while (p.stage() != target) {
            p = next(p).project();
        }
        return p;
    }

    static ReviewOutcome.Vote aPassingVote() {
        Set<PersonId> inFavour = Set.of(person(), person(), person());
        return new ReviewOutcome.Vote(ReviewOutcome.VoteBase.ALL_VOTING_RIGHTS, 4, inFavour, Set.of(person()), Set.of());
    }

    static PersonId person() {
        return new PersonId(UUID.randomUUID());
    }

    static StandardNumber number(int sequence) {
        return new StandardNumber(new OrganizationCode("ZJZZ"), sequence, null, Year.of(TODAY.getYear()));
    }

    private static Step next(StandardProject p) {
        return switch (p.stage()) {
            case PROPOSAL -> p.submitProjectProposal(DRAFTER_IN_GROUP, ALL_DOCUMENTS);
            case PROJECT_PROPOSAL -> p.approveProject(SECRETARY, "秘书处 2025 年第 3 次会议决定立项");
            case PROJECT_APPROVED -> p.announcePlan(SECRETARY, p.subject().publicInterest(), ALL_DOCUMENTS);
            case PLAN_ANNOUNCED -> p.startDrafting(SECRETARY, new Drafting("智能制造标准工作组", "浙江某科技有限公司",
                    Set.of(DRAFTER)));
            case DRAFTING -> p.submitDraftForComment(DRAFTER_IN_GROUP, ALL_DOCUMENTS);
            case DRAFT_FOR_COMMENT -> p.openCommentPeriod(SECRETARY,
                    new CommentPeriod(TODAY, TODAY.plusDays(30), CommentPeriod.Audience.PUBLIC), POLICY, ALL_DOCUMENTS);
            case COMMENT_PERIOD -> p.closeCommentPeriod(SECRETARY, new Evidence(ALL_DOCUMENTS.documents(), TODAY.plusDays(30)));
            case COMMENT_RESOLUTION -> p.submitDraftForReview(DRAFTER_IN_GROUP, 12, 12, ALL_DOCUMENTS);
            case DRAFT_FOR_REVIEW -> p.startTechnicalReview(SECRETARY);
            case TECHNICAL_REVIEW -> p.recordReviewOutcome(SECRETARY, aPassingVote(), POLICY);
            case REVIEW_PASSED -> p.submitDraftForApproval(DRAFTER_IN_GROUP, ALL_DOCUMENTS);
            case DRAFT_FOR_APPROVAL -> p.approve(COUNCIL, "第二届理事会第五次会议批准", null);
            case APPROVED -> p.publish(SECRETARY, number(1), TODAY, TODAY.plusMonths(1), POLICY);
            default -> throw new IllegalStateException("No next step from " + p.stage());
        };
    }
}
