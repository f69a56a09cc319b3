package cn.tuanbiao.users;

import cn.tuanbiao.organizations.service.OrganizationOnboarding;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.testing.Fixtures;
import cn.tuanbiao.testing.MutableClock;
import cn.tuanbiao.testing.PlatformTest;
import cn.tuanbiao.users.domain.IssuedInvitation;
import cn.tuanbiao.users.domain.Member;
import cn.tuanbiao.users.domain.MembershipStatus;
import cn.tuanbiao.users.domain.MyOrganization;
import cn.tuanbiao.users.service.InvitationService;
import cn.tuanbiao.users.service.MemberService;
import cn.tuanbiao.users.service.MyOrganizationsService;
import cn.tuanbiao.users.service.SignInResult;
import cn.tuanbiao.users.service.SignInService;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Set;

import static cn.tuanbiao.users.domain.OrganizationRole.ADMINISTRATOR;
import static cn.tuanbiao.users.domain.OrganizationRole.MEMBER_REPRESENTATIVE;
import static cn.tuanbiao.users.domain.OrganizationRole.SECRETARIAT;
import static cn.tuanbiao.users.domain.OrganizationRole.WORKING_GROUP_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** ORG-1: the operator invites an organization's first administrator, who then manages users and roles. */
class OrganizationUsersTest extends PlatformTest {

    @Inject
    OrganizationOnboarding onboarding;
    @Inject
    InvitationService invitations;
    @Inject
    MemberService members;
    @Inject
    MyOrganizationsService myOrganizations;
    @Inject
    SignInService signIn;
    @Inject
    Fixtures fixtures;
    @Inject
    cn.tuanbiao.audit.service.AuditLog audit;
    @Inject
    MutableClock clock;

    @Test
    void the_first_administrator_accepts_the_operators_invitation_signs_in_and_sees_the_organization() {
        TenantId association = fixtures.association("杭州市数字经济协会" + Fixtures.suffix());
        String email = "admin." + Fixtures.suffix() + "@hzsz.org.cn";

        IssuedInvitation invitation = onboarding.inviteAdministrator(fixtures.operator(), association, email, "沈燕");
        PersonId admin = invitations.accept(invitation.token(), "沈燕", "Shenyan-2025");

        assertThat(signIn.signIn(email, "Shenyan-2025")).isInstanceOf(SignInResult.SignedIn.class);
        assertThat(myOrganizations.of(admin)).singleElement().satisfies(o -> {
            assertThat(o.tenant()).isEqualTo(association);
            assertThat(o.roles()).containsExactly(ADMINISTRATOR);
        });
    }

    @Test
    void an_invitation_works_once() {
        TenantId association = fixtures.association("一次性邀请协会" + Fixtures.suffix());
        IssuedInvitation invitation = onboarding.inviteAdministrator(fixtures.operator(), association,
                "once." + Fixtures.suffix() + "@example.cn", "许晴");
        invitations.accept(invitation.token(), "许晴", "Xuqing-2025");

        assertThatThrownBy(() -> invitations.accept(invitation.token(), "冒名者", "Another-2025"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void an_invitation_expires_after_fourteen_days() {
        TenantId association = fixtures.association("过期邀请协会" + Fixtures.suffix());
        IssuedInvitation invitation = onboarding.inviteAdministrator(fixtures.operator(), association,
                "late." + Fixtures.suffix() + "@example.cn", "迟到");

        clock.advance(Duration.ofDays(15));

        assertThatThrownBy(() -> invitations.accept(invitation.token(), "迟到", "Late-2025-pw"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_forged_token_for_another_tenant_finds_nothing() {
        TenantId first = fixtures.association("甲协会" + Fixtures.suffix());
        TenantId second = fixtures.association("乙协会" + Fixtures.suffix());
        IssuedInvitation invitation = onboarding.inviteAdministrator(fixtures.operator(), first,
                "forge." + Fixtures.suffix() + "@example.cn", "伪造");
        String forged = second + invitation.token().substring(invitation.token().indexOf('.'));

        assertThatThrownBy(() -> invitations.accept(forged, "伪造", "Forged-2025-pw"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_person_in_two_organizations_joins_the_second_with_their_existing_password() {
        TenantId first = fixtures.association("第一协会" + Fixtures.suffix());
        TenantId second = fixtures.association("第二协会" + Fixtures.suffix());
        PersonId admin = fixtures.memberOf(second, ADMINISTRATOR);
        String email = "two." + Fixtures.suffix() + "@example.cn";
        PersonId person = invitations.accept(
                onboarding.inviteAdministrator(fixtures.operator(), first, email, "两栖").token(), "两栖", "Twoorgs-2025");

        IssuedInvitation toSecond = members.invite(admin, second, email, "两栖", Set.of(WORKING_GROUP_MEMBER));
        assertThatThrownBy(() -> invitations.accept(toSecond.token(), null, "wrong-password-1"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("invitation.wrongPassword"));
        invitations.accept(toSecond.token(), null, "Twoorgs-2025");

        assertThat(myOrganizations.of(person)).extracting(MyOrganization::tenant).containsExactlyInAnyOrder(first, second);
    }

    @Test
    void an_administrator_changes_roles_and_suspends_a_member_who_then_cannot_act() {
        TenantId association = fixtures.association("角色协会" + Fixtures.suffix());
        PersonId admin = fixtures.memberOf(association, ADMINISTRATOR);
        PersonId member = fixtures.memberOf(association, MEMBER_REPRESENTATIVE);

        Member changed = members.changeRoles(admin, association, member, Set.of(SECRETARIAT, WORKING_GROUP_MEMBER));
        assertThat(changed.roles()).containsExactlyInAnyOrder(SECRETARIAT, WORKING_GROUP_MEMBER);

        members.setStatus(admin, association, member, MembershipStatus.SUSPENDED);
        assertThatThrownBy(() -> members.list(member, association, null, PageRequest.first(10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(myOrganizations.of(member)).isEmpty();
        // AUD-1: both decisions are in the organization's log, with what changed.
        assertThat(audit.history(admin, association, "MEMBERSHIP", member.value(), PageRequest.first(10)).items())
                .extracting(e -> e.action() + " " + e.details().get("from") + "→" + e.details().get("to"))
                .containsExactly("STATUS_CHANGED ACTIVE→SUSPENDED",
                        "ROLES_CHANGED MEMBER_REPRESENTATIVE→SECRETARIAT,WORKING_GROUP_MEMBER");
    }

    @Test
    void only_administrators_manage_users() {
        TenantId association = fixtures.association("权限协会" + Fixtures.suffix());
        PersonId secretary = fixtures.memberOf(association, SECRETARIAT);
        PersonId other = fixtures.memberOf(association, MEMBER_REPRESENTATIVE);

        assertThatThrownBy(() -> members.changeRoles(secretary, association, other, Set.of(ADMINISTRATOR)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> members.invite(secretary, association, "x@example.cn", "某人", Set.of(SECRETARIAT)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_last_administrator_cannot_remove_their_own_role() {
        TenantId association = fixtures.association("唯一管理员协会" + Fixtures.suffix());
        PersonId admin = fixtures.memberOf(association, ADMINISTRATOR);

        assertThatThrownBy(() -> members.changeRoles(admin, association, admin, Set.of(SECRETARIAT)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("roles.lastAdministrator"));
        assertThat(members.list(admin, association, null, PageRequest.first(10)).items())
                .singleElement().satisfies(m -> assertThat(m.roles()).containsExactly(ADMINISTRATOR));
    }

    @Test
    void members_are_listed_a_page_at_a_time_and_searchable_by_name() {
        TenantId association = fixtures.association("分页协会" + Fixtures.suffix());
        PersonId admin = fixtures.memberOf(association, ADMINISTRATOR);
        for (int i = 0; i < 5; i++) {
            fixtures.memberOf(association, MEMBER_REPRESENTATIVE);
        }

        var page = members.list(admin, association, null, new PageRequest(2, 2));
        assertThat(page.total()).isEqualTo(6);
        assertThat(page.items()).hasSize(2);
    }
}
