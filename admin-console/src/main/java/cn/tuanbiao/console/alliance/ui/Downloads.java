package cn.tuanbiao.console.alliance.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.function.Consumer;

/** A download link whose file is written on click, with the same service calls as the REST API. */
final class Downloads {

    private Downloads() {
    }

    static Anchor link(String label, String fileName, String mediaType, Consumer<OutputStream> writer) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            writer.accept(out);
            byte[] bytes = out.toByteArray();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, mediaType, bytes.length);
        }), label);
        link.setDownload(true);
        return link;
    }
}
