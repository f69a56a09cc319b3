package cn.tuanbiao.documents.domain;

import java.time.Instant;
import java.util.UUID;

/** A document slot of a subject with its newest version, as lists show it. */
public record StoredDocument(DocumentId id, String subjectType, UUID subjectId, DocumentKind kind, String title,
                             DocumentVersion latest, Instant createdAt) {
}
