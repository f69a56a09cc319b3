package cn.tuanbiao.registry.national.reconciliation;

import io.micronaut.serde.annotation.Serdeable;

/** What the registry holds for one subject of a deployment: its last sequence and content hash (PROTOCOL §7). */
@Serdeable
public record Digest(String subject, String key, int sequence, String contentHash) {
}
