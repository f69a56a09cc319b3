package cn.tuanbiao.documents.domain;

/** A version's file, for download. */
public record DocumentContent(DocumentVersion version, byte[] bytes) {
}
