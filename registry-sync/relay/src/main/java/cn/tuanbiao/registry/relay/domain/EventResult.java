package cn.tuanbiao.registry.relay.domain;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/** The registry's answer about one event of a batch (PROTOCOL §6). */
@Serdeable
public record EventResult(UUID idempotencyKey, String outcome, @Nullable UUID receipt, @Nullable Integer sequence,
                          @Nullable Integer expected, @Nullable String field, @Nullable String message) {

    public boolean applied() {
        return "APPLIED".equals(outcome) || "ALREADY_APPLIED".equals(outcome);
    }
}
