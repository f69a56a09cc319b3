package cn.tuanbiao.tenancy;

import cn.tuanbiao.testing.Fixtures;
import cn.tuanbiao.testing.PlatformTest;
import cn.tuanbiao.users.domain.OrganizationRole;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.inject.Inject;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tenant of a transaction never leaks to the next borrower of a pooled connection
 * (design rule: isolation per tenant, ORG-1; {@link Transactions} sets {@code app.tenant_id}
 * transaction-locally, see STACK.md "A session-level SET leaks to the next borrower").
 *
 * <p>Sixteen threads share a pool of three connections, so every connection passes from
 * tenant to tenant, to work with no tenant, and through transactions that fail half-way,
 * hundreds of times. Each unit of work checks that it sees exactly its own tenant's rows.
 */
class TenantConcurrencyTest extends PlatformTest {

    private static final int POOL_SIZE = 3;
    private static final int THREADS = 16;
    private static final int ITERATIONS = 2_000;

    @Inject
    Fixtures fixtures;
    @Inject
    Transactions transactions;
    @Inject
    DSLContext db;
    @Inject
    DataSource dataSource;

    private final List<TenantId> tenants = new ArrayList<>();
    private final Map<TenantId, Integer> membershipsOf = new HashMap<>();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("datasources.default.maximum-pool-size", String.valueOf(POOL_SIZE));
        return properties;
    }

    @BeforeAll
    void fourAssociationsOfDifferentSizes() {
        int[] sizes = {1, 2, 3, 5};
        for (int size : sizes) {
            TenantId tenant = fixtures.association("并发测试协会" + Fixtures.suffix());
            for (int i = 0; i < size; i++) {
                fixtures.memberOf(tenant, OrganizationRole.WORKING_GROUP_MEMBER);
            }
            tenants.add(tenant);
            membershipsOf.put(tenant, size);
        }
    }

    @Test
    void the_pool_really_is_small() throws SQLException {
        assertThat(dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize()).isEqualTo(POOL_SIZE);
    }

    @Test
    void every_transaction_sees_only_its_own_tenant_however_pooled_connections_are_shared() throws Exception {
        Queue<String> violations = new ConcurrentLinkedQueue<>();
        AtomicInteger next = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                workers.add(threads.submit(() -> {
                    start.await();
                    for (int i = next.getAndIncrement(); i < ITERATIONS; i = next.getAndIncrement()) {
                        unitOfWork(i, violations);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> worker : workers) {
                worker.get(2, TimeUnit.MINUTES);
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(violations.stream().limit(20).toList())
                .as("units of work (%d failed, the first 20 shown) that saw another tenant's rows, "
                        + "or not exactly their own", violations.size())
                .isEmpty();
        assertThat(next.get()).as("units of work run").isGreaterThanOrEqualTo(ITERATIONS);
    }

    /**
     * Iteration {@code i} picks a tenant and one of five kinds of work: read-only in the
     * tenant, read-write in the tenant, a tenant transaction that fails and rolls back, and
     * read-only or read-write work with no tenant at all.
     */
    private void unitOfWork(int i, Queue<String> violations) {
        TenantId tenant = tenants.get((i / 5 + i) % tenants.size());
        switch (i % 5) {
            case 0 -> expectOwnRows(i, "readInTenant", tenant, transactions.readInTenant(tenant, this::tenantIds),
                    violations);
            case 1 -> expectOwnRows(i, "inTenant", tenant, transactions.inTenant(tenant, this::tenantIds), violations);
            case 2 -> {
                try {
                    transactions.inTenant(tenant, () -> {
                        expectOwnRows(i, "inTenant before failing", tenant, tenantIds(), violations);
                        throw new WorkFailed();
                    });
                    violations.add(i + ": a failing unit of work did not fail");
                } catch (WorkFailed expected) {
                    // rolled back; the connection goes back to the pool
                }
            }
            case 3 -> expectNoRows(i, "onPlatform", transactions.onPlatform(this::tenantIds), violations);
            default -> expectNoRows(i, "readOnPlatform", transactions.readOnPlatform(this::tenantIds), violations);
        }
    }

    private List<UUID> tenantIds() {
        return db.fetch("select tenant_id from memberships").getValues(0, UUID.class);
    }

    private void expectOwnRows(int i, String kind, TenantId tenant, List<UUID> seen, Queue<String> violations) {
        long foreign = seen.stream().filter(id -> !id.equals(tenant.value())).count();
        if (foreign > 0 || seen.size() != membershipsOf.get(tenant)) {
            violations.add(i + " " + kind + " in " + tenant + ": saw " + seen.size() + " memberships, " + foreign
                    + " of other tenants; expected exactly its " + membershipsOf.get(tenant));
        }
    }

    private static void expectNoRows(int i, String kind, List<UUID> seen, Queue<String> violations) {
        if (!seen.isEmpty()) {
            violations.add(i + " " + kind + " with no tenant: saw memberships of " + seen);
        }
    }

    private static final class WorkFailed extends RuntimeException {
        WorkFailed() {
            super("the unit of work fails on purpose", null, false, false);
        }
    }
}
