package cn.tuanbiao.registry.relay.service;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs the relay every {@code tuanbiao.registry.interval} where a registry URL is configured
 * (elsewhere events stay queued) and unless {@code tuanbiao.registry.scheduled=false} (tests
 * drive the relay themselves). Each run drains with {@code tuanbiao.registry.workers} relays side
 * by side, so that one batch is claimed and recorded while another is on the wire; several
 * servers may run it at once (the claim keeps order per subject whatever the number).
 */
@Singleton
@Requires(property = "tuanbiao.registry.url", pattern = ".*\\S.*")
@Requires(property = "tuanbiao.registry.scheduled", notEquals = "false")
class RegistryRelaySchedule {

    private static final Logger LOG = LoggerFactory.getLogger(RegistryRelaySchedule.class);

    private final RegistryRelay relay;
    private final ExecutorService workers;
    private final int workerCount;

    RegistryRelaySchedule(RegistryRelay relay, RegistrySettings settings) {
        this.relay = relay;
        this.workerCount = Math.max(1, settings.workers());
        this.workers = Executors.newFixedThreadPool(workerCount, runnable -> {
            Thread thread = new Thread(runnable, "registry-relay");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Scheduled(fixedDelay = "${tuanbiao.registry.interval:200ms}", initialDelay = "2s")
    void relay() {
        List<Future<Integer>> drains = new ArrayList<>(workerCount);
        for (int i = 0; i < workerCount; i++) {
            drains.add(workers.submit(relay::drain));
        }
        for (Future<Integer> drain : drains) {
            try {
                drain.get();
            } catch (ExecutionException e) {
                LOG.error("Registry relay round failed; the events stay queued", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
