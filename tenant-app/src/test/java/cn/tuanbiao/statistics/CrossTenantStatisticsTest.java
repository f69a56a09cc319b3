package cn.tuanbiao.statistics;

import cn.tuanbiao.audit.domain.AuditEvent;
import cn.tuanbiao.audit.service.AuditLog;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.standards.domain.PeriodicReviewDecision;
import cn.tuanbiao.standards.domain.Stage;
import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.standards.service.LifecycleWalk;
import cn.tuanbiao.standards.service.StandardService;
import cn.tuanbiao.statistics.StatisticsWorld.Organization;
import cn.tuanbiao.statistics.domain.IndustryCount;
import cn.tuanbiao.statistics.domain.IndustryLevel;
import cn.tuanbiao.statistics.domain.Jurisdiction;
import cn.tuanbiao.statistics.domain.OrganizationIndicators;
import cn.tuanbiao.statistics.domain.RegionCount;
import cn.tuanbiao.statistics.domain.RegionLevel;
import cn.tuanbiao.statistics.domain.StandardCounts;
import cn.tuanbiao.statistics.domain.StatisticsFilter;
import cn.tuanbiao.statistics.domain.Viewpoint;
import cn.tuanbiao.statistics.domain.YearCount;
import cn.tuanbiao.statistics.service.CrossTenantStatistics;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.testing.Fixtures;
import cn.tuanbiao.testing.PlatformTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

import static cn.tuanbiao.users.domain.OrganizationRole.ADMINISTRATOR;
import static cn.tuanbiao.users.domain.OrganizationRole.INSPECTOR;
import static cn.tuanbiao.users.domain.OrganizationRole.MEMBER_REPRESENTATIVE;
import static cn.tuanbiao.users.domain.OrganizationRole.SECRETARIAT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * SUP-1 and SUP-2: statistics across the organizations of a deployment, as a supervisory
 * authority, an alliance secretariat and the platform operator read them, after the fold that
 * runs every second in production (here the test folds itself).
 */
class CrossTenantStatisticsTest extends PlatformTest {

    @Inject
    CrossTenantStatistics statistics;
    @Inject
    StatisticsWorld world;
    @Inject
    StandardService standards;
    @Inject
    LifecycleWalk walk;
    @Inject
    AuditLog audit;
    @Inject
    Fixtures fixtures;

    private String industry;
    private Organization zhejiangAuthority;
    private PersonId zhejiangInspector;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("tuanbiao.statistics.fold.scheduled", "false");
        return properties;
    }

    @BeforeEach
    void aZhejiangAuthorityAndAnIndustryOfItsOwn() {
        industry = StatisticsWorld.anIndustryOfItsOwn();
        zhejiangAuthority = world.organization("SUPERVISORY_AUTHORITY", "浙江省市场监督管理局" + Fixtures.suffix(),
                "330000", "S92");
        zhejiangInspector = fixtures.memberOf(zhejiangAuthority.id(), INSPECTOR, ADMINISTRATOR);
    }

    @Test
    void SUP_2_a_published_standard_shows_in_the_region_industry_and_year_counts_after_a_fold() {
        Organization hangzhou = world.association("330106", industry);
        world.foldNow();
        StandardCounts before = statistics.totals(asInspector(), inIndustry());

        world.published(hangzhou, LocalDate.of(2024, 3, 15));
        assertThat(statistics.totals(asInspector(), inIndustry())).as("before the fold").isEqualTo(before);
        world.foldNow();

        assertThat(statistics.totals(asInspector(), inIndustry())).isEqualTo(new StandardCounts(1, 0, 0));
        assertThat(statistics.byRegion(asInspector(), RegionLevel.CITY, inIndustry()))
                .containsExactly(new RegionCount("330100", RegionLevel.CITY, 1, new StandardCounts(1, 0, 0)));
        assertThat(statistics.byRegion(asInspector(), RegionLevel.DISTRICT, inIndustry()))
                .containsExactly(new RegionCount("330106", RegionLevel.DISTRICT, 1, new StandardCounts(1, 0, 0)));
        assertThat(statistics.byIndustry(asInspector(), IndustryLevel.SECTION, inIndustry()))
                .containsExactly(new IndustryCount("Q", 1, new StandardCounts(1, 0, 0)));
        assertThat(statistics.byYear(asInspector(), inIndustry()))
                .containsExactly(new YearCount(2024, new StandardCounts(1, 0, 0)));
    }

    @Test
    void SUP_1_a_draft_in_progress_never_shows_in_the_published_counts_but_in_its_organizations_in_progress_number() {
        Organization alliance = world.organization("ALLIANCE", "统计测试联盟" + Fixtures.suffix(), "330000", "S95");
        Organization member = world.association("330106", industry);
        world.link(alliance.id(), member.id());

        walk.toDrafting(member.secretariat(), member.id(), "智能工厂数据采集规范");
        standards.propose(member.secretariat(), member.id(), new cn.tuanbiao.standards.domain.Proposal(
                "尚在评估的提案", null, "本文件规定了尚在评估的内容。", false, false), null);
        world.foldNow();

        assertThat(statistics.totals(asInspector(), inIndustry())).isEqualTo(StandardCounts.NONE);
        assertThat(statistics.byYear(asInspector(), inIndustry())).isEmpty();
        OrganizationIndicators seenByAlliance = only(statistics.organizations(
                Viewpoint.of(alliance.secretariat(), alliance.id()), StatisticsFilter.NONE, PageRequest.first(10)).items());
        assertThat(seenByAlliance.organization()).isEqualTo(member.id());
        assertThat(seenByAlliance.standards()).isEqualTo(StandardCounts.NONE);
        assertThat(seenByAlliance.inProgress()).as("the approved project in drafting; not the proposal")
                .isEqualTo(OptionalLong.of(1));
        assertThat(only(statistics.organizations(asInspector(), inIndustry(), PageRequest.first(10)).items())
                .inProgress()).as("a supervisor sees no work in progress").isEmpty();
    }

    @Test
    void SUP_1_a_standard_published_through_its_lifecycle_leaves_the_in_progress_number_for_the_published_count() {
        Organization alliance = world.organization("ALLIANCE", "统计测试联盟" + Fixtures.suffix(), "330000", "S95");
        Organization member = world.association("330106", industry);
        world.link(alliance.id(), member.id());
        StandardId approved = walk.toApproval(member.secretariat(), member.id(), "冷链物流温度监测规范").id();
        world.foldNow();
        assertThat(only(membersOf(alliance)).inProgress()).isEqualTo(OptionalLong.of(1));

        LocalDate today = standards.today();
        standards.publish(member.secretariat(), member.id(), approved, today, today.plusMonths(1));
        world.foldNow();

        OrganizationIndicators after = only(membersOf(alliance));
        assertThat(after.inProgress()).isEqualTo(OptionalLong.of(0));
        assertThat(after.standards()).isEqualTo(new StandardCounts(1, 0, 0));
        assertThat(statistics.byYear(asInspector(), inIndustry()))
                .containsExactly(new YearCount(today.getYear(), new StandardCounts(1, 0, 0)));
    }

    @Test
    void SUP_2_a_withdrawal_moves_its_count_from_published_to_withdrawn_in_its_publication_year() {
        Organization hangzhou = world.association("330106", industry);
        StandardId first = world.published(hangzhou, LocalDate.of(2021, 6, 1));
        world.published(hangzhou, LocalDate.of(2021, 9, 1));
        world.foldNow();
        assertThat(statistics.byYear(asInspector(), inIndustry()))
                .containsExactly(new YearCount(2021, new StandardCounts(2, 0, 0)));

        standards.recordPeriodicReview(hangzhou.secretariat(), hangzhou.id(), first, PeriodicReviewDecision.WITHDRAW,
                "技术已淘汰，复审决定废止");
        assertThat(standards.get(hangzhou.secretariat(), hangzhou.id(), first).stage()).isEqualTo(Stage.WITHDRAWN);
        world.foldNow();

        assertThat(statistics.byYear(asInspector(), inIndustry()))
                .containsExactly(new YearCount(2021, new StandardCounts(1, 1, 0)));
        assertThat(statistics.totals(asInspector(), inIndustry())).isEqualTo(new StandardCounts(1, 1, 0));
    }

    @Test
    void SUP_2_a_jurisdiction_only_includes_its_own_organizations() {
        Organization hangzhou = world.association("330106", industry);
        Organization ningbo = world.association("330203", industry);
        Organization nanjing = world.association("320102", industry);
        world.published(hangzhou, LocalDate.of(2025, 1, 10));
        world.published(ningbo, LocalDate.of(2025, 2, 10));
        world.published(nanjing, LocalDate.of(2025, 3, 10));
        world.foldNow();

        assertThat(statistics.organizations(asInspector(), inIndustry(), PageRequest.first(10)).items())
                .extracting(OrganizationIndicators::organization)
                .containsExactlyInAnyOrder(hangzhou.id(), ningbo.id());
        assertThat(statistics.byRegion(asInspector(), RegionLevel.PROVINCE, inIndustry()))
                .containsExactly(new RegionCount("330000", RegionLevel.PROVINCE, 2, new StandardCounts(2, 0, 0)));
        assertThat(statistics.byRegion(asInspector(), RegionLevel.CITY, inIndustry()))
                .extracting(RegionCount::regionCode).containsExactly("330100", "330200");
        StatisticsFilter ningboOnly = new StatisticsFilter(new Jurisdiction("3302"), null, industry, null, null);
        assertThat(statistics.totals(asInspector(), ningboOnly)).isEqualTo(new StandardCounts(1, 0, 0));
        assertThat(statistics.byRegion(Viewpoint.operator(fixtures.operator()), RegionLevel.PROVINCE, inIndustry()))
                .as("the operator sees the whole deployment")
                .extracting(RegionCount::regionCode).containsExactly("320000", "330000");
    }

    @Test
    void SUP_2_a_supervisor_cannot_read_outside_its_jurisdiction_and_an_association_cannot_read_at_all() {
        Organization hangzhou = world.association("330106", industry);
        StatisticsFilter jiangsu = new StatisticsFilter(new Jurisdiction("32"), null, industry, null, null);

        assertThatThrownBy(() -> statistics.totals(asInspector(), jiangsu))
                .isInstanceOfSatisfying(AccessDeniedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("statistics.outsideJurisdiction"));
        assertThatThrownBy(() -> statistics.totals(Viewpoint.of(hangzhou.secretariat(), hangzhou.id()), inIndustry()))
                .isInstanceOfSatisfying(AccessDeniedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("statistics.notAllowed"));
        PersonId representative = fixtures.memberOf(zhejiangAuthority.id(), MEMBER_REPRESENTATIVE);
        assertThatThrownBy(() -> statistics.totals(Viewpoint.of(representative, zhejiangAuthority.id()), inIndustry()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> statistics.totals(Viewpoint.operator(hangzhou.secretariat()), inIndustry()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void SUP_1_an_alliance_secretariat_reads_its_current_members_only() {
        Organization alliance = world.organization("ALLIANCE", "统计测试联盟" + Fixtures.suffix(), "310000", "S95");
        Organization member = world.association("330106", industry);
        Organization outsider = world.association("330106", industry);
        world.link(alliance.id(), member.id());
        world.published(member, LocalDate.of(2023, 5, 1));
        world.published(outsider, LocalDate.of(2023, 5, 1));
        world.foldNow();

        Viewpoint secretariat = Viewpoint.of(alliance.secretariat(), alliance.id());
        assertThat(statistics.totals(secretariat, StatisticsFilter.NONE)).isEqualTo(new StandardCounts(1, 0, 0));
        assertThat(statistics.organizations(secretariat, StatisticsFilter.NONE, PageRequest.first(10)).items())
                .extracting(OrganizationIndicators::organization).containsExactly(member.id());
        assertThat(statistics.byKind(secretariat, StatisticsFilter.NONE))
                .singleElement().satisfies(k -> assertThat(k.organizations()).isEqualTo(1));
    }

    @Test
    void SUP_2_an_organization_that_moves_takes_its_counts_to_its_new_region() {
        Organization moving = world.association("330106", industry);
        world.published(moving, LocalDate.of(2022, 4, 1));
        world.foldNow();

        StatisticsWorld.executeAsAdministrator("update organizations set region_code = '330203' where id = ?",
                moving.id().value());
        world.foldNow();

        assertThat(statistics.byRegion(asInspector(), RegionLevel.DISTRICT, inIndustry()))
                .containsExactly(new RegionCount("330203", RegionLevel.DISTRICT, 1, new StandardCounts(1, 0, 0)));
    }

    @Test
    void SUP_2_reports_over_the_whole_deployment_read_the_rollups_by_province_and_agree_with_the_detailed_ones() {
        Viewpoint operator = Viewpoint.operator(fixtures.operator());
        Organization lhasa = world.association("540102", industry);
        world.foldNow();
        RegionCount tibetBefore = province(operator, "540000");

        world.published(lhasa, LocalDate.of(2025, 6, 1));
        world.foldNow();

        RegionCount tibet = province(operator, "540000");
        assertThat(tibet.organizations()).isEqualTo(tibetBefore.organizations());
        assertThat(tibet.standards().published()).isEqualTo(tibetBefore.standards().published() + 1);
        Map<String, StandardCounts> byCityRolledUp = new HashMap<>();
        statistics.byRegion(operator, RegionLevel.CITY, StatisticsFilter.NONE).forEach(city -> byCityRolledUp.merge(
                city.regionCode().substring(0, 2) + "0000", city.standards(), StandardCounts::plus));
        assertThat(statistics.byRegion(operator, RegionLevel.PROVINCE, StatisticsFilter.NONE))
                .allSatisfy(p -> assertThat(p.standards()).isEqualTo(byCityRolledUp.get(p.regionCode())))
                .hasSameSizeAs(byCityRolledUp.keySet());
        assertThat(statistics.totals(operator, StatisticsFilter.NONE)).isEqualTo(byCityRolledUp.values().stream()
                .reduce(StandardCounts.NONE, StandardCounts::plus));
    }

    @Test
    void every_read_across_organizations_is_recorded_in_the_readers_own_audit_log() {
        statistics.byRegion(asInspector(), RegionLevel.CITY, inIndustry());

        AuditEvent read = audit.events(zhejiangInspector, zhejiangAuthority.id(), "STATISTICS", PageRequest.first(1))
                .items().get(0);
        assertThat(read.action()).isEqualTo("STATISTICS_READ");
        assertThat(read.actor()).isEqualTo(zhejiangInspector.value());
        assertThat(read.details()).containsEntry("report", "BY_REGION").containsEntry("region", "33")
                .containsEntry("industry", industry).containsEntry("reader", "SUPERVISORY_AUTHORITY");
        assertThat(audit.verify(zhejiangInspector, zhejiangAuthority.id()).intact()).isTrue();
    }

    private RegionCount province(Viewpoint operator, String code) {
        return statistics.byRegion(operator, RegionLevel.PROVINCE, StatisticsFilter.NONE).stream()
                .filter(r -> r.regionCode().equals(code)).findFirst()
                .orElse(new RegionCount(code, RegionLevel.PROVINCE, 0, StandardCounts.NONE));
    }

    private Viewpoint asInspector() {
        return Viewpoint.of(zhejiangInspector, zhejiangAuthority.id());
    }

    private StatisticsFilter inIndustry() {
        return StatisticsFilter.NONE.inIndustry(industry);
    }

    private java.util.List<OrganizationIndicators> membersOf(Organization alliance) {
        return statistics.organizations(Viewpoint.of(alliance.secretariat(), alliance.id()), StatisticsFilter.NONE,
                PageRequest.first(10)).items();
    }

    private static <T> T only(java.util.List<T> items) {
        assertThat(items).hasSize(1);
        return items.get(0);
    }
}
