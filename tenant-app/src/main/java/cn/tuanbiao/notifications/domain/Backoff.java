package cn.tuanbiao.notifications.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * When to try a failed delivery again: the first retry after {@code first}, each later one twice
 * as long after, never longer than {@code cap}; after {@code maxAttempts} attempts, give up.
 */
public record Backoff(Duration first, Duration cap, int maxAttempts) {

    public Backoff {
        if (first.isNegative() || first.isZero() || cap.compareTo(first) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("backoff: first > 0, cap >= first, maxAttempts >= 1");
        }
    }

    /** The wait after the {@code attempts}-th failed attempt (1 = the first). */
    public Duration after(int attempts) {
        Duration wait = first;
        for (int i = 1; i < attempts && wait.compareTo(cap) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(cap) > 0 ? cap : wait;
    }

    public Instant nextAttempt(Instant failedAt, int attempts) {
        return failedAt.plus(after(attempts));
    }

    public boolean givesUpAfter(int attempts) {
        return attempts >= maxAttempts;
    }
}
