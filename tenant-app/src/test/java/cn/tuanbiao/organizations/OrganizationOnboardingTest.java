package cn.tuanbiao.organizations;

import cn.tuanbiao.organizations.domain.Organization;
import cn.tuanbiao.organizations.domain.OrganizationKind;
import cn.tuanbiao.organizations.domain.OrganizationProfile;
import cn.tuanbiao.organizations.service.OrganizationDirectory;
import cn.tuanbiao.organizations.service.OrganizationOnboarding;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.testing.Fixtures;
import cn.tuanbiao.testing.PlatformTest;
import cn.tuanbiao.users.domain.OrganizationRole;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static cn.tuanbiao.testing.Fixtures.aProfile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** ORG-1, ORG-2: the platform operator onboards organizations. */
class OrganizationOnboardingTest extends PlatformTest {

    @Inject
    OrganizationOnboarding onboarding;
    @Inject
    OrganizationDirectory directory;
    @Inject
    Fixtures fixtures;

    @Test
    void operator_onboards_an_association_that_then_appears_in_the_registry() {
        OrganizationProfile profile = aProfile("ASSOCIATION", "浙江省智能制造协会" + Fixtures.suffix());

        Organization created = onboarding.onboard(fixtures.operator(), profile);

        assertThat(created.kind()).isEqualTo(OrganizationKind.ASSOCIATION);
        assertThat(created.code().value()).isEqualTo(profile.code());
        assertThat(directory.search(fixtures.operator(), profile.nameZh(), null, PageRequest.first(10)).items())
                .singleElement()
                .satisfies(s -> assertThat(s.id()).isEqualTo(created.id()));
    }

    @Test
    void ORG_2_a_wrong_check_digit_is_refused_and_nothing_is_stored() {
        String valid = Fixtures.aCreditCode();
        char wrong = valid.charAt(17) == '0' ? '1' : '0';
        OrganizationProfile profile = withCreditCode(aProfile("ASSOCIATION", "校验位错误协会" + Fixtures.suffix()),
                valid.substring(0, 17) + wrong);

        assertThatThrownBy(() -> onboarding.onboard(fixtures.operator(), profile))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::rule, FieldProblem::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("creditCode", "ORG-2", "creditCode.checkDigit")));
        assertThat(directory.search(fixtures.operator(), profile.nameZh(), null, PageRequest.first(10)).total()).isZero();
    }

    @Test
    void ORG_2_the_organization_code_is_unique_across_the_platform() {
        OrganizationProfile first = aProfile("ASSOCIATION", "第一协会" + Fixtures.suffix());
        onboarding.onboard(fixtures.operator(), first);
        OrganizationProfile second = withCode(aProfile("SOCIETY", "第二学会" + Fixtures.suffix()), first.code());

        assertThatThrownBy(() -> onboarding.onboard(fixtures.operator(), second))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("code"));
    }

    @Test
    void every_bad_field_is_reported_at_once() {
        OrganizationProfile empty = new OrganizationProfile("", "", null, "cas-1", "123", "", "", "99", "Z9", "", "x", "y");

        assertThatThrownBy(() -> onboarding.onboard(fixtures.operator(), empty))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .containsExactlyInAnyOrder("kind", "nameZh", "code", "creditCode", "registrationAuthority",
                                "businessScope", "regionCode", "industryCode", "contactName", "contactPhone",
                                "contactEmail"));
    }

    @Test
    void only_the_platform_operator_onboards() {
        var association = fixtures.association("某协会" + Fixtures.suffix());
        var administrator = fixtures.memberOf(association, OrganizationRole.ADMINISTRATOR);

        assertThatThrownBy(() -> onboarding.onboard(administrator, aProfile("ASSOCIATION", "越权协会")))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static OrganizationProfile withCreditCode(OrganizationProfile p, String creditCode) {
        return new OrganizationProfile(p.kind(), p.nameZh(), p.nameEn(), p.code(), creditCode, p.registrationAuthority(),
                p.businessScope(), p.regionCode(), p.industryCode(), p.contactName(), p.contactPhone(), p.contactEmail());
    }

    private static OrganizationProfile withCode(OrganizationProfile p, String code) {
        return new OrganizationProfile(p.kind(), p.nameZh(), p.nameEn(), code, p.creditCode(), p.registrationAuthority(),
                p.businessScope(), p.regionCode(), p.industryCode(), p.contactName(), p.contactPhone(), p.contactEmail());
    }
}
