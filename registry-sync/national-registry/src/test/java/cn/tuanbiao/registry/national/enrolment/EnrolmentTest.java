package cn.tuanbiao.registry.national.enrolment;

import cn.tuanbiao.registry.national.testing.Answer;
import cn.tuanbiao.registry.national.testing.RegistryClient;
import cn.tuanbiao.registry.national.testing.RegistryServer;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.util.UUID;

import static cn.tuanbiao.registry.national.testing.RegistryClient.enrolment;
import static cn.tuanbiao.registry.national.testing.RegistryClient.newKeys;
import static org.assertj.core.api.Assertions.assertThat;

/** PROTOCOL §1 and §3: the registry operator's enrolment token admits a deployment's Ed25519 key. */
class EnrolmentTest {

    private final RegistryClient registry = new RegistryClient();

    @Test
    void enrolment_needs_the_operators_token() {
        String body = enrolment("未授权的部署", newKeys(), null);

        assertThat(registry.enrol(null, body).status()).isEqualTo(401);
        Answer wrongToken = registry.enrol("guessed-token", body);
        assertThat(wrongToken.status()).isEqualTo(401);
        assertThat(wrongToken.text("code")).isEqualTo("ENROLMENT_TOKEN_INVALID");
    }

    @Test
    void a_new_key_creates_a_deployment_and_its_first_key_id() {
        Answer answer = registry.enrol(RegistryServer.ENROLMENT_TOKEN, enrolment("杭州团标工作站", newKeys(), null));

        assertThat(answer.status()).isEqualTo(201);
        UUID deploymentId = UUID.fromString(answer.text("deploymentId"));
        assertThat(answer.text("keyId")).isEqualTo(deploymentId + "#1");
    }

    @Test
    void enrolling_the_same_key_again_answers_the_existing_ids_so_a_deployment_may_enrol_on_every_start() {
        KeyPair keys = newKeys();
        Answer first = registry.enrol(RegistryServer.ENROLMENT_TOKEN, enrolment("宁波团标工作站", keys, null));
        Answer again = registry.enrol(RegistryServer.ENROLMENT_TOKEN, enrolment("宁波团标工作站", keys, null));

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.text("deploymentId")).isEqualTo(first.text("deploymentId"));
        assertThat(again.text("keyId")).isEqualTo(first.text("keyId"));
    }

    @Test
    void a_second_key_of_a_known_deployment_is_its_next_key_for_a_rotation() {
        Answer first = registry.enrol(RegistryServer.ENROLMENT_TOKEN, enrolment("温州团标工作站", newKeys(), null));
        UUID deploymentId = UUID.fromString(first.text("deploymentId"));

        Answer rotated = registry.enrol(RegistryServer.ENROLMENT_TOKEN, enrolment("温州团标工作站", newKeys(), deploymentId));

        assertThat(rotated.status()).isEqualTo(201);
        assertThat(rotated.text("keyId")).isEqualTo(deploymentId + "#2");
    }

    @Test
    void a_public_key_that_is_not_ed25519_or_an_unknown_deployment_is_refused() {
        Answer notAKey = registry.enrol(RegistryServer.ENROLMENT_TOKEN,
                "{\"name\":\"坏钥匙\",\"publicKey\":\"bm90IGEga2V5\"}");
        assertThat(notAKey.status()).isEqualTo(400);
        assertThat(notAKey.text("code")).isEqualTo("FIELD_INVALID");
        assertThat(notAKey.text("field")).isEqualTo("publicKey");

        Answer unknown = registry.enrol(RegistryServer.ENROLMENT_TOKEN, enrolment("无此部署", newKeys(), UUID.randomUUID()));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text("code")).isEqualTo("UNKNOWN_DEPLOYMENT");
    }
}
