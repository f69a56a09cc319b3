package cn.tuanbiao.registry.national.testing;

import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.UUID;

/** Real HTTP to the test registry ({@link java.net.http.HttpClient}), and deployments enrolled in one line. */
public final class RegistryClient {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final RegistryServer server = RegistryServer.get();

    public RegistryServer server() {
        return server;
    }

    public JsonMapper json() {
        return server.context().getBean(JsonMapper.class);
    }

    /** A new deployment with a new Ed25519 key, enrolled with the operator's token. */
    public Deployment aDeployment() {
        KeyPair keys = newKeys();
        Answer answer = enrol(RegistryServer.ENROLMENT_TOKEN, enrolment("浙江省团体标准工作站", keys, null));
        if (answer.status() != 201) {
            throw new AssertionError("enrolment failed: " + answer);
        }
        return new Deployment(UUID.fromString(answer.text("deploymentId")), answer.text("keyId"), keys, this);
    }

    public static KeyPair newKeys() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String enrolment(String name, KeyPair keys, UUID deploymentId) {
        String key = Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
        return "{\"name\":\"" + name + "\",\"publicKey\":\"" + key + "\""
                + (deploymentId == null ? "" : ",\"deploymentId\":\"" + deploymentId + "\"") + "}";
    }

    public Answer enrol(String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri("/v1/enrolments"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return exchange(request.build());
    }

    public Answer get(String path) {
        return exchange(HttpRequest.newBuilder(server.uri(path)).GET().build());
    }

    public static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    Answer exchange(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body(), json());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
