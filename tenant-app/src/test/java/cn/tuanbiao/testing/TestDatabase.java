package cn.tuanbiao.testing;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A real PostgreSQL for the tests, one fresh database per test JVM.
 *
 * <p>Where a Docker engine answers, Testcontainers starts PostgreSQL 15. Otherwise the server
 * named by {@code TUANBIAO_TEST_DB_HOST} / {@code _PORT} / {@code _USER} / {@code _PASSWORD}
 * is used (default: localhost:5432 as postgres, as on our CI machines). The user must be
 * allowed to create roles and databases: the platform's own bootstrap creates the owner and
 * application roles and the database, exactly as in production.
 */
public final class TestDatabase {

    private static TestDatabase instance;

    private final String host;
    private final int port;
    private final String adminUser;
    private final String adminPassword;
    private final String name = "tuanbiao_test_" + UUID.randomUUID().toString().substring(0, 8);

    private TestDatabase(String host, int port, String adminUser, String adminPassword) {
        this.host = host;
        this.port = port;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
    }

    public static synchronized TestDatabase get() {
        if (instance == null) {
            instance = start();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::drop));
        }
        return instance;
    }

    private static TestDatabase start() {
        String host = System.getenv("TUANBIAO_TEST_DB_HOST");
        if (host == null && dockerAnswers()) {
            PostgreSQLContainer<?> container = new PostgreSQLContainer<>("postgres:15-alpine");
            container.start();
            return new TestDatabase(container.getHost(), container.getMappedPort(5432), container.getUsername(),
                    container.getPassword());
        }
        return new TestDatabase(
                host == null ? "localhost" : host,
                Integer.parseInt(env("TUANBIAO_TEST_DB_PORT", "5432")),
                env("TUANBIAO_TEST_DB_USER", "postgres"),
                env("TUANBIAO_TEST_DB_PASSWORD", ""));
    }

    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    public static final String OWNER_ROLE = "tuanbiao_test_owner";
    public static final String APP_ROLE = "tuanbiao_test_app";

    /** Settings for a Micronaut context that uses this database (UI off unless a test turns it on). */
    public Map<String, String> properties() {
        Map<String, String> p = new HashMap<>();
        p.put("tuanbiao.database.host", host);
        p.put("tuanbiao.database.port", String.valueOf(port));
        p.put("tuanbiao.database.name", name);
        p.put("tuanbiao.database.admin-user", adminUser);
        p.put("tuanbiao.database.admin-password", adminPassword);
        p.put("tuanbiao.database.owner-user", OWNER_ROLE);
        p.put("tuanbiao.database.owner-password", "test-owner");
        p.put("tuanbiao.database.app-user", APP_ROLE);
        p.put("tuanbiao.database.app-password", "test-app");
        p.put("tuanbiao.database.bootstrap", "true");
        p.put("micronaut.server.port", "-1");
        p.put("tuanbiao.ui.enabled", "false");
        p.put("tuanbiao.demo.enabled", "false");
        return p;
    }

    /** The PostgreSQL server itself, for a program that makes a database of its own there (the national registry). */
    public record Server(String host, int port, String adminUser, String adminPassword) {
    }

    public Server server() {
        return new Server(host, port, adminUser, adminPassword);
    }

    /** Environment variables that point a separately started server at this database. */
    public Map<String, String> environment() {
        Map<String, String> e = new HashMap<>();
        e.put("TUANBIAO_DB_HOST", host);
        e.put("TUANBIAO_DB_PORT", String.valueOf(port));
        e.put("TUANBIAO_DB_NAME", name);
        e.put("TUANBIAO_DB_ADMIN_USER", adminUser);
        e.put("TUANBIAO_DB_ADMIN_PASSWORD", adminPassword);
        e.put("TUANBIAO_DB_OWNER_USER", OWNER_ROLE);
        e.put("TUANBIAO_DB_OWNER_PASSWORD", "test-owner");
        e.put("TUANBIAO_DB_APP_USER", APP_ROLE);
        e.put("TUANBIAO_DB_APP_PASSWORD", "test-app");
        return e;
    }

    /** A connection as the administrator to this test database (for catalog checks only). */
    public Connection adminConnection() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + name, adminUser, adminPassword);
    }

    /** A connection as the application role, outside any pool: what an attacker with its credentials gets. */
    public Connection appConnection() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + name, APP_ROLE, "test-app");
    }

    private void drop() {
        try (Connection admin = DriverManager.getConnection(
                "jdbc:postgresql://" + host + ":" + port + "/postgres", adminUser, adminPassword);
             Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists \"" + name + "\" with (force)");
        } catch (SQLException e) {
            System.err.println("Could not drop test database " + name + ": " + e.getMessage());
        }
    }
}
