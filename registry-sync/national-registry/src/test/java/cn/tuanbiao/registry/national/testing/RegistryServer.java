package cn.tuanbiao.registry.national.testing;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;

import java.net.URI;
import java.util.Map;

/**
 * The registry as it runs, on a random port and a fresh database: one per test JVM (every test
 * enrols deployments and organizations of its own), stopped and dropped when the JVM ends.
 */
public final class RegistryServer {

    public static final String ENROLMENT_TOKEN = "test-enrolment-token";
    public static final int OAI_PAGE_SIZE = 7;

    private static RegistryServer instance;

    private final TestRegistryDatabase database = new TestRegistryDatabase();
    private final EmbeddedServer server;

    private RegistryServer() {
        Map<String, Object> properties = database.properties();
        properties.put("micronaut.server.port", -1);
        properties.put("tuanbiao.registry.enrolment-token", ENROLMENT_TOKEN);
        // small OAI-PMH pages, so that a harvest of a test's few standards needs several resumptions
        properties.put("tuanbiao.registry.oai.page-size", OAI_PAGE_SIZE);
        server = ApplicationContext.run(EmbeddedServer.class, properties);
    }

    public static synchronized RegistryServer get() {
        if (instance == null) {
            instance = new RegistryServer();
            RegistryServer started = instance;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                started.server.stop();
                started.database.drop();
            }));
        }
        return instance;
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + server.getPort() + path);
    }

    public ApplicationContext context() {
        return server.getApplicationContext();
    }

    public TestRegistryDatabase database() {
        return database;
    }
}
