package cn.tuanbiao.registry.national.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates the owner role, the application role and the database when they are missing, connecting
 * as the administrator. Where no administrator is available (a managed database), a DBA creates
 * them once and {@code TUANBIAO_REGISTRY_DB_BOOTSTRAP=false} skips this.
 */
final class DatabaseBootstrap {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseBootstrap.class);

    private final RegistryDatabaseSettings settings;

    DatabaseBootstrap(RegistryDatabaseSettings settings) {
        this.settings = settings;
    }

    void ensureRolesAndDatabase() {
        try (Connection admin = DriverManager.getConnection(
                settings.jdbcUrl("postgres"), settings.adminUser(), settings.adminPassword())) {
            ensureRole(admin, settings.ownerUser(), settings.ownerPassword());
            ensureRole(admin, settings.appUser(), settings.appPassword());
            if (!exists(admin, "select 1 from pg_database where datname = ?", settings.name())) {
                LOG.info("Creating database {} owned by {}", settings.name(), settings.ownerUser());
                try (Statement statement = admin.createStatement()) {
                    statement.execute("create database " + identifier(settings.name()) + " owner "
                            + identifier(settings.ownerUser()) + " encoding 'UTF8' template template0");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the registry database " + settings.name() + " at "
                    + settings.host() + ":" + settings.port() + " as " + settings.adminUser()
                    + " (set TUANBIAO_REGISTRY_DB_* or TUANBIAO_REGISTRY_DB_BOOTSTRAP=false): " + e.getMessage(), e);
        }
    }

    /** Neither role may be a superuser or bypass row-level security: the registry trusts no role. */
    private static void ensureRole(Connection admin, String role, String password) throws SQLException {
        if (exists(admin, "select 1 from pg_roles where rolname = ?", role)) {
            return;
        }
        LOG.info("Creating role {}", role);
        try (Statement statement = admin.createStatement()) {
            statement.execute("create role " + identifier(role)
                    + " login nosuperuser nocreatedb nocreaterole nobypassrls password " + literal(password));
        }
    }

    private static boolean exists(Connection connection, String sql, String value) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, value);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    static String identifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
