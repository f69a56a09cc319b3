package cn.tuanbiao.registry.national.database;

import cn.tuanbiao.registry.national.testing.RegistryClient;
import cn.tuanbiao.registry.national.testing.TestRegistryDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The registry creates its own roles and database on first start; the role it serves on owns nothing and cannot rewrite history. */
class RegistryDatabaseTest {

    private final TestRegistryDatabase database = new RegistryClient().server().database();

    @Test
    void neither_role_is_a_superuser_or_bypasses_row_level_security() throws SQLException {
        try (Connection admin = database.adminConnection(); Statement statement = admin.createStatement();
             ResultSet roles = statement.executeQuery("select rolname, rolsuper, rolbypassrls from pg_roles where rolname in ('"
                     + TestRegistryDatabase.OWNER_ROLE + "', '" + TestRegistryDatabase.APP_ROLE + "')")) {
            int found = 0;
            while (roles.next()) {
                found++;
                assertThat(roles.getBoolean("rolsuper")).as(roles.getString("rolname")).isFalse();
                assertThat(roles.getBoolean("rolbypassrls")).as(roles.getString("rolname")).isFalse();
            }
            assertThat(found).isEqualTo(2);
        }
    }

    @Test
    void the_application_role_can_neither_change_nor_delete_a_stored_version() throws SQLException {
        try (Connection app = database.appConnection(); Statement statement = app.createStatement()) {
            assertThatThrownBy(() -> statement.execute("update versions set content_hash = content_hash"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> statement.execute("delete from versions"))
                    .hasMessageContaining("permission denied");
        }
    }
}
