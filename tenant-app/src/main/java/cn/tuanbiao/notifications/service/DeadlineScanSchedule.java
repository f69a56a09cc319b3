package cn.tuanbiao.notifications.service;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the deadline scan once a day (07:00 China time by default), unless {@code …deadline-scan.scheduled=false}. */
@Singleton
@Requires(property = "tuanbiao.notifications.deadline-scan.scheduled", notEquals = "false")
class DeadlineScanSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(DeadlineScanSchedule.class);

    private final DeadlineScan scan;

    DeadlineScanSchedule(DeadlineScan scan) {
        this.scan = scan;
    }

    @Scheduled(cron = "${tuanbiao.notifications.deadline-scan.cron:0 0 7 * * *}", zoneId = "Asia/Shanghai")
    void daily() {
        try {
            LOG.info("Deadline scan: {} reminders", scan.run());
        } catch (RuntimeException e) {
            LOG.error("Deadline scan failed; it runs again tomorrow, and a manual run adds only what is missing", e);
        }
    }
}
