package cn.tuanbiao.registry.national.reconciliation;

import cn.tuanbiao.registry.national.testing.Answer;
import cn.tuanbiao.registry.national.testing.Deployment;
import cn.tuanbiao.registry.national.testing.RegistryClient;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static cn.tuanbiao.registry.national.testing.Events.creditCode;
import static cn.tuanbiao.registry.national.testing.Events.profile;
import static cn.tuanbiao.registry.national.testing.Events.published;
import static org.assertj.core.api.Assertions.assertThat;

/** PROTOCOL §7: a deployment pages through what the registry holds for it, by key, to find drift. */
class DigestsTest {

    private final RegistryClient registry = new RegistryClient();

    @Test
    void a_deployment_pages_through_its_subjects_in_key_order_with_sequence_and_content_hash() {
        Deployment deployment = registry.aDeployment();
        String creditCode = creditCode();
        Answer sent = deployment.send(profile(creditCode, 1),
                published(creditCode, "a", "T/ZJZZ 1—2026", "标准甲"),
                published(creditCode, "b", "T/ZJZZ 2—2026", "标准乙"));

        List<String> keys = new ArrayList<>();
        Answer page = deployment.digests("?limit=2");
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        keys.add(page.text("items.0.key"));
        keys.add(page.text("items.1.key"));
        assertThat(page.text("next")).isEqualTo(creditCode + ":a");
        Answer last = deployment.digests("?limit=2&after=" + page.text("next"));
        keys.add(last.text("items.0.key"));

        assertThat(keys).containsExactly(creditCode, creditCode + ":a", creditCode + ":b");
        assertThat(last.has("next")).isFalse();
        assertThat(page.text("items.0.subject")).isEqualTo("ORGANIZATION");
        assertThat(page.text("items.1.subject")).isEqualTo("STANDARD");
        assertThat(page.integer("items.1.sequence")).isEqualTo(1);
        assertThat(page.text("items.1.contentHash")).isEqualTo(sent.text("results.1.contentHash"));
    }

    @Test
    void digests_are_answered_only_to_a_signed_request_of_the_same_deployment() {
        Deployment deployment = registry.aDeployment();
        Deployment other = registry.aDeployment();

        Answer unsigned = registry.get("/v1/deployments/" + deployment.id() + "/digests");
        Answer foreign = new Deployment(deployment.id(), other.keyId(), other.keys(), registry).digests("");

        assertThat(unsigned.status()).isEqualTo(401);
        assertThat(unsigned.text("code")).isEqualTo("SIGNATURE_MISSING");
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.text("code")).isEqualTo("NOT_YOUR_SUBJECT");
    }
}
