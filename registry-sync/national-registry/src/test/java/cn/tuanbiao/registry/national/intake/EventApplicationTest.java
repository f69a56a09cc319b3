package cn.tuanbiao.registry.national.intake;

import cn.tuanbiao.registry.national.testing.Answer;
import cn.tuanbiao.registry.national.testing.Deployment;
import cn.tuanbiao.registry.national.testing.RegistryClient;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static cn.tuanbiao.registry.national.testing.Events.creditCode;
import static cn.tuanbiao.registry.national.testing.Events.key;
import static cn.tuanbiao.registry.national.testing.Events.profile;
import static cn.tuanbiao.registry.national.testing.Events.published;
import static cn.tuanbiao.registry.national.testing.Events.standard;
import static cn.tuanbiao.registry.national.testing.Events.with;
import static cn.tuanbiao.registry.national.testing.Events.withNewKey;
import static org.assertj.core.api.Assertions.assertThat;

/** PROTOCOL §4 and §6: each event of a batch is applied in order and gets its own result. */
class EventApplicationTest {

    private final RegistryClient registry = new RegistryClient();
    private final Deployment deployment = registry.aDeployment();
    private final String creditCode = creditCode();

    @Test
    void an_event_after_a_gap_is_out_of_order_and_names_the_expected_sequence() {
        deployment.send(profile(creditCode, 1));

        Answer answer = deployment.send(profile(creditCode, 3));

        assertThat(answer.text("results.0.outcome")).isEqualTo("OUT_OF_ORDER");
        assertThat(answer.integer("results.0.expected")).isEqualTo(2);
    }

    @Test
    void a_resent_event_is_already_applied_with_its_original_receipt() {
        Map<String, Object> event = profile(creditCode, 1);
        Answer first = deployment.send(event);

        Answer resent = deployment.send(event);

        assertThat(resent.text("results.0.outcome")).isEqualTo("ALREADY_APPLIED");
        assertThat(resent.text("results.0.receipt")).isEqualTo(first.text("results.0.receipt"));
        assertThat(resent.text("results.0.receivedAt")).isEqualTo(first.text("results.0.receivedAt"));
    }

    @Test
    void the_same_content_under_a_new_key_for_a_taken_sequence_is_already_applied() {
        Map<String, Object> event = profile(creditCode, 1);
        Answer first = deployment.send(event);

        Answer again = deployment.send(withNewKey(event));

        assertThat(again.text("results.0.outcome")).isEqualTo("ALREADY_APPLIED");
        assertThat(again.text("results.0.receipt")).isEqualTo(first.text("results.0.receipt"));
    }

    @Test
    void other_content_under_a_new_key_for_a_taken_sequence_is_out_of_order() {
        Map<String, Object> event = profile(creditCode, 1);
        deployment.send(event);

        Answer conflicting = deployment.send(withNewKey(with(event, "profile.name", "浙江省数字经济协会")));

        assertThat(conflicting.text("results.0.outcome")).isEqualTo("OUT_OF_ORDER");
        assertThat(conflicting.integer("results.0.expected")).isEqualTo(2);
    }

    @Test
    void an_idempotency_key_reused_with_other_content_is_refused() {
        Map<String, Object> event = profile(creditCode, 1);
        deployment.send(event);

        Answer reused = deployment.send(with(with(event, "sequence", 2), "profile.name", "浙江省数字经济协会"));

        assertThat(reused.text("results.0.outcome")).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(reused.text("results.0.idempotencyKey")).isEqualTo(key(event));
    }

    @Test
    void a_standard_number_without_the_em_dash_is_field_invalid_naming_the_field_pub_1() {
        deployment.send(profile(creditCode, 1));

        Answer answer = deployment.send(published(creditCode, "std-1", "T/ZJZZ 13-2026", "智能制造 数字孪生系统通用要求"));

        assertThat(answer.text("results.0.outcome")).isEqualTo("FIELD_INVALID");
        assertThat(answer.text("results.0.field")).isEqualTo("declaration.standard.number");
        assertThat(answer.text("results.0.message")).contains("标准编号");
    }

    @Test
    void a_declaration_without_both_self_commitments_is_field_invalid_pub_1() {
        deployment.send(profile(creditCode, 1));
        Map<String, Object> uncommitted = with(published(creditCode, "std-2", "T/ZJZZ 14—2026", "工业互联网 标识解析"),
                "declaration.commitments.compliant", false);

        Answer answer = deployment.send(uncommitted);

        assertThat(answer.text("results.0.outcome")).isEqualTo("FIELD_INVALID");
        assertThat(answer.text("results.0.field")).isEqualTo("declaration.commitments.compliant");
    }

    @Test
    void a_declaration_of_another_organizations_credit_code_is_field_invalid() {
        deployment.send(profile(creditCode, 1));
        Map<String, Object> foreign = with(published(creditCode, "std-3", "T/ZJZZ 15—2026", "智能工厂 能效评价"),
                "declaration.organization.creditCode", creditCode());

        Answer answer = deployment.send(foreign);

        assertThat(answer.text("results.0.field")).isEqualTo("declaration.organization.creditCode");
    }

    @Test
    void a_profile_with_a_region_code_that_is_not_six_digits_is_field_invalid() {
        Answer answer = deployment.send(with(profile(creditCode, 1), "profile.regionCode", "3301"));

        assertThat(answer.text("results.0.outcome")).isEqualTo("FIELD_INVALID");
        assertThat(answer.text("results.0.field")).isEqualTo("profile.regionCode");
    }

    @Test
    void a_refused_event_leaves_its_sequence_free_for_the_corrected_declaration() {
        deployment.send(profile(creditCode, 1));
        Map<String, Object> refused = published(creditCode, "std-4", "T/ZJZZ 16-2026", "数字孪生 数据字典");
        deployment.send(refused);

        Answer corrected = deployment.send(with(refused, "declaration.standard.number", "T/ZJZZ 16—2026"));

        assertThat(corrected.text("results.0.outcome")).isEqualTo("APPLIED");
    }

    @Test
    void a_standard_before_its_organizations_profile_is_an_unknown_organization() {
        Answer answer = deployment.send(published(creditCode, "std-5", "T/ZJZZ 17—2026", "智能制造 工业软件测评"));

        assertThat(answer.text("results.0.outcome")).isEqualTo("UNKNOWN_ORGANIZATION");
        assertThat(registry.get("/v1/standards/" + creditCode + ":std-5").status()).isEqualTo(404);
    }

    @Test
    void one_refused_event_does_not_hold_back_the_others_of_the_batch() {
        String otherCode = creditCode();

        Answer answer = deployment.send(with(profile(creditCode, 1), "profile.sector", "MINING"), profile(otherCode, 1),
                published(otherCode, "std-6", "T/ZJZZ 18—2026", "智能仓储 系统接口"));

        assertThat(answer.text("results.0.outcome")).isEqualTo("FIELD_INVALID");
        assertThat(answer.text("results.1.outcome")).isEqualTo("APPLIED");
        assertThat(answer.text("results.2.outcome")).isEqualTo("APPLIED");
    }

    @Test
    void later_events_of_a_standard_change_its_status_and_add_versions() {
        deployment.send(profile(creditCode, 1));
        deployment.send(published(creditCode, "std-7", "T/ZJZZ 19—2026", "智能制造 设备互联"));

        Answer withdrawn = deployment.send(standard(creditCode, "std-7", 2, "WITHDRAWN", "T/ZJZZ 19—2026", "智能制造 设备互联", "废止"));

        assertThat(withdrawn.text("results.0.outcome")).isEqualTo("APPLIED");
        Answer detail = registry.get("/v1/standards/" + creditCode + ":std-7");
        assertThat(detail.text("status")).isEqualTo("废止");
        assertThat(detail.size("versions")).isEqualTo(2);
        assertThat(detail.text("versions.1.type")).isEqualTo("WITHDRAWN");
        assertThat(detail.integer("sequence")).isEqualTo(2);
    }

    @Test
    void an_organization_enrolled_by_another_deployment_is_not_your_subject() {
        deployment.send(profile(creditCode, 1));
        Deployment other = registry.aDeployment();

        Answer answer = other.send(profile(creditCode, 2),
                published(creditCode, "std-8", "T/ZJZZ 20—2026", "冒名发布的标准"));

        assertThat(answer.text("results.0.outcome")).isEqualTo("NOT_YOUR_SUBJECT");
        assertThat(answer.text("results.1.outcome")).isEqualTo("NOT_YOUR_SUBJECT");
    }
}
