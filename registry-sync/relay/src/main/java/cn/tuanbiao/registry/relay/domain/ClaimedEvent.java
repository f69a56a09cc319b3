package cn.tuanbiao.registry.relay.domain;

import java.util.UUID;

/** An event the relay claimed from the outbox: whose, which, its canonical JSON and how many times it was tried. */
public record ClaimedEvent(UUID tenant, UUID id, String subject, String subjectKey, int sequence, String event,
                           int attempts) {
}
