package cn.tuanbiao.registry.relay.service;

import cn.tuanbiao.registry.protocol.ContentDigest;
import cn.tuanbiao.registry.protocol.MessageSignatures;
import cn.tuanbiao.registry.protocol.SignedRequest;
import cn.tuanbiao.registry.relay.domain.BatchAnswer;
import cn.tuanbiao.registry.relay.domain.ClaimedEvent;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Sends a batch of events to the registry over HTTP (PROTOCOL §2): the canonical body (the events
 * are stored canonical, so the batch is too), its Content-Digest, a fresh Idempotency-Key, and the
 * deployment's Ed25519 signature; and reads the answer into what the relay must do.
 */
@Singleton
public class RegistryClient {

    private static final String CONTENT_TYPE = "application/json; charset=utf-8";

    /**
     * Signatures are checked against the registry's wall clock, so they carry this machine's wall
     * clock, not the platform's business clock (which the demo replays and tests move).
     */
    private final Clock wallClock = Clock.systemUTC();
    private final RegistrySettings settings;
    private final ObjectMapper json;
    private final HttpClient http;

    public RegistryClient(RegistrySettings settings, ObjectMapper json) {
        this.settings = settings;
        this.json = json;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.requestTimeout()).build();
    }

    public BatchAnswer send(List<ClaimedEvent> events, DeploymentIdentity identity) {
        byte[] body = ("{\"events\":[" + events.stream().map(ClaimedEvent::event).collect(Collectors.joining(","))
                + "]}").getBytes(StandardCharsets.UTF_8);
        String target = settings.base() + "/v1/deployments/" + identity.deploymentId() + "/events";
        HttpRequest.Builder request = signed("POST", target, body, identity)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            return answer(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            return new BatchAnswer.TryLater(e.getClass().getSimpleName() + ": " + e.getMessage(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new BatchAnswer.TryLater("interrupted", null);
        }
    }

    /**
     * A request to the registry carrying the covered headers (content type, the body's digest, a
     * fresh idempotency key) and the deployment's signature over them (PROTOCOL §2); the caller
     * adds the method's body.
     */
    HttpRequest.Builder signed(String method, String target, byte[] body, DeploymentIdentity identity) {
        Map<String, String> covered = Map.of("content-type", CONTENT_TYPE, "content-digest", ContentDigest.of(body),
                "idempotency-key", UUID.randomUUID().toString());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target)).timeout(settings.requestTimeout());
        covered.forEach(request::header);
        MessageSignatures.sign(new SignedRequest(method, target, covered), identity.keyId(), identity.privateKey(),
                wallClock.instant()).forEach(request::header);
        return request;
    }

    /** The registry's HTTP client, shared by everything that talks to it. */
    HttpClient http() {
        return http;
    }

    private BatchAnswer answer(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status == 200 || status == 201) {
            try {
                return new BatchAnswer.Processed(json.readValue(response.body(), BatchAnswer.Results.class).results());
            } catch (IOException | RuntimeException e) {
                return new BatchAnswer.Refused(status, "UNREADABLE_ANSWER", e.getMessage());
            }
        }
        if (status == 408 || status == 429 || status >= 500) {
            return new BatchAnswer.TryLater("HTTP " + status, retryAfter(response));
        }
        try {
            BatchAnswer.Refusal refusal = json.readValue(response.body(), BatchAnswer.Refusal.class);
            return new BatchAnswer.Refused(status, refusal.code(), refusal.message());
        } catch (IOException | RuntimeException e) {
            return new BatchAnswer.Refused(status, "HTTP_" + status, response.body());
        }
    }

    /** Retry-After in seconds (the registry's form; an HTTP date is read as no advice). */
    private static Duration retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("retry-after").map(String::strip).filter(v -> v.matches("\\d{1,6}"))
                .map(v -> Duration.ofSeconds(Long.parseLong(v))).orElse(null);
    }
}
