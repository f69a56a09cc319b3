package cn.tuanbiao.console.alliance;

import cn.tuanbiao.organizations.domain.OrganizationProfile;
import cn.tuanbiao.organizations.service.OrganizationOnboarding;
import cn.tuanbiao.standards.domain.EarlierPublication;
import cn.tuanbiao.standards.service.StandardService;
import cn.tuanbiao.statistics.service.StatisticsFold;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.testing.Fixtures;
import cn.tuanbiao.users.domain.OrganizationRole;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import static cn.tuanbiao.users.domain.OrganizationRole.ADMINISTRATOR;
import static cn.tuanbiao.users.domain.OrganizationRole.COUNCIL_MEMBER;
import static cn.tuanbiao.users.domain.OrganizationRole.SECRETARIAT;
import static cn.tuanbiao.users.domain.OrganizationRole.WORKING_GROUP_MEMBER;

/** Alliances, their member organizations and the people who act in them, for the alliance console's tests. */
@Singleton
public class AllianceWorld {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    static final String MEMBER = "ALLIANCE_MEMBER";

    private final Fixtures fixtures;
    private final OrganizationOnboarding onboarding;
    private final StandardService standards;
    private final StatisticsFold fold;

    AllianceWorld(Fixtures fixtures, OrganizationOnboarding onboarding, StandardService standards, StatisticsFold fold) {
        this.fixtures = fixtures;
        this.onboarding = onboarding;
        this.standards = standards;
        this.fold = fold;
    }

    /** An organization with a person holding every role a secretariat needs (and its administration). */
    public Organization organization(String kind, String nameZh) {
        String code = "AL" + Fixtures.suffix().toUpperCase();
        String email = "staff-" + Fixtures.suffix() + "@alliance.test";
        TenantId id = onboarding.onboard(fixtures.operator(), new OrganizationProfile(kind, nameZh, null, code,
                Fixtures.aCreditCode(), "上海市社会团体管理局", "开展团体标准制定、互认和宣贯", "310101", "L72", "赵敏",
                "021-63210987", "contact@example.cn")).id();
        PersonId staff = fixtures.person(email, "秘书长" + SEQUENCE.incrementAndGet());
        fixtures.join(staff, id, ADMINISTRATOR, SECRETARIAT, COUNCIL_MEMBER, WORKING_GROUP_MEMBER);
        return new Organization(id, code, nameZh, staff, email);
    }

    public Organization alliance() {
        return organization("ALLIANCE", "测试团体标准联盟" + SEQUENCE.incrementAndGet());
    }

    public Organization association() {
        return organization("ASSOCIATION", "联盟测试协会" + SEQUENCE.incrementAndGet());
    }

    public void join(Organization alliance, Organization member, LocalDate on) {
        onboarding.link(fixtures.operator(), alliance.id(), member.id(), MEMBER, on);
    }

    public void leave(Organization alliance, Organization member, LocalDate on) {
        onboarding.unlink(fixtures.operator(), alliance.id(), member.id(), MEMBER, on);
    }

    /** A person with {@code roles} in the organization and nowhere else. */
    public PersonId person(Organization organization, OrganizationRole... roles) {
        return fixtures.memberOf(organization.id(), roles);
    }

    /** A standard the organization published on {@code publishedOn}, registered as published earlier. */
    public String published(Organization organization, String title, LocalDate publishedOn) {
        return standards.registerEarlierPublication(organization.staff(), organization.id(),
                new EarlierPublication(title, null, "本文件规定了" + title + "的要求。", SEQUENCE.incrementAndGet(), null,
                        publishedOn, publishedOn.plusMonths(1), null)).publication().number().toString();
    }

    public Fixtures fixtures() {
        return fixtures;
    }

    public void foldNow() {
        fold.fold();
    }

    /**
     * The usual scene: an alliance with two associations as members (ZJZZ since March 2024, JSXCL since
     * June 2024), and another alliance with an association of its own, the outsider; the statistics folded.
     */
    public TwoAlliances twoAlliances() {
        Organization alliance = alliance();
        Organization zjzz = association();
        Organization jsxcl = association();
        Organization outsider = association();
        Organization otherAlliance = alliance();
        join(alliance, zjzz, LocalDate.of(2024, 3, 1));
        join(alliance, jsxcl, LocalDate.of(2024, 6, 1));
        join(otherAlliance, outsider, LocalDate.of(2024, 3, 1));
        foldNow();
        return new TwoAlliances(alliance, zjzz, jsxcl, otherAlliance, outsider);
    }

    public record TwoAlliances(Organization alliance, Organization zjzz, Organization jsxcl, Organization otherAlliance,
                               Organization outsider) {
    }

    public record Organization(TenantId id, String code, String nameZh, PersonId staff, String email) {
    }
}
