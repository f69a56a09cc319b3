package cn.tuanbiao.registry.relay.service;

import cn.tuanbiao.registry.protocol.ContentDigest;
import cn.tuanbiao.registry.protocol.MessageSignatures;
import cn.tuanbiao.registry.protocol.SignedRequest;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads what the registry holds for this deployment, by key (PROTOCOL §3 digests), signed like every request. */
@Singleton
public class RegistryDigests {

    private final RegistrySettings settings;
    private final Enrolment enrolment;
    private final ObjectMapper json;
    /** Signatures carry the wall clock the registry checks them against (see RegistryClient). */
    private final Clock wallClock = Clock.systemUTC();
    private final HttpClient http;

    public RegistryDigests(RegistrySettings settings, Enrolment enrolment, ObjectMapper json) {
        this.settings = settings;
        this.enrolment = enrolment;
        this.json = json;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.requestTimeout()).build();
    }

    @Serdeable
    public record Digest(String subject, String key, int sequence, String contentHash) {
    }

    @Serdeable
    public record Page(List<Digest> items, @Nullable String next) {
    }

    /** The digests after {@code afterKey}, at most {@code limit}. */
    public Page page(String afterKey, int limit) {
        DeploymentIdentity identity = enrolment.identity();
        String target = settings.base() + "/v1/deployments/" + identity.deploymentId() + "/digests?after="
                + URLEncoder.encode(afterKey, StandardCharsets.UTF_8) + "&limit=" + limit;
        Map<String, String> covered = Map.of("content-type", "application/json; charset=utf-8",
                "content-digest", ContentDigest.of(new byte[0]), "idempotency-key", UUID.randomUUID().toString());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target)).timeout(settings.requestTimeout()).GET();
        covered.forEach(request::header);
        MessageSignatures.sign(new SignedRequest("GET", target, covered), identity.keyId(), identity.privateKey(),
                wallClock.instant()).forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("registry digests: HTTP " + response.statusCode() + " " + response.body());
            }
            return json.readValue(response.body(), Page.class);
        } catch (IOException e) {
            throw new UncheckedIOException("registry digests unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
