package cn.tuanbiao.innovation.service;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the centres' deadline scan daily with the other deadline scans, and is switched off with them. */
@Singleton
@Requires(property = "tuanbiao.notifications.deadline-scan.scheduled", notEquals = "false")
class CentreDeadlineScanSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(CentreDeadlineScanSchedule.class);

    private final CentreDeadlineScan scan;

    CentreDeadlineScanSchedule(CentreDeadlineScan scan) {
        this.scan = scan;
    }

    @Scheduled(cron = "${tuanbiao.notifications.deadline-scan.cron:0 0 7 * * *}", zoneId = "Asia/Shanghai")
    void daily() {
        try {
            LOG.info("Innovation centre deadline scan: {} notifications", scan.run());
        } catch (RuntimeException e) {
            LOG.error("Innovation centre deadline scan failed; it runs again tomorrow, and a manual run adds only what is missing", e);
        }
    }
}
