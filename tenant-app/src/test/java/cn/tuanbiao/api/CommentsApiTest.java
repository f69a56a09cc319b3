package cn.tuanbiao.api;

import cn.tuanbiao.documents.domain.DocumentKind;
import cn.tuanbiao.standards.domain.CommentPeriod;
import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.standards.service.LifecycleWalk;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.testing.Fixtures;
import cn.tuanbiao.testing.MutableClock;
import cn.tuanbiao.testing.PlatformTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static cn.tuanbiao.testing.Fixtures.suffix;
import static cn.tuanbiao.users.domain.OrganizationRole.MEMBER_REPRESENTATIVE;
import static cn.tuanbiao.users.domain.OrganizationRole.SECRETARIAT;
import static cn.tuanbiao.users.domain.OrganizationRole.WORKING_GROUP_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** PART-1 over REST: a member comments, the working group disposes, the draft goes to review, the table downloads. */
class CommentsApiTest extends PlatformTest {

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Fixtures fixtures;
    @Inject
    LifecycleWalk walk;
    @Inject
    MutableClock clock;

    @Test
    @SuppressWarnings("unchecked")
    void PART_1_a_comment_period_runs_over_the_api_from_comment_to_draft_for_review() throws IOException {
        BlockingHttpClient client = http.toBlocking();
        TenantId association = fixtures.association("接口意见协会" + suffix());
        Person secretariat = person(association, SECRETARIAT, WORKING_GROUP_MEMBER);
        Person member = person(association, MEMBER_REPRESENTATIVE);
        StandardId draft = walk.toCommentPeriod(secretariat.id(), association, "智能网联汽车 数据记录 技术要求",
                CommentPeriod.Audience.MEMBERS).id();
        String standard = "/api/organizations/" + association + "/standards/" + draft;

        HttpClientResponseException missing = catchThrowableOfType(() -> client.exchange(HttpRequest.POST(
                standard + "/comments", Map.of("clause", "5.1")).bearerAuth(member.token()), Map.class),
                HttpClientResponseException.class);
        assertThat(missing.getStatus().getCode()).isEqualTo(422);
        Map<String, Object> created = client.retrieve(HttpRequest.POST(standard + "/comments", Map.of("clause", "5.1",
                "commentType", "TECHNICAL", "comment", "数据记录频率应不低于 10 Hz", "proposedChange", "改为 10 Hz"))
                .bearerAuth(member.token()), Map.class);
        assertThat(created.get("number")).isEqualTo(1);

        clock.advance(Duration.ofDays(31));
        client.exchange(HttpRequest.POST(standard + "/comment-period/closing", "").bearerAuth(secretariat.token()));
        walk.upload(secretariat.id(), association, draft, DocumentKind.DRAFT_FOR_REVIEW);
        HttpClientResponseException open = catchThrowableOfType(() -> client.exchange(HttpRequest.POST(
                standard + "/draft-for-review", "").bearerAuth(secretariat.token()), Map.class),
                HttpClientResponseException.class);
        assertThat(open.getStatus().getCode()).isEqualTo(409);
        assertThat(open.getResponse().getBody(Map.class).orElseThrow().toString()).contains("PART-1");

        client.exchange(HttpRequest.PUT("/api/organizations/" + association + "/comments/" + created.get("id")
                + "/disposition", Map.of("disposition", "ACCEPTED", "reason", "已改为 10 Hz"))
                .bearerAuth(secretariat.token()), Map.class);
        Map<String, Object> progress = client.retrieve(HttpRequest.GET(standard + "/comments/progress")
                .bearerAuth(member.token()), Map.class);
        assertThat(progress).containsEntry("comments", 1).containsEntry("open", 0);
        Map<String, Object> moved = client.retrieve(HttpRequest.POST(standard + "/draft-for-review", "")
                .bearerAuth(secretariat.token()), Map.class);
        assertThat(moved.get("stage")).isEqualTo("DRAFT_FOR_REVIEW");

        HttpResponse<byte[]> excel = client.exchange(HttpRequest.GET(standard + "/comments/resolution-table.xlsx")
                .bearerAuth(member.token()), byte[].class);
        assertThat(excel.getHeaders().get("Content-Disposition")).contains("attachment");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(excel.body()))) {
            assertThat(workbook.getSheetAt(0).getRow(3).getCell(7).getStringCellValue()).isEqualTo("已改为 10 Hz");
        }
        List<Map<String, Object>> items = (List<Map<String, Object>>) client.retrieve(HttpRequest.GET(standard
                + "/comments").bearerAuth(member.token()), Map.class).get("items");
        assertThat(items).singleElement().satisfies(c -> assertThat(c.get("disposition")).isEqualTo("ACCEPTED"));
    }

    private record Person(PersonId id, String token) {
    }

    private Person person(TenantId organization, cn.tuanbiao.users.domain.OrganizationRole... roles) {
        String email = "comment-" + suffix() + "@example.cn";
        PersonId id = fixtures.person(email, "意见人" + suffix());
        fixtures.join(id, organization, roles);
        Map<?, ?> body = http.toBlocking().retrieve(HttpRequest.POST("/login", Map.of("username", email,
                "password", Fixtures.PASSWORD)), Map.class);
        return new Person(id, (String) body.get("access_token"));
    }
}
