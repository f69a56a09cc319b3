package cn.tuanbiao.statistics;

import cn.tuanbiao.statistics.StatisticsWorld.Organization;
import cn.tuanbiao.statistics.service.StatisticsFold;
import cn.tuanbiao.testing.PlatformTest;
import cn.tuanbiao.testing.TestDatabase;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * SUP-1, SUP-2: how the cross-tenant rollups of V28 are kept — changes recorded as deltas by the
 * database itself, folded once and only once, rebuilt from scratch to the same figures — and that
 * the application can read them but never write them.
 */
class StatisticsFoldTest extends PlatformTest {

    private static final List<String> ROLLUPS = List.of("organization_statistics", "organization_year_statistics",
            "published_standard_counts", "organization_counts", "province_standard_counts",
            "province_organization_counts");

    @Inject
    StatisticsWorld world;
    @Inject
    StatisticsFold fold;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("tuanbiao.statistics.fold.scheduled", "false");
        return properties;
    }

    @Test
    void the_fold_consumes_the_deltas_it_counts() {
        Organization organization = world.association("330106", StatisticsWorld.anIndustryOfItsOwn());
        world.published(organization, LocalDate.of(2024, 1, 1));
        assertThat(StatisticsWorld.pendingDeltas()).isPositive();

        world.foldNow();

        assertThat(StatisticsWorld.pendingDeltas()).isZero();
        assertThat(publishedOf(organization)).isEqualTo(1);
        assertThat(world.foldNow()).as("a second fold finds nothing left").isZero();
        assertThat(publishedOf(organization)).isEqualTo(1);
    }

    @Test
    void a_fold_started_while_another_runs_folds_nothing_and_nothing_is_counted_twice() throws Exception {
        Organization organization = world.association("330106", StatisticsWorld.anIndustryOfItsOwn());
        world.published(organization, LocalDate.of(2024, 1, 1));
        world.published(organization, LocalDate.of(2024, 2, 1));

        try (Connection first = TestDatabase.get().appConnection();
             Connection second = TestDatabase.get().appConnection()) {
            first.setAutoCommit(false);
            assertThat(foldOn(first, 10_000)).as("the first fold takes every pending change").isPositive();
            assertThat(foldOn(second, 10_000)).as("a second fold while the first is uncommitted").isZero();
            first.commit();
            assertThat(foldOn(second, 10_000)).as("after the first committed, nothing is left").isZero();
        }

        assertThat(publishedOf(organization)).isEqualTo(2);
        assertThat(StatisticsWorld.pendingDeltas()).isZero();
    }

    @Test
    void folds_racing_each_other_and_new_publications_end_with_the_figures_a_full_recount_gives() throws Exception {
        String industry = StatisticsWorld.anIndustryOfItsOwn();
        List<Organization> organizations = List.of(world.association("330106", industry),
                world.association("330203", industry), world.association("320102", industry));
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> work = new ArrayList<>();
            work.add(threads.submit(() -> {
                for (int i = 0; i < 12; i++) {
                    world.published(organizations.get(i % 3), LocalDate.of(2020 + i % 4, 3, 1));
                }
                return null;
            }));
            Callable<Integer> folder = () -> {
                int folded = 0;
                try (Connection app = TestDatabase.get().appConnection()) {
                    for (int i = 0; i < 40; i++) {
                        folded += foldOn(app, 2);
                    }
                }
                return folded;
            };
            work.add(threads.submit(folder));
            work.add(threads.submit(folder));
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            threads.shutdown();
        }
        world.foldNow();
        Map<String, List<String>> incremental = rollups();

        fold.rebuild();

        assertThat(rollups()).isEqualTo(incremental);
        assertThat(organizations.stream().mapToLong(StatisticsFoldTest::publishedOf).sum()).isEqualTo(12);
    }

    @Test
    void a_rebuild_counts_the_standards_already_there_and_drops_the_pending_changes_it_has_counted() {
        Organization organization = world.association("330106", StatisticsWorld.anIndustryOfItsOwn());
        world.published(organization, LocalDate.of(2019, 1, 1));
        world.published(organization, LocalDate.of(2020, 1, 1));
        assertThat(publishedOf(organization)).as("not folded yet").isZero();

        fold.rebuild();

        assertThat(publishedOf(organization)).isEqualTo(2);
        assertThat(StatisticsWorld.pendingDeltas()).isZero();
        world.foldNow();
        assertThat(publishedOf(organization)).as("nothing counted twice").isEqualTo(2);
    }

    @Test
    void the_application_role_cannot_write_the_rollups_or_the_deltas_directly() throws SQLException {
        List<String> writes = new ArrayList<>(List.of(
                "update organization_statistics set published_standards = published_standards + 1000",
                "update organization_year_statistics set standards = standards + 1000",
                "update published_standard_counts set standards = standards + 1000",
                "update organization_counts set organizations = organizations + 1000",
                "update province_standard_counts set standards = standards + 1000",
                "update province_organization_counts set organizations = organizations + 1000"));
        for (String table : ROLLUPS) {
            writes.add("delete from " + table);
        }
        writes.add("insert into published_standard_counts values ('330100', 'C38', 'ASSOCIATION', 2024, 'PUBLISHED', 1000)");
        writes.add("insert into statistics_deltas (organization_id, measure, year, delta) "
                + "values (gen_random_uuid(), 'PUBLISHED', 2024, 1000)");
        writes.add("select count(*) from statistics_deltas");
        writes.add("truncate published_standard_counts");

        try (Connection app = TestDatabase.get().appConnection()) {
            for (String sql : writes) {
                assertThatThrownBy(() -> execute(app, sql)).as(sql).isInstanceOf(SQLException.class)
                        .hasMessageContaining("permission denied");
            }
            for (String table : ROLLUPS) {
                execute(app, "select count(*) from " + table);
            }
        }
    }

    @Test
    void the_fold_refuses_to_run_inside_a_tenants_transaction() throws SQLException {
        Organization organization = world.association("330106", StatisticsWorld.anIndustryOfItsOwn());
        try (Connection app = TestDatabase.get().appConnection()) {
            app.setAutoCommit(false);
            try (PreparedStatement tenant = app.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
                tenant.setString(1, organization.id().toString());
                tenant.execute();
            }
            assertThatThrownBy(() -> foldOn(app, 10)).isInstanceOf(SQLException.class)
                    .hasMessageContaining("cross-tenant work refused");
            app.rollback();
        }
    }

    private static long publishedOf(Organization organization) {
        return StatisticsWorld.count("select coalesce(sum(published_standards), 0) from organization_statistics "
                + "where organization_id = ?", organization.id().value());
    }

    private static int foldOn(Connection connection, int limit) throws SQLException {
        try (PreparedStatement fold = connection.prepareStatement("select statistics_fold(?)")) {
            fold.setInt(1, limit);
            try (ResultSet rows = fold.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Every row of every rollup, as text, without the fold's timestamps. */
    private static Map<String, List<String>> rollups() throws SQLException {
        Map<String, List<String>> all = new HashMap<>();
        try (Connection admin = TestDatabase.get().adminConnection(); Statement statement = admin.createStatement()) {
            for (String table : ROLLUPS) {
                List<String> rows = new ArrayList<>();
                String columns = table.equals("organization_statistics")
                        ? "organization_id, region_code, industry_code, kind, status, published_standards, "
                          + "withdrawn_standards, replaced_standards, in_progress_standards"
                        : "*";
                try (ResultSet r = statement.executeQuery("select t::text from (select " + columns + " from " + table
                        + ") t order by 1")) {
                    while (r.next()) {
                        rows.add(r.getString(1));
                    }
                }
                all.put(table, rows);
            }
        }
        return all;
    }
}
