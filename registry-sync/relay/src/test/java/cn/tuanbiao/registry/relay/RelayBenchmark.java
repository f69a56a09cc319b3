package cn.tuanbiao.registry.relay;

import cn.tuanbiao.declarations.domain.DeclarationForm;
import cn.tuanbiao.declarations.domain.DeclaredLevel;
import cn.tuanbiao.declarations.domain.RegistryEvent;
import cn.tuanbiao.declarations.domain.SelfDeclaration;
import cn.tuanbiao.declarations.service.SelfDeclarations;
import cn.tuanbiao.registry.protocol.CanonicalJson;
import cn.tuanbiao.registry.protocol.ContentHash;
import cn.tuanbiao.registry.relay.service.RegistryRelay;
import cn.tuanbiao.registry.relay.testing.RunningRegistry;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.standards.domain.EarlierPublication;
import cn.tuanbiao.standards.domain.StandardProject;
import cn.tuanbiao.standards.service.StandardService;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.testing.Fixtures;
import cn.tuanbiao.testing.PlatformTest;
import cn.tuanbiao.testing.TestDatabase;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Not a test: prints the sustained declarations per second from the deployment's outbox to the
 * reference registry (a process of its own, over loopback HTTP, signed, with every check it makes)
 * and the publish lag percentiles (registry receipt − outbox commit), with two relays running and a
 * producer writing declarations into the outbox at a steady rate. The first {@code bench.warmup} seconds
 * (default 10) run at the same rate but are reported apart: they measure two cold JVMs compiling,
 * not the sustained rate. Run: {@code ./dev bench-registry}.
 */
@Tag("benchmark")
class RelayBenchmark extends PlatformTest {

    private static final int ORGANIZATIONS = 20;
    private static final int RATE_PER_SECOND = Integer.getInteger("bench.rate", 2500);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 30);
    private static final int RELAYS = Integer.getInteger("bench.relays", 2);
    /** Seconds at the same rate before the measured window: both JVMs compile their hot paths meanwhile. */
    private static final int WARM_UP_SECONDS = Integer.getInteger("bench.warmup", 10);
    private static RunningRegistry registry;

    @Inject
    RegistryRelay relay;
    @Inject
    SelfDeclarations declarations;
    @Inject
    StandardService standards;
    @Inject
    Fixtures fixtures;
    @Inject
    ObjectMapper json;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        try {
            registry = new RunningRegistry();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        properties.put("tuanbiao.registry.url", registry.url());
        properties.put("tuanbiao.registry.enrolment-token", RunningRegistry.ENROLMENT_TOKEN);
        properties.put("tuanbiao.registry.scheduled", "false");
        properties.put("tuanbiao.registry.batch-size", "500");
        return properties;
    }

    @AfterAll
    static void stop() {
        registry.close();
    }

    record Organization(TenantId tenant, String creditCode, String code, SelfDeclaration template) {
    }

    @Test
    void sustained_declarations_per_second_and_publish_lag() throws Exception {
        List<Organization> organizations = new ArrayList<>();
        for (int i = 0; i < ORGANIZATIONS; i++) {
            organizations.add(anOrganizationKnownToTheRegistry(i));
        }
        while (relay.drain() > 0) {
            // profiles and first declarations go first
        }

        AtomicBoolean producing = new AtomicBoolean(true);
        AtomicInteger produced = new AtomicInteger();
        List<Thread> relays = new ArrayList<>();
        for (int i = 0; i < RELAYS; i++) {
            Thread t = new Thread(() -> {
                while (producing.get() || pending() > 0) {
                    if (relay.relayOnce() == 0) {
                        sleep(20);
                    }
                }
            }, "relay-" + i);
            relays.add(t);
        }
        relays.forEach(Thread::start);

        Instant started = Instant.now();
        try (Connection db = TestDatabase.get().adminConnection()) {
            long tickMillis = 100;
            int perTick = RATE_PER_SECOND / (int) (1000 / tickMillis);
            long ticks = (WARM_UP_SECONDS + SECONDS) * 1000L / tickMillis;
            for (long tick = 0; tick < ticks; tick++) {
                long due = started.toEpochMilli() + tick * tickMillis;
                sleep(Math.max(0, due - System.currentTimeMillis()));
                insertEvents(db, organizations, perTick, produced);
            }
        }
        Instant producedBy = Instant.now();
        Instant measuredFrom = started.plusSeconds(WARM_UP_SECONDS);
        producing.set(false);
        for (Thread t : relays) {
            t.join();
        }
        Instant drainedBy = Instant.now();

        List<Lag> lags = lags();
        long[] warmUp = lags.stream().filter(lag -> lag.committed().isBefore(measuredFrom))
                .mapToLong(Lag::millis).sorted().toArray();
        long[] measured = lags.stream().filter(lag -> !lag.committed().isBefore(measuredFrom))
                .mapToLong(Lag::millis).sorted().toArray();
        double seconds = (drainedBy.toEpochMilli() - measuredFrom.toEpochMilli()) / 1000.0;
        System.out.printf("%n=== registry relay benchmark: %d relays, producer at %d declarations/s, %d s warm-up + %d s measured ===%n",
                RELAYS, RATE_PER_SECOND, WARM_UP_SECONDS, SECONDS);
        System.out.printf("produced %d declarations in %.1f s; all accepted by the registry %.1f s after the start%n",
                produced.get(), (producedBy.toEpochMilli() - started.toEpochMilli()) / 1000.0,
                (drainedBy.toEpochMilli() - started.toEpochMilli()) / 1000.0);
        if (warmUp.length > 0) {
            System.out.printf("warm-up (cold JVMs), %d declarations: publish lag %s%n", warmUp.length, percentiles(warmUp));
        }
        System.out.printf("measured window: sustained throughput %.0f declarations/s (accepted, signed, stored as versions)%n",
                measured.length / seconds);
        System.out.printf("measured window: publish lag (outbox commit -> registry receipt) %s%n%n", percentiles(measured));
    }

    /** One declaration's outbox commit and its delay until the registry's receipt. */
    record Lag(Instant committed, long millis) {
    }

    private static String percentiles(long[] sorted) {
        return String.format("p50 %d ms, p95 %d ms, p99 %d ms, max %d ms", percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99), sorted[sorted.length - 1]);
    }

    /** An association with one confirmed declaration, whose event serves as the template of the generated ones. */
    private Organization anOrganizationKnownToTheRegistry(int i) throws Exception {
        TenantId association = fixtures.association("基准测试协会" + i + Fixtures.suffix());
        PersonId secretariat = fixtures.memberOf(association, cn.tuanbiao.users.domain.OrganizationRole.SECRETARIAT);
        LocalDate on = LocalDate.of(2025, 1, 15);
        StandardProject project = standards.registerEarlierPublication(secretariat, association, new EarlierPublication(
                "基准测试标准", null, "本文件规定了基准测试的技术要求。", 1, null, on, on.plusMonths(1), "基准测试单位"));
        declarations.confirm(secretariat, association, project.id(), new DeclarationForm(DeclaredLevel.DOMESTIC_ADVANCED,
                List.of("基准测试指标"), List.of(), List.of()), true, true);
        SelfDeclaration template = declarations.view(secretariat, association, project.id(), PageRequest.first(1))
                .declaration();
        String code = template.standard().number().substring(2, template.standard().number().indexOf(' '));
        return new Organization(association, template.organization().creditCode(), code, template);
    }

    private void insertEvents(Connection db, List<Organization> organizations, int count, AtomicInteger produced)
            throws Exception {
        try (PreparedStatement insert = db.prepareStatement("insert into registry_changes (tenant_id, id, subject,"
                + " subject_key, standard_id, sequence, event_type, event, content_hash, next_attempt_at, created_at)"
                + " values (?, ?, 'STANDARD', ?, ?, 1, 'PUBLISHED', ?, ?, now() - interval '1 day', now())")) {
            for (int i = 0; i < count; i++) {
                int n = produced.incrementAndGet();
                Organization o = organizations.get(n % organizations.size());
                UUID standard = UUID.randomUUID();
                UUID id = UUID.randomUUID();
                SelfDeclaration.StandardPart part = o.template().standard();
                SelfDeclaration declaration = new SelfDeclaration(o.template().organization(),
                        new SelfDeclaration.StandardPart("基准测试标准 " + n, null, "T/" + o.code() + " " + (1000 + n) + "—2025",
                                part.publishedOn(), part.inForceFrom(), part.publicationDocument(), part.scope(), null, null),
                        List.of(), o.template().level(), o.template().performanceIndicators(), List.of(), List.of(),
                        o.template().commitments(), "现行");
                String key = o.creditCode() + ":" + standard;
                String event = new String(CanonicalJson.of(json.writeValueAsString(new RegistryEvent(id, "STANDARD", key, 1,
                        "PUBLISHED", Instant.now().toString(), declaration, null, null, null, null, null))), StandardCharsets.UTF_8);
                insert.setObject(1, o.tenant().value());
                insert.setObject(2, id);
                insert.setString(3, key);
                insert.setObject(4, standard);
                insert.setString(5, event);
                insert.setString(6, ContentHash.of(json.writeValueAsString(declaration)));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static long pending() {
        try (Connection db = TestDatabase.get().adminConnection(); Statement s = db.createStatement();
             ResultSet r = s.executeQuery("select count(*) from registry_changes where state = 'PENDING'")) {
            r.next();
            return r.getLong(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Registry receipt time minus outbox commit time, for every generated declaration. */
    private List<Lag> lags() throws Exception {
        Map<UUID, Instant> created = new HashMap<>();
        try (Connection db = TestDatabase.get().adminConnection(); Statement s = db.createStatement();
             ResultSet r = s.executeQuery("select id, created_at from registry_changes where event_type = 'PUBLISHED'"
                     + " and sequence = 1 and state = 'ACCEPTED'")) {
            while (r.next()) {
                created.put((UUID) r.getObject(1), r.getTimestamp(2).toInstant());
            }
        }
        List<Lag> lags = new ArrayList<>();
        try (Connection db = registry.database(); Statement s = db.createStatement();
             ResultSet r = s.executeQuery("select idempotency_key, received_at from versions where event_type = 'PUBLISHED'")) {
            while (r.next()) {
                Instant from = created.get((UUID) r.getObject(1));
                Timestamp received = r.getTimestamp(2);
                if (from != null && received != null) {
                    lags.add(new Lag(from, received.toInstant().toEpochMilli() - from.toEpochMilli()));
                }
            }
        }
        return lags;
    }

    private static long percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
