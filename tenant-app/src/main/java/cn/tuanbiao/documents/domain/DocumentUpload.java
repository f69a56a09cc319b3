package cn.tuanbiao.documents.domain;

import java.util.UUID;

/**
 * What a user submits to add a version: the subject and slot it belongs to, and the file's name.
 * The bytes travel separately, as a stream.
 */
public record DocumentUpload(String subjectType, UUID subjectId, DocumentKind kind, String title, String fileName) {
}
