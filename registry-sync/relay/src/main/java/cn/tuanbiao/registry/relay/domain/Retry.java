package cn.tuanbiao.registry.relay.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * When to try an event again (PROTOCOL §6): capped exponential backoff with full jitter — a random
 * wait between zero and min(cap, first·2^(n−1)) — never sooner than the registry's Retry-After;
 * after {@code maxAttempts} attempts, give up (a dead letter).
 */
public record Retry(Duration first, Duration cap, int maxAttempts) {

    public Retry {
        if (first.isNegative() || first.isZero() || cap.compareTo(first) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("retry: first > 0, cap >= first, maxAttempts >= 1");
        }
    }

    /** The ceiling of the wait after the {@code attempts}-th failed attempt (1 = the first). */
    public Duration ceiling(int attempts) {
        Duration wait = first;
        for (int i = 1; i < attempts && wait.compareTo(cap) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(cap) > 0 ? cap : wait;
    }

    /** The next attempt: now plus a jittered wait, and not before the registry's Retry-After (when it gave one). */
    public Instant next(Instant now, int attempts, Duration retryAfter, RandomGenerator random) {
        long ceilingMillis = Math.max(1, ceiling(attempts).toMillis());
        Instant jittered = now.plusMillis(random.nextLong(ceilingMillis + 1));
        Instant notBefore = retryAfter == null ? now : now.plus(retryAfter);
        return jittered.isBefore(notBefore) ? notBefore : jittered;
    }

    public boolean givesUpAfter(int attempts) {
        return attempts >= maxAttempts;
    }
}
