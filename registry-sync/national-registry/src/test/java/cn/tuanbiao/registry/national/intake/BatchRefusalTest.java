package cn.tuanbiao.registry.national.intake;

import cn.tuanbiao.registry.national.testing.Answer;
import cn.tuanbiao.registry.national.testing.Deployment;
import cn.tuanbiao.registry.national.testing.RegistryClient;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static cn.tuanbiao.registry.national.testing.Events.creditCode;
import static cn.tuanbiao.registry.national.testing.Events.profile;
import static org.assertj.core.api.Assertions.assertThat;

/** PROTOCOL §2 and §6: refusals of a whole request, each with the protocol's status and code and a zh-CN message. */
class BatchRefusalTest {

    private final RegistryClient registry = new RegistryClient();
    private final Deployment deployment = registry.aDeployment();

    @Test
    void a_body_that_is_not_json_is_malformed() {
        Answer answer = deployment.send("events: none".getBytes(StandardCharsets.UTF_8), UUID.randomUUID());

        assertRefused(answer, 400, "MALFORMED");
    }

    @Test
    void an_envelope_field_of_the_wrong_type_is_malformed_and_named() {
        byte[] body = "{\"events\":[{\"idempotencyKey\":\"not-a-uuid\",\"key\":\"x\",\"sequence\":1,\"subject\":\"STANDARD\",\"type\":\"PUBLISHED\"}]}"
                .getBytes(StandardCharsets.UTF_8);

        Answer answer = deployment.send(body, UUID.randomUUID());

        assertRefused(answer, 400, "MALFORMED");
        assertThat(answer.text("field")).isEqualTo("events[0].idempotencyKey");
    }

    @Test
    void a_body_not_in_rfc_8785_form_is_not_canonical() {
        byte[] body = ("{\"events\": []}").getBytes(StandardCharsets.UTF_8);

        assertRefused(deployment.send(body, UUID.randomUUID()), 400, "NOT_CANONICAL");
    }

    @Test
    void a_content_digest_that_does_not_match_the_body_is_a_digest_mismatch() {
        byte[] body = deployment.batch(profile(creditCode(), 1));

        Answer answer = deployment.send(body, UUID.randomUUID(), Instant.now(),
                headers -> headers.put("content-digest", "sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:"));

        assertRefused(answer, 400, "DIGEST_MISMATCH");
    }

    @Test
    void a_signature_over_other_headers_is_invalid() {
        byte[] body = deployment.batch(profile(creditCode(), 1));

        Answer answer = deployment.send(body, UUID.randomUUID(), Instant.now(),
                headers -> headers.put("idempotency-key", UUID.randomUUID().toString()));

        assertRefused(answer, 401, "SIGNATURE_INVALID");
    }

    @Test
    void a_request_without_a_signature_is_refused_as_signature_missing() {
        byte[] body = deployment.batch(profile(creditCode(), 1));

        Answer answer = deployment.send(body, UUID.randomUUID(), Instant.now(), headers -> headers.remove("signature"));

        assertRefused(answer, 401, "SIGNATURE_MISSING");
    }

    @Test
    void a_signature_older_than_five_minutes_and_the_allowed_skew_is_expired() {
        byte[] body = deployment.batch(profile(creditCode(), 1));

        Answer answer = deployment.send(body, UUID.randomUUID(), Instant.now().minus(Duration.ofMinutes(7)), headers -> { });

        assertRefused(answer, 401, "SIGNATURE_EXPIRED");
    }

    @Test
    void a_key_id_the_registry_never_enrolled_is_an_unknown_key() {
        Deployment stranger = new Deployment(deployment.id(), deployment.id() + "#9", RegistryClient.newKeys(), registry);

        assertRefused(stranger.send(profile(creditCode(), 1)), 401, "UNKNOWN_KEY");
    }

    @Test
    void a_valid_signature_by_another_deployments_key_is_not_your_subject() {
        Deployment other = registry.aDeployment();
        Deployment impersonating = new Deployment(deployment.id(), other.keyId(), other.keys(), registry);

        assertRefused(impersonating.send(profile(creditCode(), 1)), 403, "NOT_YOUR_SUBJECT");
    }

    @Test
    void the_same_batch_key_with_the_same_body_answers_the_stored_response_again() {
        byte[] body = deployment.batch(profile(creditCode(), 1));
        UUID batchKey = UUID.randomUUID();

        Answer first = deployment.send(body, batchKey);
        Answer replay = deployment.send(body, batchKey);

        assertThat(first.status()).isEqualTo(200);
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.text("results.0.outcome")).isEqualTo("APPLIED");
        assertThat(replay.text("results.0.receipt")).isEqualTo(first.text("results.0.receipt"));
        assertThat(replay.text("results.0.receivedAt")).isEqualTo(first.text("results.0.receivedAt"));
    }

    @Test
    void the_same_batch_key_with_another_body_is_refused_as_reused() {
        UUID batchKey = UUID.randomUUID();
        deployment.send(deployment.batch(profile(creditCode(), 1)), batchKey);

        Answer reused = deployment.send(deployment.batch(profile(creditCode(), 1)), batchKey);

        assertRefused(reused, 409, "IDEMPOTENCY_KEY_REUSED");
    }

    private static void assertRefused(Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.text("code")).isEqualTo(code);
        assertThat(answer.text("message")).as("a message in zh-CN").containsPattern("\\p{IsHan}");
    }
}
