package cn.tuanbiao.audit.domain;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * An event as the audit log stores it: the recorded fact, its place in the organization's chain
 * and the hashes that link it to its predecessor (AUD-1).
 */
public record AuditEvent(UUID tenant, long sequence, Instant recordedAt, UUID actor, String actorName,
                         String subjectType, UUID subjectId, String action, String reason, Map<String, String> details,
                         String previousHash, String hash) {

    public AuditEvent {
        details = Map.copyOf(details);
    }

    /** Whether the stored hash is the one its content and predecessor give. */
    public boolean hashMatchesContent() {
        return AuditChain.hashOf(this).equals(hash);
    }
}
