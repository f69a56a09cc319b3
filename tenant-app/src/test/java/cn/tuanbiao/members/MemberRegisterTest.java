package cn.tuanbiao.members;

import cn.tuanbiao.members.domain.MemberApplication;
import cn.tuanbiao.members.domain.MemberKind;
import cn.tuanbiao.members.domain.RegisteredMember;
import cn.tuanbiao.members.domain.StakeholderCategory;
import cn.tuanbiao.members.domain.UnitType;
import cn.tuanbiao.members.service.MemberRegister;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.testing.Fixtures;
import cn.tuanbiao.testing.PlatformTest;
import jakarta.inject.Inject;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static cn.tuanbiao.users.domain.OrganizationRole.MEMBER_REPRESENTATIVE;
import static cn.tuanbiao.users.domain.OrganizationRole.SECRETARIAT;
import static cn.tuanbiao.members.MemberFixture.JOINED;
import static cn.tuanbiao.members.MemberFixture.anEnterprise;
import static cn.tuanbiao.members.MemberFixture.anExpert;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** ORG-4: the secretariat keeps the register of member units and individual experts. */
class MemberRegisterTest extends PlatformTest {

    @Inject
    MemberRegister register;
    @Inject
    Fixtures fixtures;

    @Test
    void the_secretariat_registers_units_and_experts_with_their_stakeholder_category() {
        TenantId association = fixtures.association("浙江省智能制造协会" + Fixtures.suffix());
        PersonId secretariat = fixtures.memberOf(association, SECRETARIAT);

        register.register(secretariat, association, anEnterprise("杭州海康智造有限公司", StakeholderCategory.PRODUCTION, false));
        register.register(secretariat, association, anEnterprise("西门子（中国）有限公司", StakeholderCategory.PRODUCTION, true));
        register.register(secretariat, association, anExpert("陈立新"));

        var units = register.list(secretariat, association, MemberKind.UNIT, null, null, false, PageRequest.first(20));
        assertThat(units.items()).extracting(RegisteredMember::name)
                .containsExactlyInAnyOrder("杭州海康智造有限公司", "西门子（中国）有限公司");
        assertThat(units.items()).filteredOn(RegisteredMember::foreignInvested).extracting(RegisteredMember::name)
                .containsExactly("西门子（中国）有限公司");
        var research = register.list(secretariat, association, null, StakeholderCategory.EDUCATION_RESEARCH, null, false,
                PageRequest.first(20));
        assertThat(research.items()).extracting(RegisteredMember::name, RegisteredMember::affiliation)
                .containsExactly(Tuple.tuple("陈立新", "浙江大学"));
    }

    @Test
    void a_unit_without_type_or_stakeholder_is_refused_field_by_field_and_nothing_is_stored() {
        TenantId association = fixtures.association("浙江省电子商务协会" + Fixtures.suffix());
        PersonId secretariat = fixtures.memberOf(association, SECRETARIAT);

        assertThatThrownBy(() -> register.register(secretariat, association, new MemberApplication(MemberKind.UNIT,
                "某某贸易公司", null, null, null, false, null, null, null, null, JOINED)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::rule)
                        .contains(Tuple.tuple("unitType", "ORG-4"),
                                Tuple.tuple("stakeholder", "ORG-4")));
        assertThat(register.list(secretariat, association, null, null, null, true, PageRequest.first(5)).total()).isZero();
    }

    @Test
    void only_an_enterprise_can_be_foreign_invested() {
        TenantId association = fixtures.association("浙江省检测认证协会" + Fixtures.suffix());
        PersonId secretariat = fixtures.memberOf(association, SECRETARIAT);

        assertThatThrownBy(() -> register.register(secretariat, association, new MemberApplication(MemberKind.UNIT,
                "某检测院", UnitType.TESTING_CERTIFICATION, null, StakeholderCategory.TESTING_CERTIFICATION, true, null,
                null, null, null, JOINED)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("members.foreignInvestedEnterpriseOnly"));
    }

    @Test
    void a_unit_is_registered_once_by_its_credit_code() {
        TenantId association = fixtures.association("浙江省新材料协会" + Fixtures.suffix());
        PersonId secretariat = fixtures.memberOf(association, SECRETARIAT);
        MemberApplication unit = anEnterprise("宁波新材料科技有限公司", StakeholderCategory.PRODUCTION, false);
        register.register(secretariat, association, unit);

        assertThatThrownBy(() -> register.register(secretariat, association, unit))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::messageKey)
                        .containsExactly(Tuple.tuple("creditCode", "members.alreadyRegistered")));
    }

    @Test
    void a_member_who_left_drops_out_of_the_current_register_but_stays_in_the_history() {
        TenantId association = fixtures.association("浙江省物流协会" + Fixtures.suffix());
        PersonId secretariat = fixtures.memberOf(association, SECRETARIAT);
        RegisteredMember unit = register.register(secretariat, association,
                anEnterprise("杭州快运物流有限公司", StakeholderCategory.DISTRIBUTION, false));

        register.recordLeaving(secretariat, association, unit.id(), LocalDate.of(2025, 1, 1), "书面申请退会");

        assertThat(register.list(secretariat, association, null, null, null, false, PageRequest.first(5)).total()).isZero();
        assertThat(register.list(secretariat, association, null, null, null, true, PageRequest.first(5)).items())
                .extracting(RegisteredMember::leftOn).containsExactly(LocalDate.of(2025, 1, 1));
    }

    @Test
    void a_member_representative_reads_the_register_but_cannot_change_it() {
        TenantId association = fixtures.association("浙江省纺织协会" + Fixtures.suffix());
        PersonId representative = fixtures.memberOf(association, MEMBER_REPRESENTATIVE);

        assertThat(register.list(representative, association, null, null, null, false, PageRequest.first(5)).total()).isZero();
        assertThatThrownBy(() -> register.register(representative, association,
                anEnterprise("绍兴纺织有限公司", StakeholderCategory.PRODUCTION, false)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void another_organizations_secretariat_sees_nothing_of_the_register() {
        TenantId association = fixtures.association("浙江省茶叶协会" + Fixtures.suffix());
        TenantId other = fixtures.association("江苏省茶叶协会" + Fixtures.suffix());
        PersonId secretariat = fixtures.memberOf(association, SECRETARIAT);
        PersonId outsider = fixtures.memberOf(other, SECRETARIAT);
        RegisteredMember unit = register.register(secretariat, association,
                anEnterprise("杭州龙井茶业有限公司", StakeholderCategory.PRODUCTION, false));

        assertThatThrownBy(() -> register.list(outsider, association, null, null, null, true, PageRequest.first(5)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(register.list(outsider, other, null, null, null, true, PageRequest.first(5)).total()).isZero();
        assertThatThrownBy(() -> register.get(outsider, other, unit.id()))
                .isInstanceOf(cn.tuanbiao.shared.domain.NotFoundException.class);
    }
}
