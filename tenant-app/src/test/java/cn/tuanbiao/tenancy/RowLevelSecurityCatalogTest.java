package cn.tuanbiao.tenancy;

import cn.tuanbiao.testing.PlatformTest;
import cn.tuanbiao.testing.TestDatabase;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema rules that make tenant isolation hold in the database itself, read from the
 * migrated catalog (design rule: every organization is a tenant, ORG-1, and PostgreSQL
 * row-level security refuses anything outside the transaction's tenant; see STACK.md,
 * "PostgreSQL and tenancy pitfalls"). A later migration that forgets one of them fails here
 * with the table and the rule named.
 *
 * <p>Extends {@link PlatformTest} only so that the platform starts and runs its own
 * migrations; every check then reads the catalog as the administrator.
 */
class RowLevelSecurityCatalogTest extends PlatformTest {

    private static final String APP_ROLE = TestDatabase.APP_ROLE;
    private static final String OWNER_ROLE = TestDatabase.OWNER_ROLE;

    private List<String> tenantTables;

    @BeforeAll
    void discoverTenantTables() {
        tenantTables = TenantTables.all();
    }

    @Test
    void every_tenant_table_enables_and_forces_row_level_security() {
        SoftAssertions softly = new SoftAssertions();
        for (String table : tenantTables) {
            Map<String, Object> flags = single("""
                    select relrowsecurity, relforcerowsecurity
                      from pg_class where oid = to_regclass(?::text)""", relation(table));
            softly.assertThat(flags.get("relrowsecurity"))
                    .as("%s: row-level security must be enabled (alter table … enable row level security)", table)
                    .isEqualTo(true);
            softly.assertThat(flags.get("relforcerowsecurity"))
                    .as("%s: row-level security must be forced, or the owner role skips it "
                            + "(alter table … force row level security)", table)
                    .isEqualTo(true);
        }
        softly.assertAll();
    }

    @Test
    void every_tenant_table_confines_every_command_to_the_current_tenant() {
        SoftAssertions softly = new SoftAssertions();
        for (String table : tenantTables) {
            List<Map<String, Object>> policies = rows("""
                    select polname, polcmd::text as cmd, polpermissive,
                           coalesce(pg_get_expr(polqual, polrelid), '') as using_expr,
                           coalesce(pg_get_expr(polwithcheck, polrelid), '') as check_expr,
                           polroles = array[(select oid from pg_roles where rolname = ?::name)] as owner_only
                      from pg_policy where polrelid = to_regclass(?::text) order by polname""", OWNER_ROLE,
                    relation(table));
            softly.assertThat(policies)
                    .as("%s: has row-level security but no policy", table)
                    .isNotEmpty();
            softly.assertThat(policies)
                    .as("%s: needs a policy for all commands whose USING and WITH CHECK both compare "
                            + "tenant_id with current_tenant_id()", table)
                    .anySatisfy(p -> {
                        assertThat(p.get("cmd")).isEqualTo("*");
                        assertThat(normalized(p.get("using_expr"))).contains("tenant_id = current_tenant_id()");
                        assertThat(normalized(p.get("check_expr"))).contains("tenant_id = current_tenant_id()");
                    });
            // Permissive policies are OR-ed: a permissive write policy keyed by anything but the
            // tenant would let a statement write outside it. Other keys may only widen reads, except
            // in policies granted to the owner role alone, which the application role never holds:
            // they serve the reviewed cross-tenant functions (see the test on SECURITY DEFINER below).
            for (Map<String, Object> policy : policies) {
                boolean writes = !"r".equals(policy.get("cmd"));
                if (writes && Boolean.TRUE.equals(policy.get("polpermissive"))
                        && !Boolean.TRUE.equals(policy.get("owner_only"))) {
                    softly.assertThat(normalized(policy.get("using_expr")) + " " + normalized(policy.get("check_expr")))
                            .as("%s: permissive policy %s applies to writes but is not keyed by current_tenant_id()",
                                    table, policy.get("polname"))
                            .contains("current_tenant_id()");
                }
            }
        }
        softly.assertAll();
    }

    @Test
    void every_tenant_table_has_a_primary_key_that_leads_with_tenant_id() {
        SoftAssertions softly = new SoftAssertions();
        for (String table : tenantTables) {
            List<Map<String, Object>> keys = rows("""
                    select c.conname, a.attname as first_column
                      from pg_constraint c
                      join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
                     where c.contype = 'p' and c.conrelid = to_regclass(?::text)""", relation(table));
            softly.assertThat(keys)
                    .as("%s: has no primary key (Citus needs one leading with tenant_id)", table)
                    .isNotEmpty();
            keys.forEach(key -> softly.assertThat(key.get("first_column"))
                    .as("%s: primary key %s must lead with tenant_id", table, key.get("conname"))
                    .isEqualTo("tenant_id"));
        }
        softly.assertAll();
    }

    @Test
    void every_unique_key_of_a_tenant_table_leads_with_tenant_id() {
        // A uniqueness check sees every tenant's rows: a key that is unique across tenants
        // tells tenant B that tenant A already holds that value.
        SoftAssertions softly = new SoftAssertions();
        for (String table : tenantTables) {
            List<Map<String, Object>> indexes = rows("""
                    select i.relname as index_name, coalesce(a.attname, '(an expression)') as first_column
                      from pg_index x
                      join pg_class i on i.oid = x.indexrelid
                      left join pg_attribute a on a.attrelid = x.indrelid and a.attnum = x.indkey[0]
                     where x.indrelid = to_regclass(?::text)
                       and (x.indisunique or x.indisexclusion)""", relation(table));
            indexes.forEach(index -> softly.assertThat(index.get("first_column"))
                    .as("%s: unique constraint or index %s must lead with tenant_id", table, index.get("index_name"))
                    .isEqualTo("tenant_id"));
        }
        softly.assertAll();
    }

    @Test
    void foreign_keys_between_tenant_tables_lead_with_tenant_id() {
        // Foreign keys to platform tables (organizations, users) are allowed: those become
        // reference tables, copied to every node, in the Citus plan. A key from one tenant
        // table to another must carry tenant_id first, so that a row can only point at a row
        // of its own tenant and the two stay on one shard.
        SoftAssertions softly = new SoftAssertions();
        for (String table : tenantTables) {
            List<Map<String, Object>> keys = rows("""
                    select c.conname, c.confrelid::regclass::text as referenced,
                           a.attname as first_column, fa.attname as first_referenced_column
                      from pg_constraint c
                      join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
                      join pg_attribute fa on fa.attrelid = c.confrelid and fa.attnum = c.confkey[1]
                     where c.contype = 'f' and c.conrelid = to_regclass(?::text)
                       and exists (select 1 from pg_attribute t where t.attrelid = c.confrelid
                                    and t.attname = 'tenant_id' and not t.attisdropped)""", relation(table));
            keys.forEach(key -> {
                softly.assertThat(key.get("first_column"))
                        .as("%s: foreign key %s to tenant table %s must lead with tenant_id",
                                table, key.get("conname"), key.get("referenced"))
                        .isEqualTo("tenant_id");
                softly.assertThat(key.get("first_referenced_column"))
                        .as("%s: foreign key %s must reference %s by (tenant_id, …)",
                                table, key.get("conname"), key.get("referenced"))
                        .isEqualTo("tenant_id");
            });
        }
        softly.assertAll();
    }

    @Test
    void no_platform_table_references_a_tenant_table() {
        // The foreign-key check runs without row-level security: a platform row pointing into
        // a tenant would tell anyone who may write that platform table what the tenant holds.
        List<Map<String, Object>> keys = rows("""
                select c.conname, c.conrelid::regclass::text as referencing, c.confrelid::regclass::text as referenced
                  from pg_constraint c
                  join pg_class r on r.oid = c.conrelid
                 where c.contype = 'f' and r.relnamespace = 'public'::regnamespace
                   and not exists (select 1 from pg_attribute a where a.attrelid = c.conrelid
                                    and a.attname = 'tenant_id' and not a.attisdropped)
                   and exists (select 1 from pg_attribute a where a.attrelid = c.confrelid
                                and a.attname = 'tenant_id' and not a.attisdropped)""");

        assertThat(keys)
                .as("platform tables with a foreign key into a tenant table (platform table, key, tenant table)")
                .extracting(k -> k.get("referencing") + " " + k.get("conname") + " -> " + k.get("referenced"))
                .isEmpty();
    }

    @Test
    void the_application_role_cannot_bypass_row_level_security() {
        Map<String, Object> role = single("""
                select rolsuper, rolbypassrls, rolcreaterole, rolcreatedb from pg_roles where rolname = ?::name""",
                APP_ROLE);

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(role.get("rolsuper")).as("%s must not be a superuser", APP_ROLE).isEqualTo(false);
        softly.assertThat(role.get("rolbypassrls")).as("%s must not have BYPASSRLS", APP_ROLE).isEqualTo(false);
        softly.assertThat(role.get("rolcreaterole"))
                .as("%s must not have CREATEROLE (it could grant itself the owner role)", APP_ROLE).isEqualTo(false);
        softly.assertThat(role.get("rolcreatedb")).as("%s must not have CREATEDB", APP_ROLE).isEqualTo(false);
        softly.assertAll();
    }

    @Test
    void the_application_role_owns_nothing_and_cannot_act_as_an_owner() {
        // An owner may disable or drop the policies; FORCE binds the owner's queries, not its DDL.
        List<String> owned = column("""
                with app as (select oid from pg_roles where rolname = ?::name)
                select format('relation %s (relkind %s)', c.oid::regclass, c.relkind)
                  from pg_class c where c.relowner = (select oid from app)
                union all
                select format('function %s', p.oid::regprocedure)
                  from pg_proc p where p.proowner = (select oid from app)
                union all
                select format('schema %s', n.nspname)
                  from pg_namespace n where n.nspowner = (select oid from app)
                union all
                select format('type %s', t.oid::regtype)
                  from pg_type t where t.typowner = (select oid from app) and t.typrelid = 0""", APP_ROLE);
        List<String> actsAs = column("""
                select distinct pg_get_userbyid(owner)
                  from (select relowner as owner from pg_class
                        union select proowner from pg_proc
                        union select nspowner from pg_namespace
                        union select datdba from pg_database where datname = current_database()) owners
                 where owner <> (select oid from pg_roles where rolname = ?::name)
                   and pg_has_role(?::name, owner, 'MEMBER')""", APP_ROLE, APP_ROLE);

        assertThat(owned).as("objects owned by %s", APP_ROLE).isEmpty();
        assertThat(actsAs).as("owner roles %s is a member of (it could SET ROLE to them)", APP_ROLE).isEmpty();
    }

    @Test
    void the_application_role_cannot_create_objects() {
        assertThat(single("""
                select has_schema_privilege(?::name, 'public', 'CREATE') as on_schema,
                       has_database_privilege(?::name, current_database(), 'CREATE') as on_database""",
                APP_ROLE, APP_ROLE))
                .as("CREATE privileges of %s on schema public and on the database", APP_ROLE)
                .containsEntry("on_schema", false)
                .containsEntry("on_database", false);
    }

    @Test
    void the_application_role_has_no_privilege_that_ignores_row_level_security() {
        // TRUNCATE empties a table without looking at policies; REFERENCES and TRIGGER let
        // a role hang its own code or checks on another tenant's rows.
        SoftAssertions softly = new SoftAssertions();
        for (String table : tenantTables) {
            for (String privilege : List.of("TRUNCATE", "REFERENCES", "TRIGGER")) {
                softly.assertThat(single("""
                                select has_table_privilege(?::name, to_regclass(?::text), ?::text) as granted""",
                                APP_ROLE, relation(table), privilege).get("granted"))
                        .as("%s: %s must not have %s", table, APP_ROLE, privilege)
                        .isEqualTo(false);
            }
        }
        softly.assertAll();
    }

    @Test
    void every_view_runs_with_the_callers_rights() {
        // A view normally reads its tables with its owner's rights; the owner role is not the
        // application role, so without security_invoker the view would answer across tenants.
        List<Map<String, Object>> views = rows("""
                select c.relname, coalesce(array_to_string(c.reloptions, ','), '') as options
                  from pg_class c where c.relnamespace = 'public'::regnamespace and c.relkind = 'v'""");

        SoftAssertions softly = new SoftAssertions();
        views.forEach(view -> softly.assertThat(securityInvoker((String) view.get("options")))
                .as("view %s must be created with (security_invoker = true)", view.get("relname"))
                .isTrue());
        softly.assertAll();
    }

    @Test
    void no_materialized_view_over_tenant_tables_is_readable_by_the_application() {
        // A materialized view stores what its owner saw at refresh time; policies never apply to it.
        List<String> exposed = column("""
                select distinct format('%s (reads %s)', v.oid::regclass, t.oid::regclass)
                  from pg_class v
                  join pg_rewrite r on r.ev_class = v.oid
                  join pg_depend d on d.classid = 'pg_rewrite'::regclass and d.objid = r.oid
                                  and d.refclassid = 'pg_class'::regclass
                  join pg_class t on t.oid = d.refobjid and t.oid <> v.oid
                 where v.relkind = 'm'
                   and exists (select 1 from pg_attribute a where a.attrelid = t.oid
                                and a.attname = 'tenant_id' and not a.attisdropped)
                   and has_table_privilege(?::name, v.oid, 'SELECT')""", APP_ROLE);

        assertThat(exposed).as("materialized views over tenant tables that %s may read", APP_ROLE).isEmpty();
    }

    /**
     * The only functions that run with their owner's rights are the reviewed cross-tenant jobs of
     * V21 (the outbox relay and the daily deadline scan), V24 (the read-only case deadline scan) and
     * V28 (the statistics fold and rebuild), and V28's two trigger functions that append statistics
     * deltas, V33's member-indicator refresh with its two trigger functions that queue the
     * organizations a statement touched, and V35's compliance risk fold and rebuild with its five delta-appending triggers: each is owned by the owner role, pins its search_path, and is not executable by
     * PUBLIC; the jobs may be executed by the application role, the trigger functions by nobody
     * (PostgreSQL fires a trigger without checking EXECUTE). A new one fails here until it is
     * reviewed and named.
     */
    @Test
    void only_the_reviewed_cross_tenant_functions_run_with_their_owners_rights() {
        List<Map<String, Object>> definers = rows("""
                select p.proname, pg_get_userbyid(p.proowner) as owner,
                       coalesce(array_to_string(p.proconfig, ','), '') as config,
                       has_function_privilege('public', p.oid, 'EXECUTE') as public_executes,
                       has_function_privilege(?::name, p.oid, 'EXECUTE') as app_executes,
                       p.prorettype = 'trigger'::regtype as is_trigger
                  from pg_proc p
                 where p.pronamespace = 'public'::regnamespace and p.prosecdef""", APP_ROLE);

        assertThat(definers).extracting(d -> d.get("proname"))
                .as("SECURITY DEFINER functions in schema public (they run as their owner, not as %s)", APP_ROLE)
                .containsExactlyInAnyOrder("outbox_claim", "outbox_mark_sent", "outbox_mark_failed",
                        "notifications_deadline_scan", "ballot_reminders_scan", "case_deadlines_due", "good_practice_reminders_due",
                        "registry_claim", "registry_mark", "registry_requeue_from", "registry_backlog",
                        "registry_dead_letters", "registry_replay_dead", "registry_local_digests",
                        "statistics_fold", "statistics_rebuild", "statistics_standards_changed",
                        "statistics_organization_changed",
                        // SUP-4 (V34): counts of an authority's pool members (good practice, overdue reviews, complaints)
                        "excellence_indicators",
                        "member_indicators_refresh", "member_indicators_standards_changed",
                        "member_indicators_records_changed",
                        // V35: the compliance risk list's fold and rebuild, and its five delta-appending triggers
                        "compliance_risk_fold", "compliance_risk_rebuild", "compliance_standards_changed",
                        "compliance_declaration_changed", "compliance_case_changed", "compliance_practice_changed",
                        "compliance_organization_changed");
        SoftAssertions softly = new SoftAssertions();
        definers.forEach(d -> {
            softly.assertThat(d.get("owner")).as("%s: owner", d.get("proname")).isEqualTo(OWNER_ROLE);
            softly.assertThat((String) d.get("config")).as("%s: pinned search_path", d.get("proname"))
                    .contains("search_path=pg_catalog, public, pg_temp");
            softly.assertThat(d.get("public_executes")).as("%s: executable by PUBLIC", d.get("proname"))
                    .isEqualTo(false);
            boolean trigger = Boolean.TRUE.equals(d.get("is_trigger"));
            softly.assertThat(d.get("app_executes"))
                    .as(trigger ? "%s: a trigger function, executable by %s" : "%s: executable by %s",
                            d.get("proname"), APP_ROLE)
                    .isEqualTo(!trigger);
        });
        softly.assertAll();
    }

    private static boolean securityInvoker(String options) {
        for (String option : options.split(",")) {
            String[] pair = option.split("=", 2);
            if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("security_invoker")) {
                return List.of("true", "on", "yes", "1").contains(pair[1].trim().toLowerCase(Locale.ROOT));
            }
        }
        return false;
    }

    /** A policy expression as {@code pg_get_expr} prints it, with runs of white space collapsed. */
    private static String normalized(Object expression) {
        return String.valueOf(expression).replaceAll("\\s+", " ").trim();
    }

    private static String relation(String table) {
        return "public." + TenantTables.quoted(table);
    }

    private static Map<String, Object> single(String sql, Object... parameters) {
        List<Map<String, Object>> rows = rows(sql, parameters);
        assertThat(rows).as("exactly one row from: %s", sql).hasSize(1);
        return rows.get(0);
    }

    private static List<String> column(String sql, Object... parameters) {
        return rows(sql, parameters).stream().map(row -> String.valueOf(row.values().iterator().next())).toList();
    }

    /** Runs {@code sql} as the administrator (who sees the whole catalog). */
    private static List<Map<String, Object>> rows(String sql, Object... parameters) {
        try (Connection admin = TestDatabase.get().adminConnection();
             PreparedStatement statement = admin.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                List<Map<String, Object>> result = new ArrayList<>();
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= columns; c++) {
                        row.put(rows.getMetaData().getColumnLabel(c), rows.getObject(c));
                    }
                    result.add(row);
                }
                return result;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Catalog query failed: " + sql, e);
        }
    }
}
