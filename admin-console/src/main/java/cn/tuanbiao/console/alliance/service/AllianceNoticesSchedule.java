package cn.tuanbiao.console.alliance.service;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the alliances' notices every {@code tuanbiao.alliance.notices.interval} (10 s by default), unless
 * {@code tuanbiao.alliance.notices.scheduled=false} (tests deliver themselves). Several servers may run it at
 * once: claims skip each other's rows, and a notice delivered twice adds nothing.
 */
@Singleton
@Requires(property = "tuanbiao.alliance.notices.scheduled", notEquals = "false")
class AllianceNoticesSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(AllianceNoticesSchedule.class);

    private final AllianceNotices notices;

    AllianceNoticesSchedule(AllianceNotices notices) {
        this.notices = notices;
    }

    @Scheduled(fixedDelay = "${tuanbiao.alliance.notices.interval:10s}",
            initialDelay = "${tuanbiao.alliance.notices.interval:10s}")
    void relay() {
        try {
            int notified = notices.relay();
            if (notified > 0) {
                LOG.info("Alliance notices: {} people of member organizations notified", notified);
            }
        } catch (RuntimeException e) {
            LOG.error("Alliance notice relay failed; the notices stay queued", e);
        }
    }
}
