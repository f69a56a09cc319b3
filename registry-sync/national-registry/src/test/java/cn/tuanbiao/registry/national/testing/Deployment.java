package cn.tuanbiao.registry.national.testing;

import cn.tuanbiao.registry.protocol.CanonicalJson;
import cn.tuanbiao.registry.protocol.ContentDigest;
import cn.tuanbiao.registry.protocol.MessageSignatures;
import cn.tuanbiao.registry.protocol.SignedRequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/** An enrolled deployment as a relay would act: it signs its batches and its reconciliation requests. */
public record Deployment(UUID id, String keyId, KeyPair keys, RegistryClient client) {

    /** Sends the events as one canonical batch under a new batch key, signed now. */
    @SafeVarargs
    public final Answer send(Map<String, Object>... events) {
        return send(batch(events), UUID.randomUUID());
    }

    public Answer send(byte[] body, UUID batchKey) {
        return send(body, batchKey, Instant.now(), headers -> { });
    }

    /** Sends {@code body} signed at {@code signedAt}; {@code change} may alter the headers after signing. */
    public Answer send(byte[] body, UUID batchKey, Instant signedAt, Consumer<Map<String, String>> change) {
        URI target = client.server().uri("/v1/deployments/" + id + "/events");
        Map<String, String> headers = signed("POST", target, body, batchKey.toString(), signedAt);
        change.accept(headers);
        HttpRequest.Builder request = HttpRequest.newBuilder(target).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return client.exchange(request.build());
    }

    /** {@code GET …/digests}, signed over an empty body. */
    public Answer digests(String query) {
        URI target = client.server().uri("/v1/deployments/" + id + "/digests" + query);
        HttpRequest.Builder request = HttpRequest.newBuilder(target).GET();
        Map<String, String> headers = signed("GET", target, new byte[0], null, Instant.now());
        headers.forEach(request::header);
        return client.exchange(request.build());
    }

    @SafeVarargs
    public final byte[] batch(Map<String, Object>... events) {
        try {
            return CanonicalJson.of(client.json().writeValueAsString(Map.of("events", List.of(events))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String bodyText(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }

    private Map<String, String> signed(String method, URI target, byte[] body, String batchKey, Instant at) {
        Map<String, String> headers = new HashMap<>();
        headers.put("content-digest", ContentDigest.of(body));
        if (batchKey != null) {
            headers.put("content-type", "application/json; charset=utf-8");
            headers.put("idempotency-key", batchKey);
        }
        SignedRequest unsigned = new SignedRequest(method, target.toString(), headers);
        headers.putAll(MessageSignatures.sign(unsigned, keyId, keys.getPrivate(), at));
        return headers;
    }
}
