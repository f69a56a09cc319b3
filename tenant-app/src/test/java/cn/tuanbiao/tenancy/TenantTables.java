package cn.tuanbiao.tenancy;

import cn.tuanbiao.testing.TestDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The tenant-owned tables, read from the catalog rather than listed by hand: every table in
 * schema {@code public} with a {@code tenant_id} column. A table added by a later migration is
 * covered by the isolation tests the moment it exists.
 */
final class TenantTables {

    private TenantTables() {
    }

    static List<String> all() {
        try (Connection admin = TestDatabase.get().adminConnection();
             PreparedStatement statement = admin.prepareStatement("""
                     select c.relname
                       from pg_class c
                       join pg_namespace n on n.oid = c.relnamespace
                      where n.nspname = 'public'
                        and c.relkind in ('r', 'p')
                        and exists (select 1 from pg_attribute a
                                     where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped)
                      order by c.relname""");
             ResultSet rows = statement.executeQuery()) {
            List<String> tables = new ArrayList<>();
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
            if (tables.isEmpty()) {
                throw new IllegalStateException("No table in schema public has a tenant_id column: "
                        + "the migrations did not run, or the isolation tests would check nothing");
            }
            return List.copyOf(tables);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the catalog of the test database", e);
        }
    }

    /** {@code name} as a quoted SQL identifier. */
    static String quoted(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
