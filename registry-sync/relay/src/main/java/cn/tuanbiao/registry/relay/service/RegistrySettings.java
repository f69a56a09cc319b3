package cn.tuanbiao.registry.relay.service;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * Where the national registry is and how the relay delivers to it (environment: TUANBIAO_REGISTRY_URL,
 * TUANBIAO_REGISTRY_ENROLMENT_TOKEN, …). Without a URL nothing is sent and events wait in the outbox.
 * Retries: capped exponential backoff with full jitter, never sooner than the registry's Retry-After,
 * a dead letter after {@code maxAttempts}. {@code workers} relays run side by side in each server.
 * A claim holds its events for {@code lease}: a relay that
 * dies between sending and marking leaves them to another relay after that.
 */
@ConfigurationProperties("tuanbiao.registry")
public record RegistrySettings(
        @Bindable(defaultValue = "") String url,
        @Bindable(defaultValue = "tuanbiao-demo-enrolment") String enrolmentToken,
        @Bindable(defaultValue = "Tuanbiao") String deploymentName,
        @Bindable(defaultValue = "200ms") Duration interval,
        @Bindable(defaultValue = "500") int batchSize,
        @Bindable(defaultValue = "2") int workers,
        @Bindable(defaultValue = "10") int maxAttempts,
        @Bindable(defaultValue = "1s") Duration firstRetry,
        @Bindable(defaultValue = "10m") Duration maxRetry,
        @Bindable(defaultValue = "30s") Duration lease,
        @Bindable(defaultValue = "10s") Duration requestTimeout,
        @Bindable(defaultValue = "true") boolean scheduled) {

    public boolean configured() {
        return url != null && !url.isBlank();
    }

    /** The registry's base URL without a trailing slash. */
    public String base() {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
