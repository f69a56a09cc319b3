package cn.tuanbiao.benchmark;

import cn.tuanbiao.audit.domain.AuditEntry;
import cn.tuanbiao.audit.domain.ChainVerification;
import cn.tuanbiao.audit.service.AuditLog;
import cn.tuanbiao.audit.service.AuditTrail;
import cn.tuanbiao.organizations.service.OrganizationDirectory;
import cn.tuanbiao.screening.service.ChineseTerms;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.standards.domain.Proposal;
import cn.tuanbiao.standards.domain.Stage;
import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.standards.service.StandardService;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.tenancy.Transactions;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static cn.tuanbiao.users.domain.OrganizationRole.COUNCIL_MEMBER;
import static cn.tuanbiao.users.domain.OrganizationRole.SECRETARIAT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The national scale times ten on this machine (not a test: {@code ./dev bench} runs it and it
 * prints figures). Loads 80,000 organizations and about 650,000 standards (a few hundred large
 * organizations, a long tail of small ones; 60 % published, the rest spread over every stage, so
 * the platform-wide register the approval screening reads holds about 390,000), with five member
 * units and three bodies each with set-based SQL, then times what users do
 * through the real services, as the application role, one tenant per transaction. Scale it with
 * {@code -Dbench.organizations=…}.
 */
@Tag("benchmark")
class ScaleBenchmark extends PlatformTest {

    private static final int ORGANIZATIONS = Integer.getInteger("bench.organizations", 80_000);
    private static final int LARGE_ORGANIZATIONS = Math.max(1, ORGANIZATIONS / 800);
    private static final int STANDARDS_PER_LARGE = 2_000;
    private static final int ITERATIONS = 100;

    private static final List<String> SUBJECTS = List.of("工业机器人", "智能工厂", "冷链物流", "绿色建材", "预拌混凝土",
            "电动汽车充电桩", "农产品", "中医药", "数据中心", "养老服务", "茶叶", "光伏组件", "锂离子电池", "智慧园区",
            "医疗器械", "家用电器", "跨境电商", "民宿", "水产品", "新能源汽车", "人工智能", "工业互联网", "数控机床",
            "建筑垃圾", "智能家居", "网络安全", "电子商务", "物业服务", "供应链", "食品安全");
    private static final List<String> ASPECTS = List.of("安全操作规范", "技术要求", "评价方法", "通用要求", "试验方法",
            "数据采集规范", "服务规范", "质量分级", "能效评价", "运维规范", "检测方法", "术语", "设计规范",
            "管理规范", "验收规范");

    @Inject
    StandardService standards;
    @Inject
    OrganizationDirectory directory;
    @Inject
    AuditTrail trail;
    @Inject
    AuditLog audit;
    @Inject
    Transactions transactions;
    @Inject
    ChineseTerms chineseTerms;
    @Inject
    Fixtures fixtures;

    /** The statistics fold would fold the load's deltas while the timings run; StatisticsBenchmark times it. */
    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new java.util.HashMap<>(super.getProperties());
        properties.put("tuanbiao.statistics.fold.scheduled", "false");
        return properties;
    }

    @Test
    void national_scale_times_ten() throws SQLException {
        PersonId operator = fixtures.operator();
        long started = System.nanoTime();
        int standardsLoaded = load(operator);
        System.out.printf("%nLoaded %,d organizations and %,d standards in %.1f s%n", ORGANIZATIONS, standardsLoaded,
                (System.nanoTime() - started) / 1e9);

        TenantId large = new TenantId(firstLargeOrganization());
        PersonId secretariat = fixtures.person("bench-" + Fixtures.suffix() + "@tuanbiao.test", "压测秘书");
        fixtures.join(secretariat, large, SECRETARIAT, COUNCIL_MEMBER);
        StandardId project = standards.propose(secretariat, large, new Proposal("工业机器人 安全操作规范 第9部分", null,
                "本文件规定了工业机器人安全操作的技术要求和试验方法。", false, false), null).id();

        System.out.printf("%nWhat a user waits for (%d runs each, after 5 warm-ups), ms:%n", ITERATIONS);
        System.out.printf("%-62s %8s %8s %8s %8s%n", "", "p50", "p95", "p99", "max");
        time("standards list, first page of 50 (org with 2,000)", () -> standards.list(secretariat, large, Set.of(), null,
                null, PageRequest.first(50)));
        time("standards list, page 30, stage PUBLISHED", () -> standards.list(secretariat, large,
                Set.of(Stage.PUBLISHED), null, null, new PageRequest(1_450, 50)));
        time("standards search by title words", () -> standards.list(secretariat, large, Set.of(), null, "冷链物流",
                PageRequest.first(50)));
        time("dashboard overview (counts by stage, reviews due)", () -> standards.overview(secretariat, large));
        time("periodic reviews due, first page", () -> standards.reviewsDue(secretariat, large, PageRequest.first(50)));
        time("approval screening against ~390k published standards", () -> standards.approvalWarnings(secretariat,
                large, project));
        time("operator: search 80k organizations by name", () -> directory.search(operator, "协会 12", null,
                PageRequest.first(50)));
        time("operator: organizations page 1,000", () -> directory.search(operator, null, null,
                new PageRequest(50_000, 50)));

        int events = 20_000;
        long appendStart = System.nanoTime();
        for (int i = 0; i < events; i += 100) {
            int batch = i;
            transactions.inTenant(large, () -> {
                for (int j = 0; j < 100; j++) {
                    trail.record(new AuditEntry(large, secretariat, "STANDARD", project.value(), "BENCHMARK", null,
                            Map.of("n", Integer.toString(batch + j))));
                }
                return null;
            });
        }
        double appendSeconds = (System.nanoTime() - appendStart) / 1e9;
        long verifyStart = System.nanoTime();
        ChainVerification verification = audit.verify(secretariat, large);
        double verifySeconds = (System.nanoTime() - verifyStart) / 1e9;
        System.out.printf("%nAudit log: appended %,d chained events at %,.0f/s; verified %,d at %,.0f/s (intact: %s)%n",
                events, events / appendSeconds, verification.eventsChecked(),
                verification.eventsChecked() / verifySeconds, verification.intact());
        time("a standard's history, first page (20k events on it)", () -> audit.history(secretariat, large, "STANDARD",
                project.value(), PageRequest.first(50)));
        time("a standard's detail page: the project and its history", () -> {
            standards.get(secretariat, large, project);
            return audit.history(secretariat, large, "STANDARD", project.value(), PageRequest.first(50));
        });
        printPlans(large);
        System.out.printf("%nDatabase size: %s%n", databaseSize());
        assertThat(verification.intact()).isTrue();
    }

    /** Set-based generation as the database administrator (bypassing row-level security, as a bulk import would). */
    private int load(PersonId proposer) throws SQLException {
        try (Connection admin = TestDatabase.get().adminConnection(); Statement sql = admin.createStatement()) {
            sql.execute("create temporary table bench_titles (n int primary key, title text, scope text, terms tsvector)");
            try (PreparedStatement title = admin.prepareStatement("insert into bench_titles values (?, ?, ?, to_tsvector('simple', ?))")) {
                int n = 0;
                for (String subject : SUBJECTS) {
                    for (String aspect : ASPECTS) {
                        String text = subject + " " + aspect;
                        String scope = "本文件规定了" + subject + aspect.replace("规范", "").replace("要求", "") + "的要求。";
                        title.setInt(1, n++);
                        title.setString(2, text);
                        title.setString(3, scope);
                        title.setString(4, String.join(" ", chineseTerms.of(text, scope)));
                        title.addBatch();
                    }
                }
                title.executeBatch();
            }
            int titles = SUBJECTS.size() * ASPECTS.size();
            sql.execute("""
                    create temporary table bench_orgs as
                    select g, gen_random_uuid() as id, 'B' || g as code,
                           case when g <= %d then %d else 3 + g %% 6 end as standards
                      from generate_series(1, %d) g""".formatted(LARGE_ORGANIZATIONS, STANDARDS_PER_LARGE, ORGANIZATIONS));
            sql.execute("""
                    insert into organizations (id, kind, name_zh, name_en, code, credit_code, registration_authority, business_scope,
                                               region_code, industry_code, contact_name, contact_phone, contact_email, created_at)
                    select id, (array['ASSOCIATION','SOCIETY','CHAMBER_OF_COMMERCE','ALLIANCE'])[1 + g % 4],
                           '压测' || (array['协会','学会','商会','联盟'])[1 + g % 4] || ' ' || g, 'Benchmark organization ' || g, code,
                           'B' || lpad(g::text, 17, '0'), '民政厅', '团体标准制修订', '330106', 'C34', '联系人',
                           '0571-00000000', 'bench' || g || '@example.cn', now()
                      from bench_orgs""");
            sql.execute("""
                    create temporary table bench_standards as
                    select o.id as tenant_id, gen_random_uuid() as id, o.code, s, (s * 7 + o.g) %% %d as title
                      from bench_orgs o cross join lateral generate_series(1, o.standards) s""".formatted(titles));
            sql.execute("""
                    insert into standards (tenant_id, id, title_zh, scope, public_interest, cybersecurity, proposer_id, stage,
                                           working_group, number_sequence, number_year, published_on, in_force_from,
                                           review_due, created_at, updated_at)
                    select b.tenant_id, b.id, t.title || '（' || b.s || '）', t.scope, false, false, '%s',
                           case when b.s %% 10 < 6 then 'PUBLISHED'
                                else (array['PROPOSAL', 'PROJECT_PROPOSAL', 'PROJECT_APPROVED', 'PLAN_ANNOUNCED',
                                            'DRAFTING', 'DRAFT_FOR_COMMENT', 'COMMENT_PERIOD', 'COMMENT_RESOLUTION',
                                            'DRAFT_FOR_REVIEW', 'TECHNICAL_REVIEW', 'REVIEW_PASSED', 'DRAFT_FOR_APPROVAL',
                                            'APPROVED', 'TERMINATED'])[1 + (b.s / 10) %% 14] end,
                           '工作组' || (b.s %% 7),
                           case when b.s %% 10 < 6 then b.s end,
                           case when b.s %% 10 < 6 then extract(year from date '2019-01-01' + (b.s * 37 %% 2500))::int end,
                           case when b.s %% 10 < 6 then date '2019-01-01' + (b.s * 37 %% 2500) end,
                           case when b.s %% 10 < 6 then date '2019-01-01' + (b.s * 37 %% 2500) end,
                           case when b.s %% 10 < 6 then date '2024-01-01' + (b.s * 37 %% 2500) end,
                           now() - make_interval(days => b.s %% 900), now() - make_interval(days => b.s %% 900)
                      from bench_standards b join bench_titles t on t.n = b.title""".formatted(proposer.value()));
            sql.execute("""
                    insert into published_standards (organization_id, standard_id, number, title_zh, scope, published_on,
                                                     status, terms)
                    select b.tenant_id, b.id, 'T/' || b.code || ' ' || b.s || '—'
                               || extract(year from date '2019-01-01' + (b.s * 37 % 2500))::int,
                           t.title || '（' || b.s || '）', t.scope, date '2019-01-01' + (b.s * 37 % 2500), 'PUBLISHED', t.terms
                      from bench_standards b join bench_titles t on t.n = b.title
                     where b.s % 10 < 6""");
            sql.execute("""
                    insert into registered_members (tenant_id, id, member_kind, name, unit_type, stakeholder_category,
                                                    foreign_invested, joined_on, created_at)
                    select o.id, gen_random_uuid(), 'UNIT', '会员单位' || o.g || '-' || m, 'ENTERPRISE',
                           (array['PRODUCTION','DISTRIBUTION','CONSUMPTION','EDUCATION_RESEARCH','TESTING_CERTIFICATION'])[1 + m % 5],
                           m = 1, date '2022-03-01', now()
                      from bench_orgs o cross join generate_series(1, 5) m""");
            sql.execute("""
                    insert into bodies (tenant_id, id, body_type, name_zh, established_on, created_at)
                    select o.id, gen_random_uuid(), t.type, t.name, date '2022-01-01', now()
                      from bench_orgs o
                      cross join (values ('COUNCIL', '理事会'), ('SECRETARIAT', '秘书处'),
                                         ('WORKING_GROUP', '标准工作组')) t(type, name)""");
            sql.execute("analyze");
            try (ResultSet count = sql.executeQuery("select count(*) from standards")) {
                count.next();
                return count.getInt(1);
            }
        }
    }

    /** The plans PostgreSQL picks for the busiest queries as the application role, row-level security on. */
    private static void printPlans(TenantId tenant) throws SQLException {
        List<String> queries = List.of(
                "select id, title_zh from standards where tenant_id = current_tenant_id() and stage = 'PUBLISHED' "
                        + "order by updated_at desc limit 50",
                "select id from standards where stage = 'PUBLISHED' and review_due < current_date + 180 "
                        + "order by review_due limit 50",
                "select sequence from audit_events where subject_type = 'STANDARD' and subject_id = "
                        + "(select subject_id from audit_events order by sequence desc limit 1) order by sequence desc limit 50");
        try (Connection app = TestDatabase.get().appConnection()) {
            app.setAutoCommit(false);
            try (PreparedStatement set = app.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
                set.setString(1, tenant.toString());
                set.execute();
            }
            System.out.println("\nQuery plans as the application role (row-level security applies):");
            for (String query : queries) {
                System.out.println("  " + query);
                try (Statement explain = app.createStatement();
                     ResultSet plan = explain.executeQuery("explain (analyze, costs off, timing off, summary on) " + query)) {
                    while (plan.next()) {
                        System.out.println("    " + plan.getString(1));
                    }
                }
            }
            app.rollback();
        }
    }

    private UUID firstLargeOrganization() throws SQLException {
        try (Connection admin = TestDatabase.get().adminConnection(); Statement sql = admin.createStatement();
             ResultSet row = sql.executeQuery("select id from organizations where code = 'B1'")) {
            row.next();
            return (UUID) row.getObject(1);
        }
    }

    private String databaseSize() throws SQLException {
        try (Connection admin = TestDatabase.get().adminConnection(); Statement sql = admin.createStatement();
             ResultSet row = sql.executeQuery("select pg_size_pretty(pg_database_size(current_database()))")) {
            row.next();
            return row.getString(1);
        }
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
