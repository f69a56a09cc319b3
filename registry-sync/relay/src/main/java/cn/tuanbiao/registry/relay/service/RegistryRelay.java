package cn.tuanbiao.registry.relay.service;

import cn.tuanbiao.registry.relay.domain.AnswerHandling;
import cn.tuanbiao.registry.relay.domain.BatchAnswer;
import cn.tuanbiao.registry.relay.domain.ClaimedEvent;
import cn.tuanbiao.registry.relay.domain.Retry;
import cn.tuanbiao.registry.relay.persistence.RelayStore;
import cn.tuanbiao.tenancy.Transactions;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Delivers the registry outbox (PROTOCOL §4, §6). Each round claims a batch across all
 * organizations (a short transaction through V27's claim: rows another relay holds are skipped,
 * and at most one event per subject is ever in flight, so order per subject holds whatever number
 * of relays run), sends it signed, and records every event's outcome in one statement. A relay
 * that dies after sending and before recording leaves its events leased; when the lease runs out
 * another relay sends them again with the same idempotency keys and the registry answers
 * ALREADY_APPLIED: each change takes effect once.
 */
@Singleton
public class RegistryRelay {

    private static final Logger LOG = LoggerFactory.getLogger(RegistryRelay.class);

    private final RegistrySettings settings;
    private final RelayStore store;
    private final Transactions transactions;
    private final Enrolment enrolment;
    private final RegistryClient client;
    private final Clock clock;
    private final AnswerHandling handling;

    public RegistryRelay(RegistrySettings settings, RelayStore store, Transactions transactions, Enrolment enrolment,
                         RegistryClient client, Clock clock) {
        this.settings = settings;
        this.store = store;
        this.transactions = transactions;
        this.enrolment = enrolment;
        this.client = client;
        this.clock = clock;
        this.handling = new AnswerHandling(new Retry(settings.firstRetry(), settings.maxRetry(), settings.maxAttempts()),
                () -> ThreadLocalRandom.current().nextLong()); // each thread its own random source
    }

    /** One round: claim, send, record. Returns how many events were claimed (0: nothing was due). */
    public int relayOnce() {
        if (!settings.configured()) {
            return 0;
        }
        DeploymentIdentity identity;
        try {
            identity = enrolment.identity();
        } catch (RuntimeException notYetEnrolled) {
            LOG.warn("Registry not reachable for enrolment; events stay queued: {}", notYetEnrolled.getMessage());
            return 0;
        }
        long started = System.nanoTime();
        List<ClaimedEvent> batch = transactions.onPlatform(() -> store.claim(clock.instant(), settings.lease(),
                settings.batchSize()));
        if (batch.isEmpty()) {
            return 0;
        }
        long claimed = System.nanoTime();
        BatchAnswer answer = client.send(batch, identity);
        long sent = System.nanoTime();
        Instant now = clock.instant();
        AnswerHandling.Plan plan = handling.plan(batch, answer, now);
        transactions.onPlatform(() -> {
            store.mark(plan.marks(), now);
            plan.requeues().forEach(r -> store.requeueFrom(r.tenant(), r.subject(), r.subjectKey(), r.sequence(), now));
            return null;
        });
        if (answer instanceof BatchAnswer.TryLater later) {
            LOG.info("Registry unavailable ({}); {} events will be retried", later.reason(), batch.size());
        } else {
            LOG.info("Sent {} events to the registry: {} (claim {} ms, send {} ms, record {} ms)", batch.size(),
                    plan.marks().stream().collect(Collectors.groupingBy(m -> m.state().name(), TreeMap::new,
                            Collectors.counting())),
                    (claimed - started) / 1_000_000, (sent - claimed) / 1_000_000, (System.nanoTime() - sent) / 1_000_000);
        }
        return batch.size();
    }

    /** Rounds until nothing is due or a round finds the registry unavailable; returns the events claimed. */
    public int drain() {
        int total = 0;
        int claimed;
        do {
            claimed = relayOnce();
            total += claimed;
        } while (claimed == settings.batchSize());
        return total;
    }
}
