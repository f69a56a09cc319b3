package cn.tuanbiao.registry.relay.domain;

import java.time.Instant;
import java.util.UUID;

/** What the relay records about one event after an answer (or none): its new state and why. */
public record Mark(UUID tenant, UUID id, State state, UUID receipt, String code, String field, String message,
                   Instant nextAttempt) {

    public enum State { ACCEPTED, PENDING, REJECTED, DEAD }

    public static Mark accepted(ClaimedEvent e, UUID receipt) {
        return new Mark(e.tenant(), e.id(), State.ACCEPTED, receipt, null, null, null, null);
    }

    public static Mark retry(ClaimedEvent e, String code, String message, Instant next) {
        return new Mark(e.tenant(), e.id(), State.PENDING, null, code, null, message, next);
    }

    public static Mark rejected(ClaimedEvent e, String code, String field, String message) {
        return new Mark(e.tenant(), e.id(), State.REJECTED, null, code, field, message, null);
    }

    public static Mark dead(ClaimedEvent e, String code, String message) {
        return new Mark(e.tenant(), e.id(), State.DEAD, null, code, null, message, null);
    }
}
