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
     * The same moving instant seen in another zone: "today in China" must be China's date, also
     * between 16:00 and 24:00 UTC when it is already tomorrow there.
     */
    @Override
    public Clock withZone(ZoneId zone) {
        return new Zoned(this, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }

    private static final class Zoned extends Clock {

        private final MutableClock source;
        private final ZoneId zone;

        private Zoned(MutableClock source, ZoneId zone) {
            this.source = source;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new Zoned(source, other);
        }

        @Override
        public Instant instant() {
            return source.instant();
        }
    }
}
