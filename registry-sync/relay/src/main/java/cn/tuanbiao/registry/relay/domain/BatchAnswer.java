package cn.tuanbiao.registry.relay.domain;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Duration;
import java.util.List;

/** What became of one batch sent to the registry. */
public sealed interface BatchAnswer {

    /** The registry processed the batch: one result per event, in order. */
    record Processed(List<EventResult> results) implements BatchAnswer {
    }

    /** The registry refused the request itself (PROTOCOL §6: MALFORMED, NOT_CANONICAL, signature, key reuse). */
    record Refused(int status, String code, String message) implements BatchAnswer {
    }

    /** No usable answer: 408, 429, 5xx, a timeout or a broken connection; try again, not before {@code retryAfter}. */
    record TryLater(String reason, Duration retryAfter) implements BatchAnswer {
    }

    /** The body of a processed batch. */
    @Serdeable
    record Results(List<EventResult> results) {
    }

    /** The body of a refusal. */
    @Serdeable
    record Refusal(String code, String message) {
    }
}
