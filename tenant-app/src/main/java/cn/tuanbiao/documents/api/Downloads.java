package cn.tuanbiao.documents.api;

import cn.tuanbiao.documents.domain.DocumentContent;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A file as a REST answer: its bytes, its type, and its (Chinese) name as an RFC 6266 attachment. */
public final class Downloads {

    private Downloads() {
    }

    public static MutableHttpResponse<byte[]> attachment(DocumentContent content) {
        return attachment(content.bytes(), content.version().mediaType(), content.version().fileName());
    }

    public static MutableHttpResponse<byte[]> attachment(byte[] bytes, String mediaType, String fileName) {
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return HttpResponse.ok(bytes).contentType(mediaType)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''" + encoded);
    }
}
