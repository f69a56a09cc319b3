package cn.tuanbiao.registry.national.oai;

import cn.tuanbiao.registry.national.shared.RegistrySettings;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * OAI-PMH 2.0 at {@code /oai} (PROTOCOL §8): GET with the arguments in the query, or POST with them
 * as an {@code application/x-www-form-urlencoded} body, as the specification allows. Answers are
 * {@code text/xml} with status 200, errors included (they are OAI-PMH errors, not HTTP ones). The
 * schema of {@code tb_selfdecl} is served beside it.
 */
@Controller("/oai")
class OaiController {

    private static final MediaType XML = MediaType.of("text/xml;charset=UTF-8");

    private final OaiResponder responder;
    private final RegistrySettings registry;

    OaiController(OaiResponder responder, RegistrySettings registry) {
        this.responder = responder;
        this.registry = registry;
    }

    @Get
    HttpResponse<Writable> get(HttpRequest<?> request) {
        return answer(request, query(request.getUri().getRawQuery()));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<Writable> post(HttpRequest<?> request, @Nullable @Body String body) {
        Map<String, List<String>> arguments = query(request.getUri().getRawQuery());
        query(body).forEach((name, values) -> arguments.computeIfAbsent(name, n -> new ArrayList<>()).addAll(values));
        return answer(request, arguments);
    }

    @Get("/schemas/tb_selfdecl.xsd")
    HttpResponse<byte[]> selfDeclarationSchema() throws IOException {
        try (InputStream schema = getClass().getResourceAsStream("/oai/tb_selfdecl.xsd")) {
            return HttpResponse.ok(schema.readAllBytes()).contentType(XML);
        }
    }

    private HttpResponse<Writable> answer(HttpRequest<?> request, Map<String, List<String>> arguments) {
        String baseUrl = baseUrl(request);
        Writable document = new Writable() {
            @Override
            public void writeTo(OutputStream out, Charset charset) {
                responder.respond(arguments, baseUrl, out);
            }

            @Override
            public void writeTo(Writer out) throws IOException {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                responder.respond(arguments, baseUrl, buffer);
                out.write(buffer.toString(StandardCharsets.UTF_8));
            }
        };
        return HttpResponse.ok(document).contentType(XML);
    }

    /** The configured public address, else this request's scheme and Host, followed by {@code /oai}. */
    private String baseUrl(HttpRequest<?> request) {
        String origin = registry.publicUrl().isEmpty()
                ? (request.isSecure() ? "https" : "http") + "://" + request.getHeaders().get("host")
                : registry.publicUrl();
        return origin + "/oai";
    }

    /** Arguments of a query string or form body, every value kept (a repeated argument is a badArgument). */
    static Map<String, List<String>> query(String encoded) {
        Map<String, List<String>> arguments = new LinkedHashMap<>();
        if (encoded == null || encoded.isBlank()) {
            return arguments;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                arguments.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            } catch (IllegalArgumentException e) {
                // a malformed escape: keep the raw text, which no verb accepts
                arguments.computeIfAbsent(pair, n -> new ArrayList<>()).add("");
            }
        }
        return arguments;
    }
}
