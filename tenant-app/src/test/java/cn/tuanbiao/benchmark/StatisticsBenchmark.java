package cn.tuanbiao.benchmark;

import cn.tuanbiao.organizations.domain.OrganizationKind;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.statistics.domain.IndustryLevel;
import cn.tuanbiao.statistics.domain.Jurisdiction;
import cn.tuanbiao.statistics.domain.RegionLevel;
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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * (100 runs each, through the real service as the application role).
 */
@Tag("benchmark")
class StatisticsBenchmark extends PlatformTest {

    private static final int ORGANIZATIONS = Integer.getInteger("bench.organizations", 80_000);
    private static final int LARGE_ORGANIZATIONS = Math.max(1, ORGANIZATIONS / 800);
    private static final int ITERATIONS = 100;
    private static final String[] PROVINCES = {"11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34",
            "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
            "65"};

    @Inject
    CrossTenantStatistics statistics;
    @Inject
    StatisticsFold fold;
    @Inject
    Fixtures fixtures;

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
        started = System.nanoTime();
        int foldedChanges = fold.fold();
        System.out.printf("%,d withdrawals one statement each: %.1f s with their triggers; %,d deltas folded in "
                + "%.0f ms (one scheduled fold)%n", changes, changeSeconds, pending, seconds(started) * 1000);
        assertThat(foldedChanges).isEqualTo(pending);

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
        System.out.printf("%nRollup rows: %s%n", rollupRows());
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
                                           number_sequence, number_year, published_on, in_force_from, created_at, updated_at)
                    select o.id, gen_random_uuid(), '统计压测标准 ' || s, '本文件规定了压测要求。', false, false, '%s',
                           case when s %% 10 < 5 then 'PUBLISHED'
                                when s %% 10 = 5 then (array['WITHDRAWN', 'REPLACED'])[1 + s / 10 %% 2]
                                else (array['PROPOSAL', 'PROJECT_APPROVED', 'DRAFTING', 'COMMENT_PERIOD',
                                            'TECHNICAL_REVIEW', 'APPROVED', 'TERMINATED'])[1 + s / 10 %% 7] end,
                           case when s %% 10 <= 5 then s end,
                           case when s %% 10 <= 5 then extract(year from date '2019-01-01' + (s * 37 %% 2500))::int end,
                           case when s %% 10 <= 5 then date '2019-01-01' + (s * 37 %% 2500) end,
                           case when s %% 10 <= 5 then date '2019-01-01' + (s * 37 %% 2500) end,
                           now(), now()
                      from stats_orgs o cross join lateral generate_series(1, o.standards) s""".formatted(proposer.value()));
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
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("%-62s %8.1f %8.1f %8.1f %8.1f%n", what, sorted[sorted.length / 2],
                sorted[(int) Math.ceil(sorted.length * 0.95) - 1], sorted[(int) Math.ceil(sorted.length * 0.99) - 1],
                sorted[sorted.length - 1]);
    }
}
