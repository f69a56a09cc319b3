package cn.tuanbiao.registry.relay.service;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the relay every {@code tuanbiao.registry.interval} where a registry URL is configured
 * (elsewhere events stay queued) and unless {@code tuanbiao.registry.scheduled=false} (tests
 * drive the relay themselves). Several servers may run it at once.
 */
@Singleton
@Requires(property = "tuanbiao.registry.url", pattern = ".*\\S.*")
@Requires(property = "tuanbiao.registry.scheduled", notEquals = "false")
class RegistryRelaySchedule {

    private static final Logger LOG = LoggerFactory.getLogger(RegistryRelaySchedule.class);

    private final RegistryRelay relay;

    RegistryRelaySchedule(RegistryRelay relay) {
        this.relay = relay;
    }

    @Scheduled(fixedDelay = "${tuanbiao.registry.interval:200ms}", initialDelay = "2s")
    void relay() {
        try {
            relay.drain();
        } catch (RuntimeException e) {
            LOG.error("Registry relay round failed; the events stay queued", e);
        }
    }
}
