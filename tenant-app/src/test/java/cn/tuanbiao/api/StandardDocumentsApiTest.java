package cn.tuanbiao.api;

import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.testing.Fixtures;
import cn.tuanbiao.testing.PlatformTest;
import cn.tuanbiao.testing.SampleFiles;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static cn.tuanbiao.users.domain.OrganizationRole.SECRETARIAT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** LC-5 and AUD-1 over REST: stage documents uploaded as multipart, downloaded intact, and the history that records them. */
class StandardDocumentsApiTest extends PlatformTest {

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Fixtures fixtures;
    @Inject
    JsonMapper json;

    private BlockingHttpClient client;
    private String token;
    private String base;
    private String standardId;

    @BeforeEach
    void aSecretariatWithAProposal() {
        client = http.toBlocking();
        TenantId association = fixtures.association("接口文件协会" + Fixtures.suffix());
        String email = "mishu." + Fixtures.suffix() + "@example.cn";
        fixtures.join(fixtures.person(email, "王秘书"), association, SECRETARIAT);
        token = (String) client.retrieve(HttpRequest.POST("/login", Map.of("username", email, "password",
                Fixtures.PASSWORD)), Map.class).get("access_token");
        base = "/api/organizations/" + association.value();
        Map<?, ?> proposed = client.retrieve(HttpRequest.POST(base + "/standards", Map.of("titleZh", "冷链物流温度监测规范",
                "scope", "本文件规定了冷链物流全过程温度监测的要求。", "publicInterest", false, "cybersecurity", false))
                .bearerAuth(token), Map.class);
        standardId = (String) proposed.get("id");
    }

    @Test
    void a_pdf_uploaded_as_multipart_is_listed_and_downloads_byte_for_byte() {
        byte[] pdf = SampleFiles.pdf("项目建议书 API");

        Map<?, ?> version = client.retrieve(HttpRequest.POST(base + "/standards/" + standardId + "/documents",
                        MultipartBody.builder().addPart("kind", "PROJECT_PROPOSAL")
                                .addPart("file", "项目建议书.pdf", MediaType.of("application/pdf"), pdf).build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).bearerAuth(token), Map.class);

        assertThat(version.get("version")).isEqualTo(1);
        assertThat(version.get("fileName")).isEqualTo("项目建议书.pdf");
        Map<?, ?> listed = client.retrieve(HttpRequest.GET(base + "/standards/" + standardId + "/documents")
                .bearerAuth(token), Map.class);
        assertThat((List<?>) listed.get("items")).hasSize(1);
        byte[] downloaded = client.retrieve(HttpRequest.GET(base + "/documents/" + version.get("documentId")
                + "/versions/1/content").bearerAuth(token), byte[].class);
        assertThat(downloaded).isEqualTo(pdf);
        Map<?, ?> history = client.retrieve(HttpRequest.GET(base + "/audit?subjectType=STANDARD&subjectId=" + standardId)
                .bearerAuth(token), Map.class);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> events = (List<Map<String, Object>>) history.get("items");
        assertThat(events).extracting(e -> (String) e.get("action"))
                .containsExactly("DOCUMENT_VERSION_ADDED", "PROPOSED");
        Map<?, ?> verification = client.retrieve(HttpRequest.GET(base + "/audit/verification").bearerAuth(token), Map.class);
        assertThat(verification.get("intact")).isEqualTo(true);
    }

    @Test
    void a_script_named_pdf_is_refused_naming_the_file_field_and_rule_in_chinese_and_stores_nothing() {
        byte[] script = "#!/bin/sh\necho 0wned\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> client.exchange(HttpRequest.POST(base + "/standards/" + standardId + "/documents",
                        MultipartBody.builder().addPart("kind", "PROJECT_PROPOSAL")
                                .addPart("file", "草案.pdf", MediaType.of("application/pdf"), script).build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).bearerAuth(token), Map.class))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
                    List<Map<String, String>> errors = errors(e);
                    assertThat(errors).singleElement().satisfies(error -> {
                        assertThat(error.get("field")).isEqualTo("file");
                        assertThat(error.get("rule")).isEqualTo("LC-5");
                        assertThat(error.get("message")).isEqualTo("文件：文件内容与扩展名不符：内容不是 PDF 文件（LC-5）");
                    });
                });
        Map<?, ?> listed = client.retrieve(HttpRequest.GET(base + "/standards/" + standardId + "/documents")
                .bearerAuth(token), Map.class);
        assertThat(listed.get("total")).isEqualTo(0);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, String>> errors(HttpClientResponseException e) {
        String body = e.getResponse().getBody(String.class).orElseThrow();
        try {
            return (List<Map<String, String>>) json.readValue(body, Map.class).get("errors");
        } catch (java.io.IOException unreadable) {
            throw new AssertionError("The error body is not JSON: " + body, unreadable);
        }
    }
}
