package cn.tuanbiao.registry.relay.testing;

import cn.tuanbiao.testing.TestDatabase;

import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The reference national registry as the tests meet it: its own program (the jar the build made),
 * its own database on the test PostgreSQL server, on a port of its own. It can be stopped and
 * started again on the same database (the registry down for a while, then back).
 */
public final class RunningRegistry implements AutoCloseable {

    public static final String ENROLMENT_TOKEN = "relay-test-enrolment";

    private final String databaseName = "tuanbiao_registry_test_" + UUID.randomUUID().toString().substring(0, 8);
    private final int port;
    private final TestDatabase.Server server;
    private final File log;
    private Process process;

    public RunningRegistry() throws IOException {
        this.port = freePort();
        this.server = TestDatabase.get().server();
        this.log = File.createTempFile("national-registry-", ".log");
        start();
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public synchronized void start() {
        // the jar the build packaged: system property tuanbiao.registry.jar (set by the modules' test configuration)
        Path jar = Path.of(System.getProperty("tuanbiao.registry.jar", "../national-registry/target/national-registry.jar"));
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-jar", jar.toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log));
        Map<String, String> env = builder.environment();
        env.put("TUANBIAO_REGISTRY_PORT", String.valueOf(port));
        env.put("TUANBIAO_REGISTRY_DB_HOST", server.host());
        env.put("TUANBIAO_REGISTRY_DB_PORT", String.valueOf(server.port()));
        env.put("TUANBIAO_REGISTRY_DB_NAME", databaseName);
        env.put("TUANBIAO_REGISTRY_DB_ADMIN_USER", server.adminUser());
        env.put("TUANBIAO_REGISTRY_DB_ADMIN_PASSWORD", server.adminPassword());
        env.put("TUANBIAO_REGISTRY_ENROLMENT_TOKEN", ENROLMENT_TOKEN);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the registry from " + jar, e);
        }
        awaitAnswer(Duration.ofSeconds(60));
    }

    public synchronized boolean running() {
        return process.isAlive();
    }

    /** Stops it the hard way, as a crash would. */
    public synchronized void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A connection to the registry's own database as the administrator, to look at what it stored. */
    public Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + server.host() + ":" + server.port() + "/" + databaseName,
                server.adminUser(), server.adminPassword());
    }

    private void awaitAnswer(Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the registry exited; see " + log);
            }
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create(url() + "/v1/standards?q=&size=1").toURL()
                        .openConnection();
                c.setConnectTimeout(500);
                if (c.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("the registry did not answer within " + patience + "; see " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        kill();
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + server.host() + ":" + server.port()
                + "/postgres", server.adminUser(), server.adminPassword()); Statement s = admin.createStatement()) {
            s.execute("drop database if exists \"" + databaseName + "\" with (force)");
        } catch (SQLException e) {
            System.err.println("Could not drop " + databaseName + ": " + e.getMessage());
        }
    }
}
