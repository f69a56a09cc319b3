package cn.tuanbiao.documents.ui;

import cn.tuanbiao.documents.domain.DocumentContent;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.NotFoundException;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/** A link that downloads a stored document version, read only when clicked; 404 when it may not be read. */
public final class DocumentLinks {

    private DocumentLinks() {
    }

    public static Anchor download(String label, Supplier<DocumentContent> content) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                DocumentContent found = content.get();
                return new DownloadResponse(new ByteArrayInputStream(found.bytes()), found.version().fileName(),
                        found.version().mediaType(), found.bytes().length);
            } catch (AccessDeniedException | NotFoundException e) {
                return DownloadResponse.error(404);
            }
        }), label);
        link.setDownload(true);
        return link;
    }
}
