package cn.tuanbiao.registry.relay.domain;

import cn.tuanbiao.notifications.domain.Backoff;

import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * When to try an event again (PROTOCOL §6): the platform's capped exponential {@link Backoff} as
 * the ceiling, with full jitter — a random wait between zero and that ceiling — and never sooner
 * than the registry's Retry-After; after {@code maxAttempts} attempts, give up (a dead letter).
 */
public record Retry(Duration first, Duration cap, int maxAttempts) {

    public Retry {
        new Backoff(first, cap, maxAttempts); // the same rules for its arguments
    }

    /** The ceiling of the wait after the {@code attempts}-th failed attempt (1 = the first). */
    public Duration ceiling(int attempts) {
        return backoff().after(attempts);
    }

    /** The next attempt: now plus a jittered wait, and not before the registry's Retry-After (when it gave one). */
    public Instant next(Instant now, int attempts, Duration retryAfter, RandomGenerator random) {
        long ceilingMillis = Math.max(1, ceiling(attempts).toMillis());
        Instant jittered = now.plusMillis(random.nextLong(ceilingMillis + 1));
        Instant notBefore = retryAfter == null ? now : now.plus(retryAfter);
        return jittered.isBefore(notBefore) ? notBefore : jittered;
    }

    public boolean givesUpAfter(int attempts) {
        return backoff().givesUpAfter(attempts);
    }

    private Backoff backoff() {
        return new Backoff(first, cap, maxAttempts);
    }
}
