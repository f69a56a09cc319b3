package cn.tuanbiao.documents.domain;

import java.time.Instant;
import java.util.UUID;

/** One immutable version of a document: the file as uploaded, its fingerprint, who and when (LC-5). */
public record DocumentVersion(DocumentId document, int version, String fileName, String mediaType, long sizeBytes,
                              String sha256, UUID uploadedBy, String uploadedByName, Instant uploadedAt) {
}
