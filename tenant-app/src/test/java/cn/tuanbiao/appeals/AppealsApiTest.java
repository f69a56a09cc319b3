package cn.tuanbiao.appeals;

import cn.tuanbiao.notifications.OutboxRows;
import cn.tuanbiao.organizations.domain.OrganizationProfile;
import cn.tuanbiao.organizations.service.OrganizationOnboarding;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.testing.Fixtures;
import cn.tuanbiao.testing.PlatformTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static cn.tuanbiao.testing.Fixtures.suffix;
import static cn.tuanbiao.users.domain.OrganizationRole.ADMINISTRATOR;
import static cn.tuanbiao.users.domain.OrganizationRole.INSPECTOR;
import static cn.tuanbiao.users.domain.OrganizationRole.MEMBER_REPRESENTATIVE;
import static cn.tuanbiao.users.domain.OrganizationRole.SECRETARIAT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * PART-6 and SUP-2 over REST: a member's dispute handled through every step and escalated to the
 * one authority covering the region, which records its handling; field-named refusals; another
 * organization reads nothing; a public complaint needs a proven address.
 */
class AppealsApiTest extends PlatformTest {

    private static final Pattern CODE = Pattern.compile("\"secret\": \"(\\d{6})\"");

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Fixtures fixtures;
    @Inject
    OrganizationOnboarding onboarding;
    @Inject
    OutboxRows outbox;

    private BlockingHttpClient client;
    private TenantId association;
    private String code;
    private String base;
    private String memberToken;
    private String secretaryToken;
    private TenantId authority;
    private String inspectorToken;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("tuanbiao.notifications.deadline-scan.scheduled", "false");
        properties.put("tuanbiao.mail.relay.scheduled", "false");
        return properties;
    }

    @BeforeAll
    void theAuthorityOfLhasa() {
        client = http.toBlocking();
        // The only authority over these tests' region (540102): escalations need not name it.
        authority = onboarding.onboard(fixtures.operator(), inRegion(Fixtures.aProfile("SUPERVISORY_AUTHORITY",
                "拉萨市市场监督管理局" + suffix()), "540100")).id();
        inspectorToken = token(authority, INSPECTOR);
    }

    @BeforeEach
    void anAssociationInLhasa() {
        OrganizationProfile profile = inRegion(Fixtures.aProfile("ASSOCIATION", "争议API测试协会" + suffix()), "540102");
        association = onboarding.onboard(fixtures.operator(), profile).id();
        code = profile.code();
        base = "/api/organizations/" + association.value();
        memberToken = token(association, MEMBER_REPRESENTATIVE);
        secretaryToken = token(association, SECRETARIAT);
    }

    @Test
    void PART_6_a_dispute_is_handled_step_by_step_escalated_and_the_authority_handles_the_referral() {
        int referredBefore = ((Number) client.retrieve(get(inspectorToken, "/api/organizations/" + authority.value()
                + "/referrals?status=REFERRED"), Map.class).get("total")).intValue();
        Map<?, ?> filed = client.retrieve(post(memberToken, base + "/cases", Map.of("kind", "DISPUTE",
                "title", "标准条款解释争议", "description", "双方对第 5.2 条的检测方法理解不一致",
                "otherParty", "拉萨某检测有限公司")).bearerAuth(memberToken), Map.class);
        String id = (String) filed.get("id");
        String cases = base + "/cases/" + id;
        assertThat(filed.get("number")).isEqualTo(code + "申〔" + LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear()
                + "〕1号");
        assertThat(filed.get("status")).isEqualTo("RECEIVED");
        assertThat(filed.get("pendingLimit")).isEqualTo("ACKNOWLEDGE");

        client.retrieve(post(secretaryToken, cases + "/acknowledgement", Map.of()), Map.class);
        client.retrieve(post(secretaryToken, cases + "/scope-decision", Map.of("withinScope", true)), Map.class);
        assertThatThrownBy(() -> client.exchange(post(secretaryToken, cases + "/steps", Map.of("kind", "NEGOTIATION",
                "heldOn", "18/03/2026")), Map.class))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
                    assertThat(errors(e)).extracting(m -> m.get("field")).containsExactly("heldOn");
                });
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        client.retrieve(post(secretaryToken, cases + "/steps", Map.of("kind", "MEDIATION", "heldOn", today,
                "participants", "秘书处、双方代表", "summary", "调解未成")), Map.class);
        assertThatThrownBy(() -> client.exchange(post(secretaryToken, cases + "/steps", Map.of("kind", "NEGOTIATION",
                "heldOn", today, "participants", "双方代表", "summary", "再次协商")), Map.class))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.CONFLICT.getCode());
                    assertThat(errors(e)).extracting(m -> m.get("rule")).containsExactly("PART-6");
                });
        client.retrieve(post(secretaryToken, cases + "/outcome", Map.of("outcome", "PARTLY_UPHELD",
                "reasons", "第 5.2 条表述存在歧义，将在修改单中澄清")), Map.class);
        client.retrieve(post(secretaryToken, cases + "/closure", Map.of()), Map.class);

        Map<?, ?> escalated = client.retrieve(post(memberToken, cases + "/escalation", Map.of(
                "reason", "修改单迟迟未发布")), Map.class);
        assertThat(((Map<?, ?>) escalated.get("escalation")).get("referralStatus")).isEqualTo("REFERRED");

        Map<?, ?> inbox = client.retrieve(get(inspectorToken, "/api/organizations/" + authority.value()
                + "/referrals?status=REFERRED"), Map.class);
        assertThat(inbox.get("total")).isEqualTo(referredBefore + 1);
        assertThat(list(inbox.get("items")).get(0)).satisfies(r -> {
            assertThat(r.get("caseNumber")).isEqualTo(filed.get("number"));
            assertThat(r.get("outcome")).isEqualTo("PARTLY_UPHELD");
            assertThat(list(r.get("timeline"))).extracting(t -> t.get("action")).contains("CASE_STEP_RECORDED",
                    "CASE_CLOSED", "CASE_ESCALATED");
        });
        String referral = (String) list(inbox.get("items")).get(0).get("id");
        client.retrieve(post(inspectorToken, "/api/organizations/" + authority.value() + "/referrals/" + referral
                + "/handling", Map.of("status", "RECEIVED")), Map.class);

        Map<?, ?> detail = client.retrieve(get(memberToken, cases), Map.class);
        assertThat(((Map<?, ?>) ((Map<?, ?>) detail.get("theCase")).get("escalation")).get("referralStatus"))
                .isEqualTo("RECEIVED");
        assertThat(list(detail.get("steps"))).extracting(s -> s.get("kind")).containsExactly("MEDIATION");
    }

    @Test
    void PART_6_bad_filings_are_refused_naming_each_field() {
        assertThatThrownBy(() -> client.exchange(post(memberToken, base + "/cases", Map.of("kind", "APPEAL",
                "title", "")), Map.class))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
                    assertThat(errors(e)).extracting(m -> m.get("field"))
                            .containsExactly("title", "description", "contestedDecision");
                });
        assertThat(client.retrieve(get(secretaryToken, base + "/cases"), Map.class).get("total")).isEqualTo(0);
    }

    @Test
    void PART_6_another_organization_reads_and_changes_nothing() {
        Map<?, ?> filed = client.retrieve(post(memberToken, base + "/cases", Map.of("kind", "COMPLAINT",
                "title", "隔离", "description", "隔离测试")), Map.class);
        TenantId other = fixtures.association("他会申诉API测试协会" + suffix());
        String otherToken = token(other, ADMINISTRATOR, SECRETARIAT);
        String id = (String) filed.get("id");

        for (MutableHttpRequest<?> attack : List.of(
                HttpRequest.GET(base + "/cases/" + id),
                HttpRequest.GET(base + "/cases"),
                HttpRequest.POST(base + "/cases/" + id + "/acknowledgement", Map.of()),
                HttpRequest.GET("/api/organizations/" + other.value() + "/cases/" + id),
                HttpRequest.POST("/api/organizations/" + other.value() + "/cases/" + id + "/acknowledgement", Map.of()),
                HttpRequest.GET("/api/organizations/" + authority.value() + "/referrals"))) {
            assertThatThrownBy(() -> client.exchange(attack.bearerAuth(otherToken), Map.class))
                    .as(attack.getMethod() + " " + attack.getPath())
                    .isInstanceOfSatisfying(HttpClientResponseException.class, e -> assertThat(e.getStatus().getCode())
                            .isIn(HttpStatus.FORBIDDEN.getCode(), HttpStatus.NOT_FOUND.getCode()));
        }
        assertThat(((Map<?, ?>) client.retrieve(get(secretaryToken, base + "/cases/" + id), Map.class).get("theCase"))
                .get("status")).isEqualTo("RECEIVED");
    }

    @Test
    void PART_6_the_public_files_a_complaint_only_from_a_proven_address_and_follows_it_with_the_key() {
        String publicBase = "/api/public/organizations/" + code + "/complaints";
        assertThatThrownBy(() -> client.exchange(HttpRequest.POST(publicBase, Map.of("name", "张先生",
                "title", "收费", "description", "以标准名义收费")), Map.class))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
                    assertThat(errors(e)).extracting(m -> m.get("field")).containsExactly("email");
                });
        String address = "zhang-" + suffix() + "@example.cn";
        String verification = (String) client.retrieve(HttpRequest.POST(publicBase + "/verifications",
                Map.of("email", address)), Map.class).get("verification");
        client.exchange(HttpRequest.POST(publicBase + "/verifications/" + verification + "/proof",
                Map.of("code", codeMailedTo(address))));

        Map<?, ?> filed = client.retrieve(HttpRequest.POST(publicBase, Map.of("verification", verification,
                "name", "张先生", "title", "以标准名义收费", "description", "该会要求参编企业缴纳五万元")), Map.class);

        assertThat((String) filed.get("number")).startsWith(code + "申〔");
        String page = publicBase + "/" + filed.get("id");
        assertThat(client.retrieve(HttpRequest.GET(page).header("X-Case-Key", (String) filed.get("key")), Map.class)
                .get("status")).isEqualTo("RECEIVED");
        assertThatThrownBy(() -> client.exchange(HttpRequest.GET(page).header("X-Case-Key", "guess"), Map.class))
                .isInstanceOfSatisfying(HttpClientResponseException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.NOT_FOUND.getCode()));
        assertThat(((Map<?, ?>) ((Map<?, ?>) client.retrieve(get(secretaryToken, base + "/cases/" + filed.get("id")),
                Map.class).get("theCase")).get("complainant")).get("name")).isEqualTo("张先生");
    }

    private static OrganizationProfile inRegion(OrganizationProfile p, String region) {
        return new OrganizationProfile(p.kind(), p.nameZh(), p.nameEn(), p.code(), p.creditCode(),
                p.registrationAuthority(), p.businessScope(), region, p.industryCode(), p.contactName(), p.contactPhone(),
                p.contactEmail());
    }

    private String token(TenantId organization, cn.tuanbiao.users.domain.OrganizationRole... roles) {
        String email = "api-" + suffix() + "@example.cn";
        PersonId person = fixtures.person(email, "接口用户");
        fixtures.join(person, organization, roles);
        return (String) client.retrieve(HttpRequest.POST("/login", Map.of("username", email, "password",
                Fixtures.PASSWORD)), Map.class).get("access_token");
    }

    private static MutableHttpRequest<?> post(String token, String path, Object body) {
        return HttpRequest.POST(path, body).bearerAuth(token);
    }

    private static MutableHttpRequest<?> get(String token, String path) {
        return HttpRequest.GET(path).bearerAuth(token);
    }

    private String codeMailedTo(String address) {
        String payload = outbox.emailsTo(association, address).get(0).payload();
        Matcher m = CODE.matcher(payload);
        assertThat(m.find()).as("the code in the e-mail").isTrue();
        return m.group(1);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object items) {
        return (List<Map<String, Object>>) items;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> errors(HttpClientResponseException e) {
        return (List<Map<String, Object>>) e.getResponse().getBody(Map.class).orElseThrow().get("errors");
    }
}
