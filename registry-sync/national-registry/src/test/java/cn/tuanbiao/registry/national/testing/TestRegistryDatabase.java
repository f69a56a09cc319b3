package cn.tuanbiao.registry.national.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A fresh, uniquely named registry database on a real PostgreSQL, dropped at the end. The server is
 * named by {@code TUANBIAO_TEST_DB_HOST} / {@code _PORT} / {@code _USER} / {@code _PASSWORD}
 * (default localhost:5432 as postgres); the user must be allowed to create roles and databases,
 * because the registry's own bootstrap creates them, exactly as in production.
 */
public final class TestRegistryDatabase {

    public static final String OWNER_ROLE = "tuanbiao_registry_test_owner";
    public static final String APP_ROLE = "tuanbiao_registry_test_app";
    private static final String APP_PASSWORD = "test-app";

    private final String host = env("TUANBIAO_TEST_DB_HOST", "localhost");
    private final int port = Integer.parseInt(env("TUANBIAO_TEST_DB_PORT", "5432"));
    private final String adminUser = env("TUANBIAO_TEST_DB_USER", "postgres");
    private final String adminPassword = env("TUANBIAO_TEST_DB_PASSWORD", "");
    private final String name = "tuanbiao_registry_test_" + UUID.randomUUID().toString().substring(0, 8);

    /** Settings for a registry context on this database (the bootstrap creates it on start). */
    public Map<String, Object> properties() {
        Map<String, Object> p = new HashMap<>();
        p.put("tuanbiao.registry.database.host", host);
        p.put("tuanbiao.registry.database.port", port);
        p.put("tuanbiao.registry.database.name", name);
        p.put("tuanbiao.registry.database.admin-user", adminUser);
        p.put("tuanbiao.registry.database.admin-password", adminPassword);
        p.put("tuanbiao.registry.database.owner-user", OWNER_ROLE);
        p.put("tuanbiao.registry.database.owner-password", "test-owner");
        p.put("tuanbiao.registry.database.app-user", APP_ROLE);
        p.put("tuanbiao.registry.database.app-password", APP_PASSWORD);
        p.put("tuanbiao.registry.database.bootstrap", true);
        return p;
    }

    /** A connection as the application role, outside the pool: what its credentials allow. */
    public Connection appConnection() throws SQLException {
        return DriverManager.getConnection(url(name), APP_ROLE, APP_PASSWORD);
    }

    public Connection adminConnection() throws SQLException {
        return DriverManager.getConnection(url(name), adminUser, adminPassword);
    }

    public void drop() {
        try (Connection admin = DriverManager.getConnection(url("postgres"), adminUser, adminPassword);
             Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists \"" + name + "\" with (force)");
        } catch (SQLException e) {
            System.err.println("Could not drop test database " + name + ": " + e.getMessage());
        }
    }

    private String url(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
