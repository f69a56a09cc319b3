package cn.tuanbiao.api;

import cn.tuanbiao.testing.Fixtures;
import cn.tuanbiao.testing.PlatformTest;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The REST API as a client sees it: bearer tokens, OpenAPI, health, and refusals that name field and rule (AUD-2). */
class RestApiTest extends PlatformTest {

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Fixtures fixtures;

    BlockingHttpClient client;
    String operatorToken;

    @BeforeAll
    void signInAsOperator() {
        client = http.toBlocking();
        fixtures.operator();
        operatorToken = token(operatorEmail(), Fixtures.PASSWORD);
    }

    @Test
    void post_login_returns_a_bearer_token_that_the_api_accepts() {
        Map<?, ?> me = client.retrieve(authorized(HttpRequest.GET("/api/me")), Map.class);

        assertThat(me.get("operator")).isEqualTo(true);
    }

    @Test
    void a_wrong_password_is_refused_in_chinese_by_default() {
        assertThatThrownBy(() -> client.exchange(HttpRequest.POST("/login",
                Map.of("username", operatorEmail(), "password", "wrong")), Map.class))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
                    assertThat(e.getResponse().getBody(Map.class).orElseThrow().get("message"))
                            .isEqualTo("账号或密码不正确");
                });
    }

    @Test
    void ORG_2_a_bad_profile_is_refused_field_by_field_in_the_callers_language() {
        Map<String, Object> profile = Map.ofEntries(Map.entry("kind", "ASSOCIATION"), Map.entry("nameZh", "接口协会"),
                Map.entry("code", "API" + Fixtures.suffix().substring(0, 4).toUpperCase()),
                Map.entry("creditCode", "51330000MJ88214740"), Map.entry("registrationAuthority", "浙江省民政厅"),
                Map.entry("businessScope", "团体标准"), Map.entry("regionCode", "330106"), Map.entry("industryCode", "C34"),
                Map.entry("contactName", "李娜"), Map.entry("contactPhone", "0571-87661234"),
                Map.entry("contactEmail", "not-an-email"));

        for (var language : List.of(Map.entry("zh-CN", "统一社会信用代码：统一社会信用代码校验位不正确，请核对（GB 32100）"),
                Map.entry("en-GB,en;q=0.8", "Unified social credit code: The check digit of the unified social credit code is wrong (GB 32100)"))) {
            MutableHttpRequest<?> request = authorized(HttpRequest.POST("/api/platform/organizations", profile))
                    .header("Accept-Language", language.getKey());
            assertThatThrownBy(() -> client.exchange(request, Map.class))
                    .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                        assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
                        List<Map<String, String>> errors = errors(e);
                        assertThat(errors).extracting(m -> m.get("field")).containsExactlyInAnyOrder("creditCode", "contactEmail");
                        assertThat(errors).filteredOn(m -> m.get("field").equals("creditCode"))
                                .singleElement().satisfies(m -> {
                                    assertThat((String) m.get("rule")).isEqualTo("ORG-2");
                                    assertThat((String) m.get("message")).isEqualTo(language.getValue());
                                });
                    });
        }
        Map<?, ?> found = client.retrieve(authorized(HttpRequest.GET(
                io.micronaut.http.uri.UriBuilder.of("/api/platform/organizations").queryParam("q", "接口协会").build())), Map.class);
        assertThat(found.get("total")).isEqualTo(0);
    }

    @Test
    void the_operator_onboards_through_the_api_and_gets_an_invitation_link() {
        Map<String, Object> profile = Map.ofEntries(Map.entry("kind", "SOCIETY"), Map.entry("nameZh", "浙江省标准化学会" + Fixtures.suffix()),
                Map.entry("code", "ZJB" + Fixtures.suffix().substring(0, 4).toUpperCase()),
                Map.entry("creditCode", Fixtures.aCreditCode()), Map.entry("registrationAuthority", "浙江省民政厅"),
                Map.entry("businessScope", "标准化学术交流与团体标准"), Map.entry("regionCode", "330106"),
                Map.entry("industryCode", "M74"), Map.entry("contactName", "林峰"),
                Map.entry("contactPhone", "0571-88880000"), Map.entry("contactEmail", "office@zjbz.org.cn"));

        HttpResponse<Map> created = client.exchange(authorized(HttpRequest.POST("/api/platform/organizations", profile)), Map.class);
        String id = (String) created.body().get("id");
        Map<?, ?> invitation = client.retrieve(authorized(HttpRequest.POST("/api/platform/organizations/" + id + "/administrators",
                Map.of("email", "lin.feng." + Fixtures.suffix() + "@zjbz.org.cn", "displayName", "林峰"))), Map.class);

        assertThat(created.getStatus().getCode()).isEqualTo(HttpStatus.CREATED.getCode());
        assertThat(created.body().get("creditCode")).isEqualTo(profile.get("creditCode"));
        assertThat((String) invitation.get("token")).startsWith(id + ".");
    }

    @Test
    void the_api_refuses_anonymous_callers_and_non_operators_on_platform_endpoints() {
        assertThatThrownBy(() -> client.exchange(HttpRequest.GET("/api/platform/organizations"), Map.class))
                .isInstanceOfSatisfying(HttpClientResponseException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.UNAUTHORIZED.getCode()));
        var association = fixtures.association("普通协会" + Fixtures.suffix());
        fixtures.memberOf(association, cn.tuanbiao.users.domain.OrganizationRole.ADMINISTRATOR);
        String memberEmail = "plain." + Fixtures.suffix() + "@example.cn";
        fixtures.join(fixtures.person(memberEmail, "普通成员"), association, cn.tuanbiao.users.domain.OrganizationRole.ADMINISTRATOR);
        String memberToken = token(memberEmail, Fixtures.PASSWORD);

        assertThatThrownBy(() -> client.exchange(HttpRequest.GET("/api/platform/organizations").bearerAuth(memberToken), Map.class))
                .isInstanceOfSatisfying(HttpClientResponseException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.FORBIDDEN.getCode()));
    }

    @Test
    void openapi_health_and_metrics_are_served() {
        String openApi = client.retrieve(HttpRequest.GET("/swagger/tuanbiao-0.1.yml"));
        Map<?, ?> health = client.retrieve(HttpRequest.GET("/health"), Map.class);
        Map<?, ?> metrics = client.retrieve(authorized(HttpRequest.GET("/metrics")), Map.class);

        assertThat(openApi).contains("/api/platform/organizations", "/api/organizations/{organizationId}/users", "bearer");
        assertThat(health.get("status")).isEqualTo("UP");
        assertThat((List<?>) metrics.get("names")).isNotEmpty();
        assertThatThrownBy(() -> client.exchange(HttpRequest.GET("/metrics"), Map.class))
                .isInstanceOfSatisfying(HttpClientResponseException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.UNAUTHORIZED.getCode()));
    }

    private String operatorEmail() {
        return fixtures.operatorEmail();
    }

    private String token(String email, String password) {
        Map<?, ?> body = client.retrieve(HttpRequest.POST("/login", Map.of("username", email, "password", password)), Map.class);
        return (String) body.get("access_token");
    }

    private <T> MutableHttpRequest<T> authorized(MutableHttpRequest<T> request) {
        return request.bearerAuth(operatorToken);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, String>> errors(HttpClientResponseException e) {
        return (List<Map<String, String>>) e.getResponse().getBody(Argument.of(Map.class)).orElseThrow().get("errors");
    }
}
