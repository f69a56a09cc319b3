package cn.tuanbiao.console.alliance.service;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * How the alliance's notices reach its members (SUP-1): how often the relay looks for them, and how many
 * days before a round closes the members that have not nominated are reminded (at 09:00 China time).
 */
@ConfigurationProperties("tuanbiao.alliance.notices")
public record AllianceNoticeSettings(
        @Bindable(defaultValue = "10s") Duration interval,
        @Bindable(defaultValue = "3") int reminderDays,
        @Bindable(defaultValue = "true") boolean scheduled) {
}
