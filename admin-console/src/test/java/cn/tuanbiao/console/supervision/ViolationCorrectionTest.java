package cn.tuanbiao.console.supervision;

import cn.tuanbiao.audit.domain.AuditEvent;
import cn.tuanbiao.audit.service.AuditLog;
import cn.tuanbiao.console.supervision.SupervisionWorld.Organization;
import cn.tuanbiao.declarations.domain.EventType;
import cn.tuanbiao.declarations.domain.RegistryChange;
import cn.tuanbiao.declarations.domain.SyncState;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.i18n.Messages;
import cn.tuanbiao.standards.domain.LifecycleRefusal;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.testing.Fixtures;
import cn.tuanbiao.testing.MutableClock;
import cn.tuanbiao.testing.PlatformTest;
import cn.tuanbiao.violations.domain.DecisionCorrection;
import cn.tuanbiao.violations.domain.DecisionDraft;
import cn.tuanbiao.violations.domain.Violation;
import cn.tuanbiao.violations.domain.ViolationDraft;
import cn.tuanbiao.violations.domain.ViolationMeasure;
import cn.tuanbiao.violations.domain.ViolationRow;
import cn.tuanbiao.violations.domain.ViolationStatus;
import cn.tuanbiao.violations.service.Violations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static cn.tuanbiao.users.domain.OrganizationRole.ADMINISTRATOR;
import static cn.tuanbiao.users.domain.OrganizationRole.INSPECTOR;
import static cn.tuanbiao.users.domain.OrganizationRole.SECRETARIAT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * PUB-4 after publication: a supervisory authority corrects a published decision (更正) with its reason;
 * the correction goes to the national registry as the decision's next event (UPDATED) in the same
 * transaction, and the audit log keeps what the decision said before (AUD-1).
 */
class ViolationCorrectionTest extends PlatformTest {

    private static final String REASON = "原决定文号录入有误，经核对更正为正式文号。";

    @Inject
    Violations violations;
    @Inject
    AuditLog auditLog;
    @Inject
    SupervisionWorld world;
    @Inject
    Fixtures fixtures;
    @Inject
    MutableClock clock;
    @Inject
    Messages messages;
    @Inject
    @Client("/")
    HttpClient http;

    private Organization zhejiang;
    private PersonId huang;
    private Organization hangzhou;

    @BeforeEach
    void aZhejiangAuthorityAndAnAssociationOfItsJurisdiction() {
        zhejiang = world.organization("SUPERVISORY_AUTHORITY", "浙江省更正测试局" + Fixtures.suffix(), "330000", "S92");
        huang = fixtures.memberOf(zhejiang.id(), ADMINISTRATOR, INSPECTOR);
        hangzhou = world.association("330106", SupervisionWorld.anIndustryOfItsOwn());
    }

    @Test
    void PUB_4_a_decision_not_yet_published_cannot_be_corrected() {
        Violation decided = aDecidedCase();

        assertThatThrownBy(() -> violations.correct(huang, zhejiang.id(), decided.id(),
                new DecisionCorrection(aWarning(decided.decision().number() + "改"), REASON)))
                .isInstanceOfSatisfying(LifecycleRefusal.class, e -> {
                    assertThat(e.requirement()).isEqualTo("PUB-4");
                    assertThat(messages.get(Messages.CHINESE, e.messageKey())).isEqualTo("【PUB-4】处理决定尚未公开，不能更正");
                    assertThat(messages.get(Messages.ENGLISH, e.messageKey()))
                            .isEqualTo("[PUB-4] The decision has not been published yet and cannot be corrected");
                });
        assertThat(violations.get(huang, zhejiang.id(), decided.id()).violation().decision().number())
                .isEqualTo(decided.decision().number());
    }

    @Test
    void PUB_4_a_correction_needs_its_reason_and_a_change_and_a_refused_one_leaves_the_published_decision_as_it_was() {
        ViolationRow published = aPublishedWarning();
        String number = published.violation().decision().number();

        assertThatThrownBy(() -> DecisionCorrection.of(ViolationMeasure.WARNING, number + "改", "给予警告。",
                violations.today(), null, "  "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).extracting(p -> say(Messages.CHINESE, p))
                            .containsExactly("更正原因：【PUB-4】更正须写明更正原因");
                    assertThat(e.problems()).extracting(p -> say(Messages.ENGLISH, p))
                            .containsExactly("Reason for correction: [PUB-4] A correction needs its reason");
                });
        assertThatThrownBy(() -> DecisionCorrection.of(ViolationMeasure.RECTIFICATION_ORDERED, " ", "责令整改。",
                violations.today(), null, ""))
                .as("every problem at once, the decision's and the reason's")
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .containsExactly("decisionNumber", "rectificationDue", "correctionReason"));
        assertThatThrownBy(() -> violations.correct(huang, zhejiang.id(), published.violation().id(),
                new DecisionCorrection(aWarning(number), REASON)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).extracting(p -> say(Messages.CHINESE, p))
                            .containsExactly("更正内容：【PUB-4】更正后的处理决定与已公开的相同，没有需要更正的内容");
                    assertThat(e.problems()).extracting(p -> say(Messages.ENGLISH, p)).containsExactly(
                            "Correction: [PUB-4] The corrected decision is the same as the published one: nothing to correct");
                });
        LocalDate publishedOn = published.violation().publishedOn();
        clock.advance(Duration.ofDays(2));
        assertThatThrownBy(() -> violations.correct(huang, zhejiang.id(), published.violation().id(),
                new DecisionCorrection(new DecisionDraft(ViolationMeasure.WARNING, number, "给予警告。", violations.today(),
                        null), REASON)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> say(Messages.CHINESE, p))
                        .containsExactly("决定日期：【PUB-4】决定日期不能晚于公开日期 " + publishedOn));

        ViolationRow after = violations.get(huang, zhejiang.id(), published.violation().id());
        assertThat(after.violation().decision()).isEqualTo(published.violation().decision());
        assertThat(after.violation().corrections()).isZero();
        assertThat(after.sync()).extracting(RegistryChange::type).containsExactly(EventType.DECIDED);
    }

    @Test
    void PUB_4_a_correction_is_the_decisions_next_registry_event_and_the_earlier_version_is_kept() {
        ViolationRow published = aPublishedWarning();
        Violation before = published.violation();
        String corrected = before.decision().number().replace("号", "-1号");
        clock.advance(Duration.ofMinutes(5));

        ViolationRow row = violations.correct(huang, zhejiang.id(), before.id(), new DecisionCorrection(
                new DecisionDraft(ViolationMeasure.PUBLIC_CRITICISM, corrected, "予以通报批评。", before.decision().decidedOn(),
                        null), REASON));

        assertThat(before.corrections()).isZero();
        assertThat(row.violation().corrections()).isEqualTo(1);
        Violation.Decision decision = violations.get(huang, zhejiang.id(), before.id()).violation().decision();
        assertThat(decision.number()).isEqualTo(corrected);
        assertThat(decision.measure()).isEqualTo(ViolationMeasure.PUBLIC_CRITICISM);
        assertThat(decision.decidedBy()).as("who decided stays").isEqualTo(before.decision().decidedBy());
        assertThat(row.sync()).as("newest first: exactly one new event, the next in sequence")
                .extracting(c -> c.sequence() + " " + c.type() + " " + c.state())
                .containsExactly("2 UPDATED PENDING", "1 DECIDED PENDING");
        RegistryChange update = row.sync().get(0);
        assertThat(update.subjectKey()).isEqualTo(row.sync().get(1).subjectKey());
        assertThat(update.event()).contains("\"type\":\"UPDATED\"", "\"measure\":\"通报批评\"",
                        "\"number\":\"" + corrected + "\"", "\"text\":\"予以通报批评。\"",
                        "\"correction\":{\"correctedOn\":\"" + violations.today() + "\",\"reason\":\"" + REASON + "\"}",
                        "\"publishedOn\":\"" + before.publishedOn() + "\"")
                .doesNotContain(before.decision().number() + "\"");
        assertThat(row.sync().get(1).event()).as("the published version stays as it was sent")
                .contains("\"number\":\"" + before.decision().number() + "\"", "\"measure\":\"警告\"")
                .doesNotContain("correction");

        List<AuditEvent> history = auditLog.history(huang, zhejiang.id(), Violations.AUDIT_SUBJECT, before.id(),
                PageRequest.first(10)).items();
        assertThat(history).extracting(AuditEvent::action).contains("VIOLATION_PUBLISHED", "VIOLATION_CORRECTED");
        AuditEvent correction = history.stream().filter(e -> e.action().equals("VIOLATION_CORRECTED")).findFirst()
                .orElseThrow();
        assertThat(correction.reason()).isEqualTo(REASON);
        assertThat(correction.details()).containsEntry("previous.number", before.decision().number())
                .containsEntry("number", corrected)
                .containsEntry("previous.measure", "WARNING").containsEntry("measure", "PUBLIC_CRITICISM")
                .containsEntry("previous.text", "给予警告。").containsEntry("registryKey", update.subjectKey())
                .doesNotContainKey("previous.decidedOn");
        assertThat(messages.get(Messages.CHINESE, "audit.action.VIOLATION_CORRECTED")).isEqualTo("更正处理决定");
        assertThat(messages.get(Messages.ENGLISH, "audit.action.VIOLATION_CORRECTED")).isEqualTo("Decision corrected");

        ViolationRow again = violations.correct(huang, zhejiang.id(), before.id(), new DecisionCorrection(
                new DecisionDraft(ViolationMeasure.PUBLIC_CRITICISM, corrected, "予以通报批评，限期整改。",
                        before.decision().decidedOn(), null), "经行政复议，处理决定内容调整。"));
        assertThat(again.sync()).extracting(c -> c.sequence() + " " + c.type())
                .containsExactly("3 UPDATED", "2 UPDATED", "1 DECIDED");
        assertThat(violations.list(huang, zhejiang.id(), null, ViolationStatus.PUBLISHED, PageRequest.first(50)).items())
                .as("the authority's list tells a corrected case, and how often")
                .filteredOn(r -> r.violation().id().equals(before.id())).singleElement()
                .extracting(r -> r.violation().corrections()).isEqualTo(2);
        assertThat(messages.get(Messages.CHINESE, "violations.correctedTimes", 2)).isEqualTo("（已更正 2 次）");
    }

    @Test
    void PUB_4_only_the_authoritys_inspectors_and_administrators_correct_its_decisions() {
        ViolationRow published = aPublishedWarning();
        UUID id = published.violation().id();
        DecisionCorrection correction = new DecisionCorrection(aWarning(published.violation().decision().number() + "改"),
                REASON);
        PersonId secretary = fixtures.memberOf(zhejiang.id(), SECRETARIAT);
        Organization jiangsu = world.organization("SUPERVISORY_AUTHORITY", "江苏省更正测试局" + Fixtures.suffix(), "320000",
                "S92");
        PersonId otherInspector = fixtures.memberOf(jiangsu.id(), INSPECTOR);

        assertThatThrownBy(() -> violations.correct(secretary, zhejiang.id(), id, correction))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> violations.correct(otherInspector, zhejiang.id(), id, correction))
                .as("not a member of the authority").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> violations.correct(otherInspector, jiangsu.id(), id, correction))
                .as("another authority's tenant holds no such case").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> violations.correct(hangzhou.secretariat(), hangzhou.id(), id, correction))
                .as("the organization concerned").isInstanceOf(AccessDeniedException.class);

        ViolationRow after = violations.get(huang, zhejiang.id(), id);
        assertThat(after.violation().decision()).isEqualTo(published.violation().decision());
        assertThat(after.sync()).extracting(RegistryChange::type).containsExactly(EventType.DECIDED);
    }

    @Test
    void PUB_4_the_rest_api_corrects_a_published_decision_and_says_why_it_refuses() {
        ViolationRow published = aPublishedWarning();
        String inspector = "inspector-" + Fixtures.suffix() + "@zjamr.test";
        fixtures.join(fixtures.person(inspector, "何芳"), zhejiang.id(), INSPECTOR);
        String secretary = "secretary-" + Fixtures.suffix() + "@zjamr.test";
        fixtures.join(fixtures.person(secretary, "李秘书"), zhejiang.id(), SECRETARIAT);
        String url = "/api/organizations/" + zhejiang.id() + "/violations/" + published.violation().id() + "/correction";
        String corrected = published.violation().decision().number().replace("号", "-2号");
        Map<String, Object> body = new HashMap<>(Map.of("measure", "WARNING", "number", corrected, "text", "给予警告。",
                "decidedOn", published.violation().decision().decidedOn().toString(), "reason", " "));

        HttpClientResponseException blank = refusal(HttpRequest.POST(url, body).bearerAuth(token(inspector)));
        assertThat(blank.getStatus().getCode()).isEqualTo(422);
        assertThat(blank.getResponse().getBody(String.class).orElse(""))
                .contains("\"field\":\"correctionReason\"", "更正原因：【PUB-4】更正须写明更正原因");
        body.put("reason", REASON);
        assertThat(refusal(HttpRequest.POST(url, body).bearerAuth(token(secretary))).getStatus().getCode())
                .isEqualTo(403);

        String answer = http.toBlocking().retrieve(HttpRequest.POST(url, body).bearerAuth(token(inspector)));

        assertThat(answer).contains("\"decisionNumber\":\"" + corrected + "\"", "\"corrections\":1", "\"sequence\":2",
                "\"type\":\"UPDATED\"");
        HttpClientResponseException unchanged = refusal(HttpRequest.POST(url, body).bearerAuth(token(inspector)));
        assertThat(unchanged.getStatus().getCode()).isEqualTo(422);
        assertThat(unchanged.getResponse().getBody(String.class).orElse("")).contains("\"field\":\"correction\"");
    }

    private Violation aDecidedCase() {
        Violation recorded = violations.record(huang, zhejiang.id(), new ViolationDraft(hangzhou.code(),
                "《团体标准管理规定》第十九条", "2026 年发布的 2 项团体标准未自我声明公开。", null, null));
        return violations.decide(huang, zhejiang.id(), recorded.id(),
                aWarning("浙市监标〔2026〕" + Fixtures.suffix() + "号"));
    }

    private ViolationRow aPublishedWarning() {
        return violations.publish(huang, zhejiang.id(), aDecidedCase().id());
    }

    private DecisionDraft aWarning(String number) {
        return new DecisionDraft(ViolationMeasure.WARNING, number, "给予警告。", violations.today(), null);
    }

    /** As the API and the forms say it: the field's label, then the rule's message. */
    private String say(Locale locale, FieldProblem problem) {
        return messages.get(locale, "field." + problem.field()) + messages.get(locale, "punctuation.colon")
                + messages.get(locale, problem.messageKey(), problem.arguments().toArray());
    }

    private HttpClientResponseException refusal(HttpRequest<?> request) {
        try {
            http.toBlocking().exchange(request, String.class);
            throw new AssertionError("expected a refusal of " + request.getPath());
        } catch (HttpClientResponseException e) {
            return e;
        }
    }

    private String token(String email) {
        return (String) http.toBlocking().retrieve(HttpRequest.POST("/login", Map.of("username", email, "password",
                Fixtures.PASSWORD)), Map.class).get("access_token");
    }
}
