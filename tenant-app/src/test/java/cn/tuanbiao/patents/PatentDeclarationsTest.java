package cn.tuanbiao.patents;

import cn.tuanbiao.patents.domain.DeclarationDraft;
import cn.tuanbiao.patents.domain.PatentDeclaration;
import cn.tuanbiao.patents.domain.PatentLicensing;
import cn.tuanbiao.patents.service.PatentRegister;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.standards.domain.LifecycleRefusal;
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

import java.time.LocalDate;

import static cn.tuanbiao.users.domain.OrganizationRole.COUNCIL_MEMBER;
import static cn.tuanbiao.users.domain.OrganizationRole.MEMBER_REPRESENTATIVE;
import static cn.tuanbiao.users.domain.OrganizationRole.SECRETARIAT;
import static cn.tuanbiao.users.domain.OrganizationRole.WORKING_GROUP_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** PART-4: patents are declared on standards in work; a refusal to license blocks approval until decided. */
class PatentDeclarationsTest extends PlatformTest {

    @Inject
    PatentRegister patents;
    @Inject
    StandardService standards;
    @Inject
    LifecycleWalk walk;
    @Inject
    Fixtures fixtures;

    private TenantId association;
    private PersonId secretariat;
    private StandardId standard;

    @BeforeEach
    void aStandardBeforeTheDecisionBody() {
        association = fixtures.association("专利测试协会" + Fixtures.suffix());
        secretariat = fixtures.memberOf(association, SECRETARIAT, COUNCIL_MEMBER, WORKING_GROUP_MEMBER);
        standard = walk.toDraftForApproval(secretariat, association, "锂离子电池 热失控预警 技术要求").id();
    }

    @Test
    void PART_4_a_refusal_to_license_blocks_approval_until_the_decision_about_it_is_recorded() {
        PatentDeclaration refusal = patents.declare(secretariat, association, standard, declaration("ZL202110123456.7",
                PatentLicensing.REFUSE));

        assertThatThrownBy(() -> standards.approve(secretariat, association, standard, "理事会批准", null))
                .isInstanceOfSatisfying(LifecycleRefusal.class, r -> {
                    assertThat(r.requirement()).isEqualTo("PART-4");
                    assertThat(r.arguments()).containsExactly(1);
                });
        assertThat(standards.get(secretariat, association, standard).stage()).isEqualTo(Stage.DRAFT_FOR_APPROVAL);

        patents.decideOnRefusal(secretariat, association, refusal.id(), "删除第5.3条涉及该专利的检测方法，改用公开方法");

        assertThat(standards.approve(secretariat, association, standard, "理事会批准", null).stage())
                .isEqualTo(Stage.APPROVED);
    }

    @Test
    void PART_4_free_and_frand_commitments_do_not_block_and_the_register_lists_every_declaration() {
        patents.declare(secretariat, association, standard, declaration("ZL201910000001.2", PatentLicensing.FREE));
        patents.declare(secretariat, association, standard, declaration("CN112345678A", PatentLicensing.FRAND));

        assertThat(standards.approve(secretariat, association, standard, "理事会批准", null).stage())
                .isEqualTo(Stage.APPROVED);
        assertThat(patents.register(secretariat, association, PageRequest.first(10)).items())
                .extracting(PatentDeclaration::patentNumber, PatentDeclaration::standardTitle)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("ZL201910000001.2", "锂离子电池 热失控预警 技术要求"),
                        org.assertj.core.groups.Tuple.tuple("CN112345678A", "锂离子电池 热失控预警 技术要求"));
    }

    @Test
    void PART_4_any_member_declares_but_only_the_secretariat_records_the_decision() {
        PersonId member = fixtures.memberOf(association, MEMBER_REPRESENTATIVE);
        PatentDeclaration refusal = patents.declare(member, association, standard, declaration("ZL202010654321.X",
                PatentLicensing.REFUSE));

        assertThatThrownBy(() -> patents.decideOnRefusal(member, association, refusal.id(), "自行决定"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(patents.ofStandard(secretariat, association, standard, PageRequest.first(10)).items())
                .singleElement().satisfies(d -> assertThat(d.blocksApproval()).isTrue());
    }

    @Test
    void PART_4_a_malformed_patent_number_is_refused_and_nothing_is_stored() {
        assertThatThrownBy(() -> patents.declare(secretariat, association, standard, declaration("专利一号",
                PatentLicensing.FREE))).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.problems()).extracting(FieldProblem::field, FieldProblem::rule)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("patentNumber", "PART-4")));
        assertThat(patents.ofStandard(secretariat, association, standard, PageRequest.first(10)).total()).isZero();
    }

    @Test
    void PART_4_no_declaration_on_a_standard_already_published() {
        standards.approve(secretariat, association, standard, "理事会批准", null);
        LocalDate today = standards.today();
        standards.publish(secretariat, association, standard, today, today);

        assertThatThrownBy(() -> patents.declare(secretariat, association, standard, declaration("ZL202110123456.7",
                PatentLicensing.FREE))).isInstanceOfSatisfying(LifecycleRefusal.class,
                r -> assertThat(r.messageKey()).isEqualTo("patents.projectNotInWork"));
    }

    private static DeclarationDraft declaration(String number, PatentLicensing licensing) {
        return new DeclarationDraft(number, "一种锂离子电池热失控的预警方法", "宁德新能源科技有限公司", licensing, "林工",
                "lin@example.cn");
    }
}
