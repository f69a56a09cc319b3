package cn.tuanbiao.registry.national.intake;

import io.micronaut.json.tree.JsonNode;

import java.util.UUID;

/**
 * One event of a batch as received: its envelope, the whole event in canonical JSON (what is stored),
 * the SHA-256 of that (a reused idempotency key must match it), and its declaration, profile or statement in
 * canonical JSON with its content hash (what reconciliation compares).
 */
record Event(
        UUID idempotencyKey,
        Subject subject,
        String key,
        int sequence,
        EventType type,
        JsonNode node,
        String canonicalJson,
        String eventDigest,
        String contentJson,
        String contentHash) {

    /** The declaration (STANDARD), profile (ORGANIZATION), statement (STATEMENT) or violation (VIOLATION); null when missing. */
    JsonNode content() {
        return node.get(contentField());
    }

    String contentField() {
        return subject.contentField();
    }

    /** The credit code of the organization the event belongs to: the key, or the prefix of a standard's, statement's or violation's key. */
    String organizationKey() {
        int colon = key.indexOf(':');
        return !subject.ofAnOrganization() || colon < 0 ? key : key.substring(0, colon);
    }
}
