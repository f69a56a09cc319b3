package cn.tuanbiao.registry.national.intake;

import cn.tuanbiao.registry.national.testing.Answer;
import cn.tuanbiao.registry.national.testing.Deployment;
import cn.tuanbiao.registry.national.testing.RegistryClient;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static cn.tuanbiao.registry.national.testing.Events.creditCode;
import static cn.tuanbiao.registry.national.testing.Events.organizationCode;
import static cn.tuanbiao.registry.national.testing.Events.profile;
import static cn.tuanbiao.registry.national.testing.Events.published;
import static cn.tuanbiao.registry.national.testing.RegistryClient.encoded;
import static org.assertj.core.api.Assertions.assertThat;

/** The key demo: a standard a deployment publishes (PUB-1 self-declaration) is visible and searchable in the registry. */
class PublicationTest {

    private final RegistryClient registry = new RegistryClient();

    @Test
    void a_signed_batch_with_a_profile_and_a_publication_is_applied_and_the_standard_is_searchable_with_its_versions() {
        Deployment deployment = registry.aDeployment();
        String creditCode = creditCode();
        String number = "T/" + organizationCode() + " 13—2026";
        Map<String, Object> publication = published(creditCode, "std-13", number, "智能制造 数字孪生系统通用要求");

        Answer answer = deployment.send(profile(creditCode, 1), publication);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.text("results.0.outcome")).isEqualTo("APPLIED");
        assertThat(answer.text("results.1.outcome")).isEqualTo("APPLIED");
        assertThat(answer.text("results.1.receipt")).isNotBlank();
        assertThat(answer.text("results.1.contentHash")).hasSize(64);

        Answer search = registry.get("/v1/standards?q=" + encoded("数字孪生") + "&organization=" + creditCode);
        assertThat(search.integer("total")).isEqualTo(1);
        assertThat(search.text("items.0.number")).isEqualTo(number);
        assertThat(search.text("items.0.status")).isEqualTo("现行");
        assertThat(search.text("items.0.organization.name")).isEqualTo("浙江省智能制造协会");

        Answer detail = registry.get("/v1/standards/" + creditCode + ":std-13");
        assertThat(detail.status()).as(detail.toString()).isEqualTo(200);
        assertThat(detail.text("declaration.standard.title")).isEqualTo("智能制造 数字孪生系统通用要求");
        assertThat(detail.size("versions")).isEqualTo(1);
        assertThat(detail.text("versions.0.receipt")).isEqualTo(answer.text("results.1.receipt"));
        assertThat(detail.text("versions.0.keyId")).isEqualTo(deployment.keyId());
        assertThat(detail.text("versions.0.type")).isEqualTo("PUBLISHED");
        assertThat(detail.text("contentHash")).isEqualTo(answer.text("results.1.contentHash"));
    }
}
