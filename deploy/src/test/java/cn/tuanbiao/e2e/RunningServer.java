package cn.tuanbiao.e2e;

import cn.tuanbiao.registry.relay.testing.RunningRegistry;
import cn.tuanbiao.testing.TestDatabase;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged server jar ({@code deploy/target/tuanbiao-server.jar}) started as its own process,
 * once for all end-to-end tests of this JVM: demo data loaded, a fresh test database, a free port,
 * the small heap we deploy with. Its output goes to {@code target/e2e-server.log}.
 *
 * <p>Test classes use it with {@code @ExtendWith(RunningServer.class)} and read {@link #url(String)}.
 * The process is stopped when the whole test run ends, or at once if it never became ready.
 */
public final class RunningServer implements BeforeAllCallback {

    private static final Duration READY_WITHIN = Duration.ofSeconds(90);
    private static final long MIB = 1024 * 1024;

    private static Started started;

    @Override
    public void beforeAll(ExtensionContext context) {
        synchronized (RunningServer.class) {
            if (started == null) {
                Started server = Started.launch();
                // The root store closes its resources when the whole run ends.
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(RunningServer.class.getName(), server);
                started = server;
            }
        }
    }

    /** An absolute address on the running server, e.g. {@code url("/platform/organizations")}. */
    public static String url(String path) {
        return "http://localhost:" + current().port + path;
    }

    /**
     * The text of the last e-mail the server sent to {@code address}, waiting up to {@code within}
     * for it: the server delivers through its outbox to a real SMTP server (GreenMail) on loopback.
     */
    public static String lastMailTo(String address, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            MimeMessage last = null;
            for (MimeMessage message : current().smtp.getReceivedMessages()) {
                if (sentTo(message, address)) {
                    last = message;
                }
            }
            if (last != null) {
                try {
                    return (String) last.getContent();
                } catch (IOException | MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }
            Started.pause();
        }
        throw new AssertionError("No e-mail to " + address + " within " + within);
    }

    private static boolean sentTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(a -> ((InternetAddress) a).getAddress().equals(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The reference national registry the server publishes to. */
    public static RunningRegistry registry() {
        return current().registry;
    }

    private static RunningRegistry startRegistry() {
        try {
            return new RunningRegistry();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the national registry", e);
        }
    }

    /** The server's resident memory now, from {@code /proc/<pid>/status} (VmRSS). */
    public static long residentMemoryMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(current().process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    long kib = Long.parseLong(line.replaceAll("\\D", ""));
                    return kib * 1024 / MIB;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("No VmRSS for the server process");
    }

    private static Started current() {
        if (started == null) {
            throw new IllegalStateException("The server is not running: add @ExtendWith(RunningServer.class)");
        }
        return started;
    }

    /** One launched server process; closing it stops the process. */
    private static final class Started implements ExtensionContext.Store.CloseableResource, AutoCloseable {

        private final Process process;
        private final int port;
        private final GreenMail smtp;
        private RunningRegistry registry;

        private Started(Process process, int port, GreenMail smtp) {
            this.process = process;
            this.port = port;
            this.smtp = smtp;
        }

        static Started launch() {
            Path jar = Path.of(System.getProperty("tuanbiao.server.jar", "target/tuanbiao-server.jar")).toAbsolutePath();
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException("No server jar at " + jar + ": run the package phase first");
            }
            Path log = jar.resolveSibling("e2e-server.log");
            int port = freePort();
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xms64m", "-Xmx384m", "-Xss512k", "-XX:+UseSerialGC",
                    "-XX:ReservedCodeCacheSize=96m", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30", "-jar", jar.toString()))
                    .directory(jar.getParent().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(TestDatabase.get().environment());
            builder.environment().put("TUANBIAO_PORT", String.valueOf(port));
            builder.environment().put("TUANBIAO_DEMO", "true");
            // e-mail goes to a real SMTP server on loopback, relayed every second
            int smtpPort = freePort();
            GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
            builder.environment().put("TUANBIAO_SMTP_HOST", "127.0.0.1");
            builder.environment().put("TUANBIAO_SMTP_PORT", String.valueOf(smtpPort));
            builder.environment().put("TUANBIAO_MAIL_RELAY_INTERVAL", "1s");
            builder.environment().put("TUANBIAO_PUBLIC_URL", "http://localhost:" + port);
            // publications go to the real reference registry, a process of its own on its own database
            RunningRegistry registry = startRegistry();
            builder.environment().put("TUANBIAO_REGISTRY_URL", registry.url());
            builder.environment().put("TUANBIAO_REGISTRY_ENROLMENT_TOKEN", RunningRegistry.ENROLMENT_TOKEN);

            long launchedAt = System.nanoTime();
            Process process;
            try {
                process = builder.start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start " + jar, e);
            }
            Started server = new Started(process, port, smtp);
            server.registry = registry;
            try {
                server.awaitHealthy(log);
            } catch (RuntimeException | Error e) {
                server.close();
                throw e;
            }
            System.out.printf("start-up to first answer: %d ms%n", (System.nanoTime() - launchedAt) / 1_000_000);
            // Also stop it if the JVM ends without JUnit closing the store (e.g. interrupted run).
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            return server;
        }

        private void awaitHealthy(Path log) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health"))
                    .timeout(Duration.ofSeconds(5)).GET().build();
            long deadline = System.nanoTime() + READY_WITHIN.toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("The server exited with " + process.exitValue() + " before it was ready; see " + log);
                }
                try {
                    HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
                    if (answer.statusCode() == 200 && answer.body().contains("\"status\":\"UP\"")) {
                        return;
                    }
                } catch (IOException notListeningYet) {
                    // keep polling
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while waiting for the server", e);
                }
                pause();
            }
            throw new IllegalStateException("The server did not answer UP on /health within " + READY_WITHIN + "; see " + log);
        }

        @Override
        public void close() {
            smtp.stop();
            if (registry != null) {
                registry.close();
            }
            if (!process.isAlive()) {
                return;
            }
            process.destroy();
            try {
                if (!process.waitFor(15, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                socket.setReuseAddress(true);
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static void pause() {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
