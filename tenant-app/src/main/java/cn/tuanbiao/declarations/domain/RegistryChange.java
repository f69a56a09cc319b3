package cn.tuanbiao.declarations.domain;

import java.time.Instant;
import java.util.UUID;

/** One event in the registry outbox with its sync state and the canonical JSON sent, for the organization to follow. */
public record RegistryChange(UUID id, Subject subject, String subjectKey, UUID standardId, int sequence,
                             EventType type, SyncState state, int attempts, String errorCode, String errorField,
                             String errorMessage, UUID receipt, Instant createdAt, Instant acceptedAt,
                             String event) {
}
