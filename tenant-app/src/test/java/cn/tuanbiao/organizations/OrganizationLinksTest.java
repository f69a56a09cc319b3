package cn.tuanbiao.organizations;

import cn.tuanbiao.organizations.domain.Organization;
import cn.tuanbiao.organizations.domain.OrganizationLink;
import cn.tuanbiao.organizations.domain.OrganizationLinkKind;
import cn.tuanbiao.organizations.service.OrganizationLinks;
import cn.tuanbiao.organizations.service.OrganizationOnboarding;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.testing.Fixtures;
import cn.tuanbiao.testing.PlatformTest;
import cn.tuanbiao.users.domain.OrganizationRole;
import jakarta.inject.Inject;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static cn.tuanbiao.testing.Fixtures.aProfile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/** SUP-1, SUP-5: the operator records who belongs to which alliance or innovation base, and when. */
class OrganizationLinksTest extends PlatformTest {

    private static final LocalDate JANUARY = LocalDate.of(2025, 1, 6);

    @Inject
    OrganizationOnboarding onboarding;
    @Inject
    OrganizationLinks links;
    @Inject
    Fixtures fixtures;

    @Test
    void SUP_1_an_association_joins_an_alliance_by_its_code_and_both_see_the_link() {
        Organization alliance = anOrganization("ALLIANCE", "测试标准联盟");
        Organization association = anOrganization("ASSOCIATION", "测试协会");

        links.join(fixtures.operator(), association.id(), OrganizationLinkKind.ALLIANCE_MEMBER,
                "T/" + alliance.code().value(), JANUARY);

        assertThat(linksOf(alliance.id())).singleElement().satisfies(link -> {
            assertThat(link.parent().id()).isEqualTo(alliance.id());
            assertThat(link.child().nameZh()).isEqualTo(association.nameZh());
            assertThat(link.joinedOn()).isEqualTo(JANUARY);
            assertThat(link.current()).isTrue();
        });
        assertThat(linksOf(association.id())).extracting(link -> link.other(association.id()).code())
                .containsExactly(alliance.code().value());
    }

    @Test
    void SUP_1_an_alliance_takes_a_member_in_from_its_own_side() {
        Organization alliance = anOrganization("ALLIANCE", "接纳成员的联盟");
        Organization society = anOrganization("SOCIETY", "加入联盟的学会");

        links.join(fixtures.operator(), alliance.id(), OrganizationLinkKind.ALLIANCE_MEMBER, society.code().value(), JANUARY);

        assertThat(linksOf(society.id())).extracting(link -> link.parent().id()).containsExactly(alliance.id());
    }

    @Test
    void SUP_1_leaving_keeps_the_period_and_joining_again_opens_a_new_one_listed_first() {
        Organization alliance = anOrganization("ALLIANCE", "成员进出的联盟");
        Organization chamber = anOrganization("CHAMBER_OF_COMMERCE", "先退后入的商会");
        links.join(fixtures.operator(), chamber.id(), OrganizationLinkKind.ALLIANCE_MEMBER, alliance.code().value(), JANUARY);
        OrganizationLink first = linksOf(chamber.id()).get(0);

        links.end(fixtures.operator(), chamber.id(), first.id(), JANUARY.plusMonths(6));
        links.join(fixtures.operator(), chamber.id(), OrganizationLinkKind.ALLIANCE_MEMBER, alliance.code().value(),
                JANUARY.plusYears(1));

        assertThat(linksOf(alliance.id())).extracting(OrganizationLink::joinedOn, OrganizationLink::leftOn).containsExactly(
                tuple(JANUARY.plusYears(1), null),
                tuple(JANUARY, JANUARY.plusMonths(6)));
    }

    @Test
    void SUP_1_an_organization_that_is_not_an_alliance_cannot_take_members_and_nothing_is_stored() {
        Organization association = anOrganization("ASSOCIATION", "不是联盟的协会");
        Organization other = anOrganization("ASSOCIATION", "想加入协会的协会");

        assertThatThrownBy(() -> links.join(fixtures.operator(), other.id(), OrganizationLinkKind.ALLIANCE_MEMBER,
                association.code().value(), JANUARY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(problems(e)).containsExactly(
                        tuple("parentCode", "SUP-1", "organizationLink.parentKind.ALLIANCE_MEMBER")));
        assertThat(linksOf(other.id())).isEmpty();
    }

    @Test
    void SUP_1_a_supervisory_authority_cannot_become_an_alliance_member() {
        Organization alliance = anOrganization("ALLIANCE", "拒绝监管部门的联盟");
        Organization authority = anOrganization("SUPERVISORY_AUTHORITY", "某市场监督管理局");

        assertThatThrownBy(() -> links.join(fixtures.operator(), alliance.id(), OrganizationLinkKind.ALLIANCE_MEMBER,
                authority.code().value(), JANUARY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(problems(e)).containsExactly(
                        tuple("childCode", "SUP-1", "organizationLink.childKind.ALLIANCE_MEMBER")));
    }

    @Test
    void SUP_5_only_a_centre_joins_an_innovation_base() {
        Organization base = anOrganization("INNOVATION_BASE", "测试创新基地");
        Organization centre = anOrganization("INNOVATION_CENTRE", "测试区域中心");
        Organization association = anOrganization("ASSOCIATION", "不是中心的协会");

        links.join(fixtures.operator(), centre.id(), OrganizationLinkKind.INNOVATION_CENTRE, base.code().value(), JANUARY);

        assertThat(linksOf(base.id())).extracting(link -> link.child().id()).containsExactly(centre.id());
        assertThatThrownBy(() -> links.join(fixtures.operator(), base.id(), OrganizationLinkKind.INNOVATION_CENTRE,
                association.code().value(), JANUARY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(problems(e)).containsExactly(
                        tuple("childCode", "SUP-5", "organizationLink.childKind.INNOVATION_CENTRE")));
    }

    @Test
    void an_unknown_code_is_named_in_the_refusal() {
        Organization association = anOrganization("ASSOCIATION", "输错代号的协会");

        assertThatThrownBy(() -> links.join(fixtures.operator(), association.id(), OrganizationLinkKind.ALLIANCE_MEMBER,
                "T/NOSUCHCODE", JANUARY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(problems(e)).containsExactly(tuple("otherCode", "SUP-1", "organizationLink.unknownCode"));
                    assertThat(e.problems().get(0).arguments()).containsExactly("NOSUCHCODE");
                });
    }

    @Test
    void SUP_1_leaving_before_joining_is_refused_and_the_link_stays_current() {
        Organization alliance = anOrganization("ALLIANCE", "日期校验联盟");
        Organization association = anOrganization("ASSOCIATION", "日期校验协会");
        links.join(fixtures.operator(), association.id(), OrganizationLinkKind.ALLIANCE_MEMBER, alliance.code().value(), JANUARY);
        OrganizationLink link = linksOf(association.id()).get(0);

        assertThatThrownBy(() -> links.end(fixtures.operator(), association.id(), link.id(), JANUARY.minusDays(1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(problems(e)).containsExactly(
                        tuple("leftOn", "SUP-1", "organizationLink.leftBeforeJoined")));
        assertThat(linksOf(association.id())).singleElement().satisfies(l -> assertThat(l.current()).isTrue());
    }

    @Test
    void only_the_operator_records_or_reads_links() {
        Organization alliance = anOrganization("ALLIANCE", "只许运营方的联盟");
        Organization association = anOrganization("ASSOCIATION", "自行申请的协会");
        var administrator = fixtures.memberOf(association.id(), OrganizationRole.ADMINISTRATOR);

        assertThatThrownBy(() -> links.join(administrator, association.id(), OrganizationLinkKind.ALLIANCE_MEMBER,
                alliance.code().value(), JANUARY)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> links.of(administrator, association.id(), PageRequest.first(10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(linksOf(alliance.id())).isEmpty();
    }

    private Organization anOrganization(String kind, String name) {
        return onboarding.onboard(fixtures.operator(), aProfile(kind, name + Fixtures.suffix()));
    }

    private List<OrganizationLink> linksOf(TenantId organization) {
        return links.of(fixtures.operator(), organization, PageRequest.first(50)).items();
    }

    private static List<Tuple> problems(InvalidInputException e) {
        return e.problems().stream().map(p -> tuple(p.field(), p.rule(), p.messageKey())).toList();
    }
}
