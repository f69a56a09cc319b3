package cn.tuanbiao.console.supervision;

import cn.tuanbiao.organizations.domain.OrganizationProfile;
import cn.tuanbiao.organizations.service.OrganizationOnboarding;
import cn.tuanbiao.standards.domain.EarlierPublication;
import cn.tuanbiao.standards.service.StandardService;
import cn.tuanbiao.statistics.service.StatisticsFold;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.testing.Fixtures;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static cn.tuanbiao.users.domain.OrganizationRole.SECRETARIAT;

/**
 * Organizations, standards and authorities for the supervision tests, each test in an industry
 * of its own (a GB/T 4754 class code nobody else uses), so that what other tests put in the
 * shared database never mixes with the counts and pools a test states.
 */
@Singleton
class SupervisionWorld {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Fixtures fixtures;
    private final OrganizationOnboarding onboarding;
    private final StandardService standards;
    private final StatisticsFold fold;

    SupervisionWorld(Fixtures fixtures, OrganizationOnboarding onboarding, StandardService standards,
                     StatisticsFold fold) {
        this.fixtures = fixtures;
        this.onboarding = onboarding;
        this.standards = standards;
        this.fold = fold;
    }

    static String anIndustryOfItsOwn() {
        return "R" + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));
    }

    Organization organization(String kind, String nameZh, String region, String industry) {
        String code = "SV" + Fixtures.suffix().toUpperCase();
        TenantId id = onboarding.onboard(fixtures.operator(), new OrganizationProfile(kind, nameZh, null, code,
                Fixtures.aCreditCode(), "民政厅", "开展团体标准制定和宣贯", region, industry, "王敏", "0571-88886666",
                "contact@example.cn")).id();
        return new Organization(id, code, fixtures.memberOf(id, SECRETARIAT));
    }

    Organization association(String region, String industry) {
        return organization("ASSOCIATION", "监管测试协会" + SEQUENCE.incrementAndGet(), region, industry);
    }

    /** A standard the organization published on {@code publishedOn}, registered as published earlier. */
    String published(Organization organization, String title, LocalDate publishedOn) {
        return standards.registerEarlierPublication(organization.secretariat(), organization.id(),
                new EarlierPublication(title, null, "本文件规定了" + title + "的要求。", SEQUENCE.incrementAndGet(), null,
                        publishedOn, publishedOn.plusMonths(1), null)).publication().number().toString();
    }

    /** Folds what the scheduled fold would: the statistics and the compliance risk list. */
    void foldNow() {
        fold.fold();
        fold.foldRisks();
    }

    record Organization(TenantId id, String code, PersonId secretariat) {
    }
}
