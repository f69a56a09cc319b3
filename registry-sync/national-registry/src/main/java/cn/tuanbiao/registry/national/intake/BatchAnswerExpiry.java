package cn.tuanbiao.registry.national.intake;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Batch keys are kept 30 days (PROTOCOL §4): older stored answers are removed hourly. Events keep their own keys for ever. */
@Singleton
class BatchAnswerExpiry {

    static final Duration KEPT = Duration.ofDays(30);
    private static final Logger LOG = LoggerFactory.getLogger(BatchAnswerExpiry.class);

    private final DSLContext dsl;
    private final Clock clock;

    BatchAnswerExpiry(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "1m")
    void removeExpired() {
        int removed = dsl.execute("delete from batches where received_at < ?::timestamptz",
                OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).minus(KEPT));
        if (removed > 0) {
            LOG.info("Removed {} stored batch answers older than {} days", removed, KEPT.toDays());
        }
    }
}
