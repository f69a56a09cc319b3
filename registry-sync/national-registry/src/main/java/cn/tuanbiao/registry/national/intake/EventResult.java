package cn.tuanbiao.registry.national.intake;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/** The registry's answer for one event of a batch (PROTOCOL §6), in the batch's order. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
record EventResult(
        UUID idempotencyKey,
        String outcome,
        UUID receipt,
        int sequence,
        String contentHash,
        String receivedAt,
        Integer expected,
        String field,
        String message) {

    static EventResult applied(Event event, AppliedVersion version) {
        return new EventResult(event.idempotencyKey(), "APPLIED", version.receipt(), event.sequence(),
                version.contentHash(), version.receivedAt().toString(), null, null, null);
    }

    /** Already applied, by this key or another with the same content: the original receipt. */
    static EventResult alreadyApplied(Event event, AppliedVersion version) {
        return new EventResult(event.idempotencyKey(), "ALREADY_APPLIED", version.receipt(), version.sequence(),
                version.contentHash(), version.receivedAt().toString(), null, null, null);
    }

    static EventResult outOfOrder(Event event, int expected) {
        return new EventResult(event.idempotencyKey(), "OUT_OF_ORDER", null, event.sequence(), null, null, expected,
                null, "事件顺序不连续：登记处期待第 " + expected + " 号事件");
    }

    static EventResult fieldInvalid(Event event, FieldViolation violation) {
        return new EventResult(event.idempotencyKey(), "FIELD_INVALID", null, event.sequence(), null, null, null,
                violation.field(), violation.message());
    }

    static EventResult refused(Event event, String outcome, String message) {
        return new EventResult(event.idempotencyKey(), outcome, null, event.sequence(), null, null, null, null, message);
    }
}
