package cn.tuanbiao.registry.relay.service;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads what the registry holds for this deployment, by key (PROTOCOL §3 digests), signed like every request. */
@Singleton
public class RegistryDigests {

    private final RegistrySettings settings;
    private final Enrolment enrolment;
    private final ObjectMapper json;
    private final RegistryClient client;

    public RegistryDigests(RegistrySettings settings, Enrolment enrolment, ObjectMapper json, RegistryClient client) {
        this.settings = settings;
        this.enrolment = enrolment;
        this.json = json;
        this.client = client;
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
        HttpRequest.Builder request = client.signed("GET", target, new byte[0], identity).GET();
        try {
            HttpResponse<String> response = client.http().send(request.build(), HttpResponse.BodyHandlers.ofString());
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
