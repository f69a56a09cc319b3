package cn.tuanbiao.registry.national.intake;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A version the registry stored: what identifies the event, and the receipt the deployment got for it. */
record AppliedVersion(
        UUID idempotencyKey,
        Subject subject,
        String key,
        int sequence,
        String eventDigest,
        String contentHash,
        UUID receipt,
        OffsetDateTime receivedAt) {
}
