package cn.tuanbiao.practice.service;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the good-practice reminder daily with the other deadline scans, and is switched off with them. */
@Singleton
@Requires(property = "tuanbiao.notifications.deadline-scan.scheduled", notEquals = "false")
class GoodPracticeRemindersSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(GoodPracticeRemindersSchedule.class);

    private final GoodPracticeReminders reminders;

    GoodPracticeRemindersSchedule(GoodPracticeReminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(cron = "${tuanbiao.notifications.deadline-scan.cron:0 0 7 * * *}", zoneId = "Asia/Shanghai")
    void daily() {
        try {
            LOG.info("Good-practice reminders: {}", reminders.run());
        } catch (RuntimeException e) {
            LOG.error("Good-practice reminders failed; they run again tomorrow, and a manual run adds only what is missing", e);
        }
    }
}
