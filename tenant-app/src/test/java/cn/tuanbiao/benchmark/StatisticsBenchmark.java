package cn.tuanbiao.benchmark;

import cn.tuanbiao.organizations.domain.OrganizationKind;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.statistics.domain.IndustryLevel;
import cn.tuanbiao.statistics.domain.Jurisdiction;
import cn.tuanbiao.statistics.domain.MemberIndicators;
import cn.tuanbiao.statistics.domain.OrganizationRisks;
import cn.tuanbiao.statistics.domain.RegionLevel;
import cn.tuanbiao.statistics.domain.RiskFilter;
import cn.tuanbiao.statistics.domain.RiskKind;
import cn.tuanbiao.statistics.domain.RiskSort;
import cn.tuanbiao.statistics.domain.StatisticsFilter;
import cn.tuanbiao.statistics.domain.Viewpoint;
import cn.tuanbiao.statistics.service.CrossTenantStatistics;
import cn.tuanbiao.statistics.service.StatisticsFold;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.testing.Fixtures;
import cn.tuanbiao.testing.PlatformTest;
import cn.tuanbiao.testing.TestDatabase;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static cn.tuanbiao.users.domain.OrganizationRole.INSPECTOR;
import static cn.tuanbiao.users.domain.OrganizationRole.SECRETARIAT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cross-tenant statistics at the national scale times ten (not a test: {@code ./dev bench} runs
 * it and it prints figures; {@code -Dbench.organizations=…} scales it). Loads 80,000
 * organizations spread over the provinces, cities and districts of GB/T 2260, 20 industry
 * sections and four kinds, with about 650,000 standards (as ScaleBenchmark: a few hundred large
 * organizations, a long tail; 60 % published over 2019–2025, a tenth of those withdrawn or
 * replaced, the rest in every stage); the triggers record the changes as deltas while loading.
 * Then it times the fold of those deltas, a rebuild from scratch, the fold of single changes as
 * users make them, and the reports a supervisor, an alliance secretariat and the operator read
 * (100 runs each, through the real service as the application role). The compliance risk list (SUP-2, V35)
 * is part of the data — overdue reviews, unconfirmed self-declarations and overdue complaints recorded by
 * the real triggers, folded, then rebuilt — with its pages timed, and the time from a change's commit until
 * the risk list, the statistics and the member indicators show it while the fold runs every second.
 */
@Tag("benchmark")
class StatisticsBenchmark extends PlatformTest {

    private static final int ORGANIZATIONS = Integer.getInteger("bench.organizations", 80_000);
    private static final int LARGE_ORGANIZATIONS = Math.max(1, ORGANIZATIONS / 800);
    private static final int ITERATIONS = 100;
    /**
     * The share of organizations at risk (SUP-2): seven in ten left a third of their standards of 2019 unreviewed
     * (LC-6: every small organization published its standards that year, so one or two reviews overdue each; the
     * others' reviews confirmed, next due in ten years), two in seven left their published standards'
     * self-declarations unconfirmed (PUB-1), one in fifty lets a complaint run past its limit (PART-6) — about
     * four in five at risk, so that a province's list is 40 pages deep at full scale.
     */
    private static final int UNREVIEWED_IN_TEN = 7;
    private static final int UNDECLARED_IN_SEVEN = 2;
    private static final int CHANGES = 20;
    private static final String[] PROVINCES = {"11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34",
            "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
            "65"};

    @Inject
    CrossTenantStatistics statistics;
    @Inject
    StatisticsFold fold;
    @Inject
    Fixtures fixtures;
    @Inject
    Clock clock;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("tuanbiao.statistics.fold.scheduled", "false");
        properties.put("tuanbiao.notifications.deadline-scan.scheduled", "false");
        return properties;
    }

    @Test
    void cross_tenant_statistics_at_national_scale_times_ten() throws SQLException {
        PersonId operator = fixtures.operator();
        long started = System.nanoTime();
        int standards = load(operator);
        long deltas = count("select count(*) from statistics_deltas");
        System.out.printf("%nStatistics: loaded %,d organizations and %,d standards in %.1f s (triggers on), "
                + "%,d deltas recorded%n", ORGANIZATIONS, standards, seconds(started), deltas);

        started = System.nanoTime();
        int folded = fold.fold();
        while (count("select count(*) from statistics_deltas") > 0) {
            folded += fold.fold();
        }
        double foldSeconds = seconds(started);
        System.out.printf("Fold of the load: %,d deltas in %.1f s (%,.0f deltas/s)%n", folded, foldSeconds,
                folded / foldSeconds);
        Map<String, Long> incremental = rollupSums();

        started = System.nanoTime();
        int counted = fold.rebuild();
        System.out.printf("Rebuild from scratch: %,d organizations in %.1f s; agrees with the folds: %s%n", counted,
                seconds(started), rollupSums().equals(incremental));

        // the compliance risk list (SUP-2, V35): the load's risk deltas folded as the schedule folds them, then rebuilt
        long riskDeltas = count("select count(*) from compliance_risk_deltas");
        started = System.nanoTime();
        int riskFolded = 0;
        while (count("select count(*) from compliance_risk_deltas") > 0) {
            riskFolded += fold.foldRisks();
        }
        double riskSeconds = seconds(started);
        System.out.printf("Fold of the risk deltas: %,d recorded, %,d deltas and items in %.1f s (%,.0f/s); %s%n",
                riskDeltas, riskFolded, riskSeconds, riskFolded / riskSeconds, riskShares());
        Map<String, Long> foldedRisks = riskSums();
        started = System.nanoTime();
        int atRisk = fold.rebuildRisks();
        System.out.printf("Risk list rebuilt from the records: %,d organizations at risk in %.1f s; agrees with the "
                + "folds: %s%n", atRisk, seconds(started), riskSums().equals(foldedRisks));

        int changes = 2_000;
        started = System.nanoTime();
        try (Connection admin = TestDatabase.get().adminConnection(); Statement sql = admin.createStatement()) {
            sql.execute("""
                    do $$
                    declare r record;
                    begin
                      for r in select tenant_id, id from standards where stage = 'PUBLISHED' order by id limit %d loop
                        update standards set stage = 'WITHDRAWN' where tenant_id = r.tenant_id and id = r.id;
                      end loop;
                    end $$""".formatted(changes));
        }
        double changeSeconds = seconds(started);
        long pending = count("select count(*) from statistics_deltas");
        long queued = count("select count(*) from member_indicator_changes");
        started = System.nanoTime();
        int foldedChanges = fold.fold();
        System.out.printf("%,d withdrawals one statement each: %.1f s with their triggers; %,d deltas folded and %,d "
                + "member indicators refreshed in %.0f ms (one scheduled fold)%n", changes, changeSeconds, pending, queued,
                seconds(started) * 1000);
        assertThat(foldedChanges).isEqualTo(pending + queued);
        assertThat(count("select count(*) from statistics_deltas")).isZero();

        TenantId authority = organization(operator, "SUPERVISORY_AUTHORITY", "330000");
        PersonId inspector = fixtures.memberOf(authority, INSPECTOR);
        TenantId alliance = organization(operator, "ALLIANCE", "310000");
        PersonId secretariat = fixtures.memberOf(alliance, SECRETARIAT);
        try (Connection admin = TestDatabase.get().adminConnection(); Statement sql = admin.createStatement()) {
            sql.execute("""
                    insert into organization_links (id, parent_id, child_id, link_kind, joined_on)
                    select gen_random_uuid(), '%s', id, 'ALLIANCE_MEMBER', date '2024-01-01'
                      from organizations where code like 'SB%%' and region_code like '3%%'
                     order by code limit 300""".formatted(alliance.value()));
        }
        fold.fold();
        fold.foldRisks();
        Viewpoint zhejiang = Viewpoint.of(inspector, authority);
        Viewpoint members = Viewpoint.of(secretariat, alliance);
        Viewpoint platform = Viewpoint.operator(operator);
        StatisticsFilter none = StatisticsFilter.NONE;

        System.out.printf("%nReports (%d runs each, after 5 warm-ups), ms:%n", ITERATIONS);
        System.out.printf("%-62s %8s %8s %8s %8s%n", "", "p50", "p95", "p99", "max");
        time("operator: totals by status, whole deployment", () -> statistics.totals(platform, none));
        time("operator: by province, whole deployment", () -> statistics.byRegion(platform, RegionLevel.PROVINCE, none));
        time("operator: by industry section, whole deployment", () -> statistics.byIndustry(platform,
                IndustryLevel.SECTION, none));
        time("operator: by year, whole deployment", () -> statistics.byYear(platform, none));
        time("operator: by kind, whole deployment", () -> statistics.byKind(platform, none));
        time("Zhejiang: by city", () -> statistics.byRegion(zhejiang, RegionLevel.CITY, none));
        time("Zhejiang: by district, industry C, 2021-2024", () -> statistics.byRegion(zhejiang, RegionLevel.DISTRICT,
                none.inIndustry("C").publishedBetween(2021, 2024)));
        time("Zhejiang: by year, associations only", () -> statistics.byYear(zhejiang,
                none.ofKind(OrganizationKind.ASSOCIATION)));
        time("Zhejiang: organizations, first page of 50", () -> statistics.organizations(zhejiang, none,
                PageRequest.first(50)));
        time("Zhejiang: organizations, page 40", () -> statistics.organizations(zhejiang, none,
                new PageRequest(1_950, 50)));
        time("Hangzhou (3301): organizations, first page", () -> statistics.organizations(zhejiang,
                StatisticsFilter.in(new Jurisdiction("3301")), PageRequest.first(50)));
        time("alliance of 300 members: indicators, first page", () -> statistics.organizations(members, none,
                PageRequest.first(50)));
        time("alliance of 300 members: by year", () -> statistics.byYear(members, none));
        RiskFilter overdueReviews = new RiskFilter(null, RiskKind.REVIEW_OVERDUE, RiskSort.SEVERITY);
        RiskFilter undeclared = new RiskFilter(null, RiskKind.DECLARATION_MISSING, RiskSort.SEVERITY);
        time("Zhejiang: risk list, first page of 50 (by severity)", () -> statistics.risks(zhejiang, RiskFilter.NONE,
                PageRequest.first(50)));
        time("Zhejiang: risk list, page 40 (by severity)", () -> statistics.risks(zhejiang, RiskFilter.NONE,
                new PageRequest(1_950, 50)));
        time("Zhejiang: risk list, page 40 (most risks first)", () -> statistics.risks(zhejiang,
                new RiskFilter(null, null, RiskSort.TOTAL), new PageRequest(1_950, 50)));
        time("Zhejiang: risk list, unconfirmed declarations, first page", () -> statistics.risks(zhejiang, undeclared,
                PageRequest.first(50)));
        time("Zhejiang: risk list, overdue reviews, first page", () -> statistics.risks(zhejiang, overdueReviews,
                PageRequest.first(50)));
        time("Zhejiang: risk list, overdue reviews, page 30", () -> statistics.risks(zhejiang, overdueReviews,
                new PageRequest(1_450, 50)));
        time("Hangzhou (3301): risk list, first page", () -> statistics.risks(zhejiang,
                new RiskFilter(new Jurisdiction("3301"), null, RiskSort.SEVERITY), PageRequest.first(50)));
        System.out.printf("%nRollup rows: %s; compliance_risks %,d (Zhejiang %,d)%n", rollupRows(),
                count("select count(*) from compliance_risks"),
                count("select count(*) from compliance_risks where province = '33'"));

        changesBecomeVisible(zhejiang, members, alliance);
    }

    /**
     * "The list reflects a change within seconds": {@value #CHANGES} withdrawals of a published standard,
     * each committed as the application role in its organization's own transaction (a Zhejiang member of the
     * alliance with an overdue review), while the fold runs every second as StatisticsFoldSchedule runs it;
     * each is timed from its commit until the authority's risk list, the statistics rollups and the alliance's
     * member indicators show it (polled through CrossTenantStatistics every 20 ms).
     */
    private void changesBecomeVisible(Viewpoint zhejiang, Viewpoint members, TenantId alliance) throws SQLException {
        List<String[]> targets = new ArrayList<>();
        try (Connection admin = TestDatabase.get().adminConnection(); Statement sql = admin.createStatement();
             ResultSet rows = sql.executeQuery("""
                     select tenant_id, id, region_code from (
                         select s.tenant_id, s.id, o.region_code,
                                row_number() over (partition by s.tenant_id order by s.id) as nth
                           from standards s
                           join organizations o on o.id = s.tenant_id
                           join organization_links l on l.child_id = o.id and l.parent_id = '%s'
                          where s.stage = 'PUBLISHED' and s.review_due < current_date and o.region_code like '33%%') t
                      order by nth, tenant_id limit %d""".formatted(alliance.value(), CHANGES))) {
            while (rows.next()) {
                targets.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3)});
            }
        }
        assertThat(targets).hasSize(CHANGES);
        ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor();
        // as StatisticsFoldSchedule: the statistics and member indicators, then the risk list, a second apart
        schedule.scheduleWithFixedDelay(() -> {
            try {
                fold.fold();
                fold.foldRisks();
            } catch (RuntimeException e) {
                e.printStackTrace();
            }
        }, 1, 1, TimeUnit.SECONDS);
        List<Double> risksSeen = new ArrayList<>();
        List<Double> statisticsSeen = new ArrayList<>();
        List<Double> indicatorsSeen = new ArrayList<>();
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        try (Connection app = TestDatabase.get().appConnection()) {
            for (String[] target : targets) {
                TenantId organization = new TenantId(UUID.fromString(target[0]));
                int position = (int) count("""
                        select count(*) from organization_links l join organizations o on o.id = l.child_id
                         where l.parent_id = '%s' and l.left_on is null
                           and (o.name_zh, o.id) < (select name_zh, id from organizations where id = '%s')"""
                        .formatted(alliance.value(), organization.value()));
                int reviewsBefore = statistics.risksOf(zhejiang, organization, target[2]).orElseThrow().reviewsOverdue();
                MemberIndicators before = statistics.memberIndicators(members, today, new PageRequest(position, 1))
                        .items().get(0);
                assertThat(before.organization().organization()).isEqualTo(organization);
                Thread.sleep(ThreadLocalRandom.current().nextInt(1_000)); // at any moment of the fold's second
                app.setAutoCommit(false);
                try (PreparedStatement tenant = app.prepareStatement("select set_config('app.tenant_id', ?, true)");
                     PreparedStatement withdraw = app.prepareStatement("update standards set stage = 'WITHDRAWN', "
                             + "updated_at = now() where tenant_id = ? and id = ? and stage = 'PUBLISHED'")) {
                    tenant.setString(1, target[0]);
                    tenant.execute();
                    withdraw.setObject(1, organization.value());
                    withdraw.setObject(2, UUID.fromString(target[1]));
                    assertThat(withdraw.executeUpdate()).isEqualTo(1);
                }
                app.commit();
                app.setAutoCommit(true);
                long committed = System.nanoTime();
                double risks = -1;
                double rollups = -1;
                double indicators = -1;
                while ((risks < 0 || rollups < 0 || indicators < 0) && seconds(committed) < 30) {
                    if (risks < 0 && statistics.risksOf(zhejiang, organization, target[2])
                            .map(OrganizationRisks::reviewsOverdue).orElse(0) < reviewsBefore) {
                        risks = seconds(committed) * 1000;
                    }
                    if (rollups < 0 || indicators < 0) {
                        MemberIndicators now = statistics.memberIndicators(members, today, new PageRequest(position, 1))
                                .items().get(0);
                        if (rollups < 0 && now.organization().standards().published()
                                < before.organization().standards().published()) {
                            rollups = seconds(committed) * 1000;
                        }
                        if (indicators < 0 && now.publishedInForce() < before.publishedInForce()
                                && now.overdueReviews() < before.overdueReviews()) {
                            indicators = seconds(committed) * 1000;
                        }
                    }
                    Thread.sleep(20);
                }
                assertThat(List.of(risks, rollups, indicators)).as("every change shows within 30 s").allMatch(t -> t >= 0);
                risksSeen.add(risks);
                statisticsSeen.add(rollups);
                indicatorsSeen.add(indicators);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            schedule.shutdownNow();
        }
        System.out.printf("%nA withdrawal committed until it shows, fold every second (%d changes), ms:%n", CHANGES);
        System.out.printf("%-62s %8s %8s %8s %8s%n", "", "p50", "p95", "p99", "max");
        print("Zhejiang authority: risk list (overdue reviews one fewer)", risksSeen);
        print("statistics report (published standards one fewer)", statisticsSeen);
        print("alliance: member indicators (in force, overdue reviews)", indicatorsSeen);
    }

    /** How many organizations are at risk, and at which severity. */
    private static String riskShares() throws SQLException {
        return "at risk " + count("select count(*) from compliance_risks") + " organizations: high "
                + count("select count(*) from compliance_risks where severity = 3") + ", medium "
                + count("select count(*) from compliance_risks where severity = 2") + ", low "
                + count("select count(*) from compliance_risks where severity = 1") + "; in Zhejiang "
                + count("select count(*) from compliance_risks where province = '33'");
    }

    private static Map<String, Long> riskSums() throws SQLException {
        Map<String, Long> sums = new HashMap<>();
        sums.put("organizations", count("select count(*) from compliance_risks"));
        sums.put("reviews", count("select coalesce(sum(reviews_overdue), 0) from compliance_risks"));
        sums.put("declarations", count("select coalesce(sum(declarations_missing), 0) from compliance_risks"));
        sums.put("complaints", count("select coalesce(sum(complaints_overdue), 0) from compliance_risks"));
        sums.put("severity", count("select coalesce(sum(severity), 0) from compliance_risks"));
        sums.put("items", count("select count(*) from compliance_risk_items"));
        return sums;
    }

    private int load(PersonId proposer) throws SQLException {
        String provinces = "array['" + String.join("','", PROVINCES) + "']";
        try (Connection admin = TestDatabase.get().adminConnection(); Statement sql = admin.createStatement()) {
            sql.execute("""
                    create temporary table stats_orgs as
                    select g, gen_random_uuid() as id, 'SB' || g as code,
                           case when g <= %d then 2000 else 3 + g %% 6 end as standards,
                           (%s)[1 + g %% %d] || lpad((1 + g / 7 %% 12)::text, 2, '0')
                               || lpad((1 + g / 3 %% 15)::text, 2, '0') as region,
                           chr(65 + g %% 20) || lpad((10 + g / 11 %% 10)::text, 2, '0') as industry
                      from generate_series(1, %d) g""".formatted(LARGE_ORGANIZATIONS, provinces, PROVINCES.length,
                    ORGANIZATIONS));
            sql.execute("""
                    insert into organizations (id, kind, name_zh, code, credit_code, registration_authority, business_scope,
                                               region_code, industry_code, contact_name, contact_phone, contact_email, created_at)
                    select id, (array['ASSOCIATION','SOCIETY','CHAMBER_OF_COMMERCE','ALLIANCE'])[1 + g % 4],
                           '统计压测' || (array['协会','学会','商会','联盟'])[1 + g % 4] || ' ' || g, code,
                           'S' || lpad(g::text, 17, '0'), '民政厅', '团体标准制修订', region, industry, '联系人',
                           '0571-00000000', 'stats' || g || '@example.cn', now()
                      from stats_orgs""");
            sql.execute("""
                    insert into standards (tenant_id, id, title_zh, scope, public_interest, cybersecurity, proposer_id, stage,
                                           number_sequence, number_year, published_on, in_force_from, review_due,
                                           created_at, updated_at)
                    select o.id, gen_random_uuid(), '统计压测标准 ' || s, '本文件规定了压测要求。', false, false, '%s',
                           case when s %% 10 < 5 then 'PUBLISHED'
                                when s %% 10 = 5 then (array['WITHDRAWN', 'REPLACED'])[1 + s / 10 %% 2]
                                else (array['PROPOSAL', 'PROJECT_APPROVED', 'DRAFTING', 'COMMENT_PERIOD',
                                            'TECHNICAL_REVIEW', 'APPROVED', 'TERMINATED'])[1 + s / 10 %% 7] end,
                           case when s %% 10 <= 5 then s end,
                           case when s %% 10 <= 5 then extract(year from date '2019-01-01' + (s * 37 %% 2500))::int end,
                           case when s %% 10 <= 5 then date '2019-01-01' + (s * 37 %% 2500) end,
                           case when s %% 10 <= 5 then date '2019-01-01' + (s * 37 %% 2500) end,
                           case when s %% 10 <= 5 then date '2019-01-01' + (s * 37 %% 2500)
                                + case when o.g %% 10 < %d and (s + o.g) %% 3 = 0 then interval '5 years'
                                       else interval '10 years' end end,
                           now(), now()
                      from stats_orgs o cross join lateral generate_series(1, o.standards) s""".formatted(proposer.value(),
                    UNREVIEWED_IN_TEN));
            // PUB-1: the published standards' self-declarations confirmed, except in a share of the organizations
            sql.execute("""
                    insert into standard_declarations (tenant_id, standard_id, level, confirmed_by, confirmed_by_name,
                                                       confirmed_at, updated_at)
                    select s.tenant_id, s.id, 'DOMESTIC_ADVANCED', '%s', '秘书处', now(), now()
                      from standards s join stats_orgs o on o.id = s.tenant_id
                     where s.stage = 'PUBLISHED' and o.g %% 7 >= %d""".formatted(proposer.value(), UNDECLARED_IN_SEVEN));
            // PART-6: a complaint left unacknowledged past its limit in one organization in fifty
            sql.execute("""
                    insert into cases (tenant_id, id, number, kind, status, title, description, complainant_email,
                                       received_at, acknowledge_by, scope_by, conclude_by)
                    select o.id, gen_random_uuid(), o.code || '申〔2026〕1号', 'COMPLAINT', 'RECEIVED', '压测投诉',
                           '压测投诉内容', 'complainant@example.cn', now() - interval '20 days',
                           current_date - 15, current_date - 5, current_date + 40
                      from stats_orgs o where o.g % 50 = 7""");
            sql.execute("analyze");
            return (int) count("select count(*) from standards where tenant_id in (select id from organizations "
                    + "where code like 'SB%')");
        }
    }

    private TenantId organization(PersonId operator, String kind, String region) {
        UUID id = UUID.randomUUID();
        try (Connection admin = TestDatabase.get().adminConnection(); Statement sql = admin.createStatement()) {
            sql.execute("""
                    insert into organizations (id, kind, name_zh, code, credit_code, registration_authority, business_scope,
                                               region_code, industry_code, contact_name, contact_phone, contact_email, created_at)
                    values ('%s', '%s', '统计压测读者 %s', 'SR%s', '%s', '民政厅', '监管', '%s', 'S92', '联系人', '0571-00000000',
                            'reader@example.cn', now())""".formatted(id, kind, kind, Fixtures.suffix().toUpperCase(),
                    Fixtures.aCreditCode(), region));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new TenantId(id);
    }

    private static Map<String, Long> rollupSums() throws SQLException {
        Map<String, Long> sums = new HashMap<>();
        sums.put("published", count("select coalesce(sum(standards), 0) from published_standard_counts"));
        sums.put("organizations", count("select coalesce(sum(organizations), 0) from organization_counts"));
        sums.put("inProgress", count("select coalesce(sum(in_progress_standards), 0) from organization_statistics"));
        sums.put("rows", count("select count(*) from published_standard_counts"));
        return sums;
    }

    private static String rollupRows() throws SQLException {
        return "published_standard_counts " + count("select count(*) from published_standard_counts")
                + ", organization_counts " + count("select count(*) from organization_counts")
                + ", organization_year_statistics " + count("select count(*) from organization_year_statistics")
                + ", organization_statistics " + count("select count(*) from organization_statistics");
    }

    private static long count(String query) throws SQLException {
        try (Connection admin = TestDatabase.get().adminConnection(); Statement sql = admin.createStatement();
             ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void time(String what, Supplier<?> action) {
        for (int i = 0; i < 5; i++) {
            action.get();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < ITERATIONS; i++) {
            long start = System.nanoTime();
            action.get();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        print(what, millis);
    }

    private static void print(String what, List<Double> millis) {
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("%-62s %8.1f %8.1f %8.1f %8.1f%n", what, sorted[sorted.length / 2],
                sorted[(int) Math.ceil(sorted.length * 0.95) - 1], sorted[(int) Math.ceil(sorted.length * 0.99) - 1],
                sorted[sorted.length - 1]);
    }
}
