package cn.tuanbiao.documents.api;

import cn.tuanbiao.documents.domain.DocumentKind;
import cn.tuanbiao.documents.domain.DocumentVersion;
import cn.tuanbiao.documents.domain.StoredDocument;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** How documents and versions look in the API. */
public final class DocumentViews {

    private DocumentViews() {
    }

    @Serdeable
    public record DocumentView(String id, DocumentKind kind, String title, VersionView latest) {

        public static DocumentView of(StoredDocument d) {
            return new DocumentView(d.id().toString(), d.kind(), d.title(), VersionView.of(d.latest()));
        }
    }

    @Serdeable
    public record VersionView(String documentId, int version, String fileName, String mediaType, long sizeBytes,
                              String sha256, String uploadedBy, @Nullable String uploadedByName, String uploadedAt) {

        public static VersionView of(DocumentVersion v) {
            return new VersionView(v.document().toString(), v.version(), v.fileName(), v.mediaType(), v.sizeBytes(),
                    v.sha256(), v.uploadedBy().toString(), v.uploadedByName(), v.uploadedAt().toString());
        }
    }
}
