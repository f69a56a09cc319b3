package cn.tuanbiao.statistics;

import cn.tuanbiao.organizations.domain.OrganizationProfile;
import cn.tuanbiao.organizations.service.OrganizationOnboarding;
import cn.tuanbiao.standards.domain.EarlierPublication;
import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.standards.service.StandardService;
import cn.tuanbiao.statistics.service.StatisticsFold;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.testing.Fixtures;
import cn.tuanbiao.testing.TestDatabase;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static cn.tuanbiao.users.domain.OrganizationRole.COUNCIL_MEMBER;
import static cn.tuanbiao.users.domain.OrganizationRole.SECRETARIAT;
import static cn.tuanbiao.users.domain.OrganizationRole.WORKING_GROUP_MEMBER;

/**
 * Organizations and standards for the statistics tests, each world in an industry of its own
 * (a GB/T 4754 class code nobody else uses), so that the counts of other tests sharing the
 * database never mix with the counts a test states.
 */
@Singleton
class StatisticsWorld {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Fixtures fixtures;
    private final OrganizationOnboarding onboarding;
    private final StandardService standards;
    private final StatisticsFold fold;

    StatisticsWorld(Fixtures fixtures, OrganizationOnboarding onboarding, StandardService standards,
                    StatisticsFold fold) {
        this.fixtures = fixtures;
        this.onboarding = onboarding;
        this.standards = standards;
        this.fold = fold;
    }

    /** An industry class code (GB/T 4754 form, section Q) for one test alone. */
    static String anIndustryOfItsOwn() {
        return "Q" + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));
    }

    /** An organization of {@code kind} registered in {@code region}, in {@code industry}, with its secretariat. */
    Organization organization(String kind, String nameZh, String region, String industry) {
        TenantId id = onboarding.onboard(fixtures.operator(), new OrganizationProfile(kind, nameZh, null,
                "S" + Fixtures.suffix().toUpperCase(), Fixtures.aCreditCode(), "民政厅", "开展团体标准制定和宣贯",
                region, industry, "王敏", "0571-88886666", "contact@example.cn")).id();
        PersonId secretariat = fixtures.memberOf(id, SECRETARIAT, COUNCIL_MEMBER, WORKING_GROUP_MEMBER);
        return new Organization(id, secretariat);
    }

    Organization association(String region, String industry) {
        return organization("ASSOCIATION", "统计测试协会" + SEQUENCE.incrementAndGet(), region, industry);
    }

    /** A standard the organization published on {@code publishedOn} (registered as published earlier, LC-4). */
    StandardId published(Organization organization, LocalDate publishedOn) {
        return standards.registerEarlierPublication(organization.secretariat(), organization.id(),
                new EarlierPublication("统计测试标准" + SEQUENCE.incrementAndGet(), null, "本文件规定了统计测试的要求。",
                        SEQUENCE.incrementAndGet(), null, publishedOn, publishedOn.plusMonths(1), null)).id();
    }

    void link(TenantId alliance, TenantId member) {
        onboarding.link(fixtures.operator(), alliance, member, "ALLIANCE_MEMBER", LocalDate.of(2024, 1, 1));
    }

    /** Folds everything pending, as the schedule would within a second. */
    int foldNow() {
        return fold.fold();
    }

    /** Changes recorded and not folded yet (read as the administrator: the application cannot). */
    static long pendingDeltas() {
        return count("select count(*) from statistics_deltas");
    }

    static long count(String sql, Object... parameters) {
        try (Connection admin = TestDatabase.get().adminConnection();
             PreparedStatement statement = admin.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void executeAsAdministrator(String sql, Object... parameters) {
        try (Connection admin = TestDatabase.get().adminConnection();
             PreparedStatement statement = admin.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    record Organization(TenantId id, PersonId secretariat) {
    }
}
