package cn.tuanbiao.notifications.service;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The daily deadline scan: reminders that a comment period closes within {@code closingDays}
 * (LC-2) and that a periodic review falls due within {@code reviewDays} (LC-6).
 */
@ConfigurationProperties("tuanbiao.notifications.deadline-scan")
public record DeadlineSettings(
        @Bindable(defaultValue = "3") int closingDays,
        @Bindable(defaultValue = "30") int reviewDays) {
}
