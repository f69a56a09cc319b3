package cn.tuanbiao.registry.protocol;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PROTOCOL §2 and §6: a deployment's request is canonical JSON, digested (RFC 9530) and signed with
 * Ed25519 (RFC 9421); the registry accepts it as sent and refuses, with the protocol's code, a changed
 * body, a changed header, an expired signature, an unknown key.
 */
class RegistryProtocolSigningTest {

    private static final String TARGET = "https://registry.example.cn/v1/deployments/6f1c/standards/91330000X:1/events";
    private static final Instant NOW = Instant.parse("2026-11-30T06:00:00Z");

    private KeyPair deployment;
    private Function<String, PublicKey> enrolled;

    @BeforeEach
    void anEnrolledDeployment() throws NoSuchAlgorithmException {
        deployment = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        enrolled = keyId -> "6f1c#1".equals(keyId) ? deployment.getPublic() : null;
    }

    @Test
    void canonical_json_sorts_members_and_drops_white_space_as_rfc_8785_says() {
        byte[] canonical = CanonicalJson.of("{ \"standard\": {\"title\": \"智能制造 数字孪生\", \"number\": \"T/ZJZZ 5—2026\"},\n"
                + "  \"sequence\": 1, \"type\": \"PUBLISHED\" }");

        assertThat(new String(canonical, StandardCharsets.UTF_8)).isEqualTo(
                "{\"sequence\":1,\"standard\":{\"number\":\"T/ZJZZ 5—2026\",\"title\":\"智能制造 数字孪生\"},\"type\":\"PUBLISHED\"}");
        assertThat(CanonicalJson.isCanonical(canonical)).isTrue();
        assertThat(CanonicalJson.isCanonical("{ \"b\": 1, \"a\": 2 }".getBytes(StandardCharsets.UTF_8))).isFalse();
    }

    @Test
    void the_content_digest_is_the_one_rfc_9530_gives_for_its_example() {
        assertThat(ContentDigest.of("{\"hello\": \"world\"}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:");
    }

    @Test
    void a_signed_request_is_accepted_as_sent() {
        byte[] body = CanonicalJson.of("{\"type\":\"PUBLISHED\",\"sequence\":1}");
        SignedRequest request = signed(body, NOW);

        assertThat(MessageSignatures.verify(request, body, enrolled, NOW.plusSeconds(30))).isEmpty();
    }

    @Test
    void a_changed_body_a_changed_header_a_late_arrival_and_a_stranger_are_refused_with_the_protocol_codes() {
        byte[] body = CanonicalJson.of("{\"type\":\"PUBLISHED\",\"sequence\":1}");
        SignedRequest request = signed(body, NOW);
        byte[] changed = CanonicalJson.of("{\"type\":\"WITHDRAWN\",\"sequence\":1}");

        assertThat(MessageSignatures.verify(request, changed, enrolled, NOW))
                .contains(MessageSignatures.Refusal.DIGEST_MISMATCH);
        assertThat(MessageSignatures.verify(withHeader(request, "idempotency-key", "another-key"), body, enrolled, NOW))
                .contains(MessageSignatures.Refusal.SIGNATURE_INVALID);
        assertThat(MessageSignatures.verify(request, body, enrolled, NOW.plus(Duration.ofMinutes(7))))
                .contains(MessageSignatures.Refusal.SIGNATURE_EXPIRED);
        assertThat(MessageSignatures.verify(request, body, keyId -> null, NOW))
                .contains(MessageSignatures.Refusal.UNKNOWN_KEY);
        assertThat(MessageSignatures.verify(withHeader(request, "signature", null), body, enrolled, NOW))
                .contains(MessageSignatures.Refusal.SIGNATURE_MISSING);
    }

    @Test
    void a_signature_by_another_key_under_an_enrolled_key_id_is_invalid() throws NoSuchAlgorithmException {
        KeyPair impostor = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        byte[] body = CanonicalJson.of("{\"type\":\"PUBLISHED\",\"sequence\":1}");
        SignedRequest unsigned = unsigned(body);
        Map<String, String> headers = new HashMap<>(unsigned.headers());
        headers.putAll(MessageSignatures.sign(unsigned, "6f1c#1", impostor.getPrivate(), NOW));

        assertThat(MessageSignatures.verify(new SignedRequest("POST", TARGET, headers), body, enrolled, NOW))
                .isEqualTo(Optional.of(MessageSignatures.Refusal.SIGNATURE_INVALID));
    }

    private SignedRequest signed(byte[] body, Instant at) {
        SignedRequest unsigned = unsigned(body);
        Map<String, String> headers = new HashMap<>(unsigned.headers());
        headers.putAll(MessageSignatures.sign(unsigned, "6f1c#1", deployment.getPrivate(), at));
        return new SignedRequest("POST", TARGET, headers);
    }

    private static SignedRequest unsigned(byte[] body) {
        return new SignedRequest("POST", TARGET, Map.of("content-type", "application/json; charset=utf-8",
                "content-digest", ContentDigest.of(body), "idempotency-key", "0b9e4c36-3f55-4a4f-9a52-2d5e8d9b1a77"));
    }

    private static SignedRequest withHeader(SignedRequest request, String name, String value) {
        Map<String, String> headers = new HashMap<>(request.headers());
        if (value == null) {
            headers.remove(name);
        } else {
            headers.put(name, value);
        }
        return new SignedRequest(request.method(), request.targetUri(), headers);
    }
}
