package cn.tuanbiao.conflicts;

import cn.tuanbiao.conflicts.domain.InterestDeclaration;
import cn.tuanbiao.conflicts.service.ConflictsOfInterest;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.standards.domain.LifecycleRefusal;
import cn.tuanbiao.standards.domain.ReviewOutcome;
import cn.tuanbiao.standards.domain.ReviewOutcome.VoteBase;
import cn.tuanbiao.standards.domain.Stage;
import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.standards.service.LifecycleWalk;
import cn.tuanbiao.standards.service.StandardService;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.testing.Fixtures;
import cn.tuanbiao.testing.PlatformTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static cn.tuanbiao.users.domain.OrganizationRole.COUNCIL_MEMBER;
import static cn.tuanbiao.users.domain.OrganizationRole.MEMBER_REPRESENTATIVE;
import static cn.tuanbiao.users.domain.OrganizationRole.SECRETARIAT;
import static cn.tuanbiao.users.domain.OrganizationRole.WORKING_GROUP_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** PART-5: people working on a standard declare their interests; a recused person's vote cannot be counted. */
class ConflictsOfInterestTest extends PlatformTest {

    @Inject
    ConflictsOfInterest conflicts;
    @Inject
    StandardService standards;
    @Inject
    LifecycleWalk walk;
    @Inject
    Fixtures fixtures;

    private TenantId association;
    private PersonId secretariat;
    private StandardId standard;
    private PersonId expertA;
    private PersonId expertB;
    private PersonId expertC;
    private PersonId expertD;

    @BeforeEach
    void aStandardInTechnicalReviewWithFourReviewers() {
        association = fixtures.association("利益冲突测试协会" + Fixtures.suffix());
        secretariat = fixtures.memberOf(association, SECRETARIAT, COUNCIL_MEMBER, WORKING_GROUP_MEMBER);
        standard = walk.toTechnicalReview(secretariat, association, "光伏组件 回收利用 技术规范").id();
        expertA = fixtures.memberOf(association, MEMBER_REPRESENTATIVE);
        expertB = fixtures.memberOf(association, MEMBER_REPRESENTATIVE);
        expertC = fixtures.memberOf(association, MEMBER_REPRESENTATIVE);
        expertD = fixtures.memberOf(association, MEMBER_REPRESENTATIVE);
    }

    @Test
    void PART_5_a_vote_counting_a_recused_reviewer_is_refused_and_the_project_stays_in_review() {
        conflicts.declare(expertA, association, standard, "本人所在企业生产光伏组件回收设备，与本标准有直接利益", true);

        ReviewOutcome.Vote withRecused = new ReviewOutcome.Vote(VoteBase.ALL_VOTING_RIGHTS, 4,
                Set.of(expertA, expertB, expertC), Set.of(), Set.of());

        assertThatThrownBy(() -> standards.recordReviewOutcome(secretariat, association, standard, withRecused))
                .isInstanceOfSatisfying(LifecycleRefusal.class, r -> {
                    assertThat(r.requirement()).isEqualTo("PART-5");
                    assertThat(r.arguments()).containsExactly(1L);
                });
        assertThat(standards.get(secretariat, association, standard).stage()).isEqualTo(Stage.TECHNICAL_REVIEW);
    }

    @Test
    void PART_5_a_declared_interest_without_recusal_still_votes() {
        conflicts.declare(expertB, association, standard, "本人曾参与相关课题研究，无直接经济利益", false);

        ReviewOutcome.Vote vote = new ReviewOutcome.Vote(VoteBase.ALL_VOTING_RIGHTS, 4,
                Set.of(expertB, expertC, expertD), Set.of(), Set.of());

        assertThat(standards.recordReviewOutcome(secretariat, association, standard, vote).stage())
                .isEqualTo(Stage.REVIEW_PASSED);
        assertThat(conflicts.ofStandard(secretariat, association, standard, PageRequest.first(10)).items())
                .extracting(InterestDeclaration::recused).containsExactly(false);
    }

    @Test
    void PART_5_a_person_declares_once_per_project_and_must_say_what_the_interest_is() {
        conflicts.declare(expertC, association, standard, "持有相关企业股份", true);

        assertThatThrownBy(() -> conflicts.declare(expertC, association, standard, "再次声明", false))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("conflicts.alreadyDeclared"));
        assertThatThrownBy(() -> conflicts.declare(expertD, association, standard, "  ", true))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("interest"));
        assertThat(conflicts.ofStandard(secretariat, association, standard, PageRequest.first(10)).total()).isEqualTo(1);
    }
}
