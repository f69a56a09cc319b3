package cn.tuanbiao.registry.national.violations;

import cn.tuanbiao.registry.national.testing.Answer;
import cn.tuanbiao.registry.national.testing.Deployment;
import cn.tuanbiao.registry.national.testing.RegistryClient;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static cn.tuanbiao.registry.national.testing.Events.creditCode;
import static cn.tuanbiao.registry.national.testing.Events.profile;
import static cn.tuanbiao.registry.national.testing.Events.violation;
import static cn.tuanbiao.registry.national.testing.Events.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * PUB-4: a supervisory authority's decision on a violation reaches the registry as a VIOLATION event, is
 * kept with every version, and anyone reads it at {@code GET /v1/organizations/{creditCode}/violations}.
 */
class SupervisorViolationsTest {

    private final RegistryClient registry = new RegistryClient();

    @Test
    void PUB_4_a_decided_violation_is_applied_and_served_publicly_with_its_measure_and_receipt() {
        Deployment deployment = registry.aDeployment();
        String creditCode = creditCode();
        String id = UUID.randomUUID().toString();

        Answer answer = deployment.send(profile(creditCode, 1), violation(creditCode, id, 1, "DECIDED"));

        assertThat(answer.text("results.1.outcome")).as(answer.toString()).isEqualTo("APPLIED");
        Answer violations = registry.get("/v1/organizations/" + creditCode + "/violations");
        assertThat(violations.status()).as(violations.toString()).isEqualTo(200);
        assertThat(violations.text("organization.name")).isEqualTo("浙江省智能制造协会");
        assertThat(violations.size("items")).isEqualTo(1);
        assertThat(violations.text("items.0.measure")).isEqualTo("责令整改");
        assertThat(violations.text("items.0.decisionNumber")).isEqualTo("浙市监标〔2026〕7号");
        assertThat(violations.text("items.0.authority.name")).isEqualTo("浙江省市场监督管理局");
        assertThat(violations.text("items.0.violation.facts")).contains("未在全国团体标准信息平台自我声明公开");
        assertThat(violations.text("items.0.versions.0.type")).isEqualTo("DECIDED");
        assertThat(violations.text("items.0.versions.0.receipt")).isEqualTo(answer.text("results.1.receipt"));
    }

    @Test
    void PUB_4_a_violation_needs_no_profile_of_the_organization_from_the_authority_and_a_correction_is_an_update() {
        Deployment deployment = registry.aDeployment();
        String creditCode = creditCode();
        String id = UUID.randomUUID().toString();

        Answer decided = deployment.send(violation(creditCode, id, 1, "DECIDED"));
        Answer corrected = deployment.send(with(violation(creditCode, id, 2, "UPDATED"), "violation.decision.number",
                "浙市监标〔2026〕8号"));

        assertThat(decided.text("results.0.outcome")).as(decided.toString()).isEqualTo("APPLIED");
        assertThat(corrected.text("results.0.outcome")).as(corrected.toString()).isEqualTo("APPLIED");
        Answer violations = registry.get("/v1/organizations/" + creditCode + "/violations");
        assertThat(violations.text("organization.name")).isEqualTo("浙江省智能制造协会");
        assertThat(violations.text("items.0.decisionNumber")).isEqualTo("浙市监标〔2026〕8号");
        assertThat(violations.size("items.0.versions")).isEqualTo(2);
    }

    @Test
    void PUB_4_a_corrected_notice_says_why_and_when_and_a_correction_without_its_reason_is_refused() {
        Deployment deployment = registry.aDeployment();
        String creditCode = creditCode();
        String id = UUID.randomUUID().toString();
        deployment.send(violation(creditCode, id, 1, "DECIDED"));

        Answer withoutReason = deployment.send(with(violation(creditCode, id, 2, "UPDATED"), "violation.correction",
                Map.of("reason", " ", "correctedOn", "2026-12-01")));
        Answer beforePublication = deployment.send(with(violation(creditCode, id, 2, "UPDATED"), "violation.correction",
                Map.of("reason", "文号有误", "correctedOn", "2026-11-24")));
        Answer corrected = deployment.send(with(violation(creditCode, id, 2, "UPDATED"), "violation.correction",
                Map.of("reason", "原决定文号录入有误，更正为正式文号", "correctedOn", "2026-12-01")));

        assertThat(withoutReason.text("results.0.outcome")).isEqualTo("FIELD_INVALID");
        assertThat(withoutReason.text("results.0.field")).isEqualTo("violation.correction.reason");
        assertThat(beforePublication.text("results.0.field")).isEqualTo("violation.correction.correctedOn");
        assertThat(corrected.text("results.0.outcome")).as(corrected.toString()).isEqualTo("APPLIED");
        Answer violations = registry.get("/v1/organizations/" + creditCode + "/violations");
        assertThat(violations.text("items.0.violation.correction.reason")).isEqualTo("原决定文号录入有误，更正为正式文号");
        assertThat(violations.text("items.0.versions.1.type")).isEqualTo("UPDATED");
    }

    @Test
    void PUB_4_an_order_to_rectify_without_its_deadline_is_refused_naming_the_field() {
        Deployment deployment = registry.aDeployment();
        String creditCode = creditCode();

        Answer answer = deployment.send(with(violation(creditCode, UUID.randomUUID().toString(), 1, "DECIDED"),
                "violation.decision.rectificationDue", null));

        assertThat(answer.text("results.0.outcome")).isEqualTo("FIELD_INVALID");
        assertThat(answer.text("results.0.field")).isEqualTo("violation.decision.rectificationDue");
        assertThat(registry.get("/v1/organizations/" + creditCode + "/violations").status()).isEqualTo(404);
    }

    @Test
    void PUB_4_a_violation_of_another_organization_than_its_key_or_updated_first_is_refused() {
        Deployment deployment = registry.aDeployment();
        String creditCode = creditCode();

        Answer otherOrganization = deployment.send(with(violation(creditCode, UUID.randomUUID().toString(), 1,
                "DECIDED"), "violation.organization.creditCode", creditCode()));
        Answer updatedFirst = deployment.send(violation(creditCode, UUID.randomUUID().toString(), 1, "UPDATED"));
        Answer badKey = deployment.send(with(violation(creditCode, "42", 1, "DECIDED"), "key",
                creditCode + ":violation:42"));

        assertThat(otherOrganization.text("results.0.field")).isEqualTo("violation.organization.creditCode");
        assertThat(updatedFirst.text("results.0.field")).isEqualTo("type");
        assertThat(badKey.text("results.0.field")).isEqualTo("key");
    }

    @Test
    void PUB_4_violations_are_part_of_the_deployments_digests() {
        Deployment deployment = registry.aDeployment();
        String creditCode = creditCode();
        String id = UUID.randomUUID().toString();
        deployment.send(profile(creditCode, 1), violation(creditCode, id, 1, "DECIDED"));

        Answer digests = deployment.digests("?limit=10");

        assertThat(digests.text("items.1.subject")).as(digests.toString()).isEqualTo("VIOLATION");
        assertThat(digests.text("items.1.key")).isEqualTo(creditCode + ":violation:" + id);
    }
}
