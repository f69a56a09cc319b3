package cn.tuanbiao.testing;

import io.micronaut.context.annotation.Replaces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The platform's clock in tests: starts now, and tests move it instead of sleeping. */
@Singleton
@Replaces(Clock.class)
public class MutableClock extends Clock {

    private volatile Instant now = Instant.now();

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /**
     * The same moving instant seen in {@code zone}: "today in China" is China's date also between
     * 16:00 and 24:00 UTC, when it is already tomorrow there.
     */
    @Override
    public Clock withZone(ZoneId zone) {
        MutableClock moving = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return moving.withZone(other);
            }

            @Override
            public Instant instant() {
                return moving.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        return now;
    }
}
