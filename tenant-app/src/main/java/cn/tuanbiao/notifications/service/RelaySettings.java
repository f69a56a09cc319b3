package cn.tuanbiao.notifications.service;

import cn.tuanbiao.notifications.domain.Backoff;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * How the outbox relay works: how often it looks, how many messages it takes at a time, how long
 * a claim holds a message (a relay that dies leaves it to another after that), and the retries:
 * capped exponential backoff, then a dead letter after {@code maxAttempts}.
 */
@ConfigurationProperties("tuanbiao.mail.relay")
public record RelaySettings(
        @Bindable(defaultValue = "30s") Duration interval,
        @Bindable(defaultValue = "50") int batchSize,
        @Bindable(defaultValue = "8") int maxAttempts,
        @Bindable(defaultValue = "1m") Duration firstRetry,
        @Bindable(defaultValue = "6h") Duration maxRetry,
        @Bindable(defaultValue = "5m") Duration lease,
        @Bindable(defaultValue = "true") boolean scheduled) {

    public Backoff backoff() {
        return new Backoff(firstRetry, maxRetry, maxAttempts);
    }
}
