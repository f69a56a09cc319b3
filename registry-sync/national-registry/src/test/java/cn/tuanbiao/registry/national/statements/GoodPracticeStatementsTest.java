package cn.tuanbiao.registry.national.statements;

import cn.tuanbiao.registry.national.testing.Answer;
import cn.tuanbiao.registry.national.testing.Deployment;
import cn.tuanbiao.registry.national.testing.RegistryClient;
import org.junit.jupiter.api.Test;

import static cn.tuanbiao.registry.national.testing.Events.creditCode;
import static cn.tuanbiao.registry.national.testing.Events.profile;
import static cn.tuanbiao.registry.national.testing.Events.statement;
import static cn.tuanbiao.registry.national.testing.Events.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * PUB-2: an organization's good-practice statement reaches the registry as a STATEMENT event, is kept
 * with every version, and anyone reads it at {@code GET /v1/organizations/{creditCode}/statements}.
 */
class GoodPracticeStatementsTest {

    private final RegistryClient registry = new RegistryClient();

    @Test
    void PUB_2_a_stated_self_evaluation_is_applied_and_served_publicly_with_its_score_stars_and_receipt() {
        Deployment deployment = registry.aDeployment();
        String creditCode = creditCode();

        Answer answer = deployment.send(profile(creditCode, 1), statement(creditCode, 2025, 1, "STATED", 86.5, 2));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.text("results.1.outcome")).as(answer.toString()).isEqualTo("APPLIED");
        Answer statements = registry.get("/v1/organizations/" + creditCode + "/statements");
        assertThat(statements.status()).as(statements.toString()).isEqualTo(200);
        assertThat(statements.text("organization.name")).isEqualTo("浙江省智能制造协会");
        assertThat(statements.size("items")).isEqualTo(1);
        assertThat(statements.integer("items.0.year")).isEqualTo(2025);
        assertThat(statements.text("items.0.totalScore")).isEqualTo("86.5");
        assertThat(statements.integer("items.0.stars")).isEqualTo(2);
        assertThat(statements.text("items.0.basicConditionsMet")).isEqualTo("true");
        assertThat(statements.text("items.0.statement.scheme.version")).isEqualTo("2024");
        assertThat(statements.text("items.0.versions.0.receipt")).isEqualTo(answer.text("results.1.receipt"));
        assertThat(statements.text("items.0.versions.0.type")).isEqualTo("STATED");
    }

    @Test
    void PUB_2_a_resubmission_is_an_update_that_replaces_the_current_statement_and_keeps_the_first_version() {
        Deployment deployment = registry.aDeployment();
        String creditCode = creditCode();
        deployment.send(profile(creditCode, 1), statement(creditCode, 2025, 1, "STATED", 72, 1));

        Answer update = deployment.send(statement(creditCode, 2025, 2, "UPDATED", 96, 3));

        assertThat(update.text("results.0.outcome")).as(update.toString()).isEqualTo("APPLIED");
        Answer statements = registry.get("/v1/organizations/" + creditCode + "/statements");
        assertThat(statements.integer("items.0.stars")).isEqualTo(3);
        assertThat(statements.size("items.0.versions")).isEqualTo(2);
        assertThat(statements.integer("items.0.sequence")).isEqualTo(2);
    }

    @Test
    void PUB_2_a_statement_claiming_stars_with_a_failed_basic_condition_is_refused_naming_the_field() {
        Deployment deployment = registry.aDeployment();
        String creditCode = creditCode();

        Answer answer = deployment.send(profile(creditCode, 1), statement(creditCode, 2025, 1, "STATED", 98, 3, "1.3.2"));

        assertThat(answer.text("results.1.outcome")).isEqualTo("FIELD_INVALID");
        assertThat(answer.text("results.1.field")).isEqualTo("statement.stars");
        assertThat(registry.get("/v1/organizations/" + creditCode + "/statements").size("items")).isZero();
    }

    @Test
    void PUB_2_stars_must_follow_from_the_score_and_the_schemes_thresholds() {
        Deployment deployment = registry.aDeployment();
        String creditCode = creditCode();

        Answer answer = deployment.send(profile(creditCode, 1), statement(creditCode, 2025, 1, "STATED", 84.5, 2));

        assertThat(answer.text("results.1.outcome")).isEqualTo("FIELD_INVALID");
        assertThat(answer.text("results.1.field")).isEqualTo("statement.stars");
        assertThat(answer.text("results.1.message")).contains("应为 1 星");
    }

    @Test
    void PUB_2_a_statement_before_its_organizations_profile_waits_for_it_and_one_of_another_year_is_refused() {
        Deployment deployment = registry.aDeployment();
        String creditCode = creditCode();

        Answer early = deployment.send(statement(creditCode, 2025, 1, "STATED", 80, 1));
        Answer wrongYear = deployment.send(profile(creditCode, 1),
                with(statement(creditCode, 2025, 1, "STATED", 80, 1), "statement.year", 2024));
        Answer updatedFirst = deployment.send(statement(creditCode, 2025, 1, "UPDATED", 80, 1));

        assertThat(early.text("results.0.outcome")).isEqualTo("UNKNOWN_ORGANIZATION");
        assertThat(wrongYear.text("results.1.field")).isEqualTo("statement.year");
        assertThat(updatedFirst.text("results.0.field")).isEqualTo("type");
    }

    @Test
    void PUB_2_statements_are_part_of_the_deployments_digests_and_an_unknown_organization_is_not_found() {
        Deployment deployment = registry.aDeployment();
        String creditCode = creditCode();
        deployment.send(profile(creditCode, 1), statement(creditCode, 2025, 1, "STATED", 90, 2));

        Answer digests = deployment.digests("?limit=10");

        assertThat(digests.text("items.1.subject")).as(digests.toString()).isEqualTo("STATEMENT");
        assertThat(digests.text("items.1.key")).isEqualTo(creditCode + ":statement:2025");
        assertThat(registry.get("/v1/organizations/" + creditCode() + "/statements").status()).isEqualTo(404);
    }
}
