package cn.tuanbiao.notifications.service;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the relay every {@code tuanbiao.mail.relay.interval}, only where an SMTP host is configured
 * (elsewhere e-mails stay queued) and unless {@code tuanbiao.mail.relay.scheduled=false} (tests
 * drive the relay themselves). Several servers may run it at once: claims skip each other's rows.
 */
@Singleton
@Requires(property = "tuanbiao.mail.smtp.host", pattern = ".*\\S.*")
@Requires(property = "tuanbiao.mail.relay.scheduled", notEquals = "false")
class OutboxRelaySchedule {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelaySchedule.class);

    private final OutboxRelay relay;

    OutboxRelaySchedule(OutboxRelay relay) {
        this.relay = relay;
    }

    @Scheduled(fixedDelay = "${tuanbiao.mail.relay.interval:30s}", initialDelay = "${tuanbiao.mail.relay.interval:30s}")
    void relay() {
        try {
            int sent = relay.relay();
            if (sent > 0) {
                LOG.info("Relayed {} e-mails", sent);
            }
        } catch (RuntimeException e) {
            LOG.error("Outbox relay round failed; the messages stay queued", e);
        }
    }
}
