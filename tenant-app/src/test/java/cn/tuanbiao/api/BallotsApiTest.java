package cn.tuanbiao.api;

import cn.tuanbiao.bodies.domain.Body;
import cn.tuanbiao.bodies.domain.BodyCharter;
import cn.tuanbiao.bodies.domain.BodyType;
import cn.tuanbiao.bodies.domain.SeatAppointment;
import cn.tuanbiao.bodies.domain.SeatRole;
import cn.tuanbiao.bodies.service.BodyService;
import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.standards.service.LifecycleWalk;
import cn.tuanbiao.standards.service.StandardService;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.testing.Fixtures;
import cn.tuanbiao.testing.MutableClock;
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
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static cn.tuanbiao.testing.Fixtures.suffix;
import static cn.tuanbiao.users.domain.OrganizationRole.ADMINISTRATOR;
import static cn.tuanbiao.users.domain.OrganizationRole.MEMBER_REPRESENTATIVE;
import static cn.tuanbiao.users.domain.OrganizationRole.SECRETARIAT;
import static cn.tuanbiao.users.domain.OrganizationRole.WORKING_GROUP_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** PART-2 ballots over REST: open, vote, no tally before the close, close with the arithmetic, isolation. */
class BallotsApiTest extends PlatformTest {

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Fixtures fixtures;
    @Inject
    LifecycleWalk walk;
    @Inject
    StandardService standards;
    @Inject
    BodyService bodies;
    @Inject
    MutableClock clock;

    @Test
    @SuppressWarnings("unchecked")
    void PART_2_a_ballot_runs_over_the_api_and_its_result_states_the_arithmetic() {
        BlockingHttpClient client = http.toBlocking();
        TenantId association = fixtures.association("接口投票协会" + suffix());
        Person secretariat = person(association, SECRETARIAT, WORKING_GROUP_MEMBER);
        Person first = person(association, MEMBER_REPRESENTATIVE);
        Person second = person(association, MEMBER_REPRESENTATIVE);
        StandardId standard = walk.toTechnicalReview(secretariat.id(), association, "协作机器人 力控 测试方法").id();
        LocalDate today = standards.today();
        Body committee = bodies.establish(secretariat.id(), association, new BodyCharter(BodyType.TECHNICAL_COMMITTEE,
                "审查委员会", null, null, today.minusYears(1)));
        for (Person voter : List.of(secretariat, first, second)) {
            bodies.appoint(secretariat.id(), association, committee.id(), new SeatAppointment("委员" + suffix(), null,
                    voter.id(), SeatRole.MEMBER, true, today.minusMonths(1), today.plusYears(2)));
        }
        String ballots = "/api/organizations/" + association + "/standards/" + standard + "/ballots";

        HttpResponse<Map> opened = client.exchange(HttpRequest.POST(ballots, Map.of("bodyId", committee.id().toString(),
                "method", "ONLINE", "deadline", clock.instant().plus(Duration.ofDays(5)).toString()))
                .bearerAuth(secretariat.token()), Map.class);
        assertThat(opened.getStatus().getCode()).isEqualTo(HttpStatus.CREATED.getCode());
        String ballot = ballots + "/" + opened.body().get("id");
        List<Map<String, Object>> voters = (List<Map<String, Object>>) opened.body().get("voters");
        assertThat(voters).hasSize(3).filteredOn(v -> v.get("exclusion") != null).singleElement()
                .satisfies(v -> assertThat(v.get("exclusionText")).isEqualTo("不参加：本标准起草人（LC-3）"));

        HttpClientResponseException noReason = catchThrowableOfType(() -> client.exchange(HttpRequest.POST(
                ballot + "/votes", Map.of("choice", "DISAPPROVE")).bearerAuth(first.token()), Map.class),
                HttpClientResponseException.class);
        assertThat(noReason.getStatus().getCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
        assertThat(errors(noReason)).singleElement().satisfies(e -> {
            assertThat(e.get("field")).isEqualTo("reason");
            assertThat(e.get("rule")).isEqualTo("PART-2");
        });
        HttpClientResponseException drafter = catchThrowableOfType(() -> client.exchange(HttpRequest.POST(
                ballot + "/votes", Map.of("choice", "APPROVE")).bearerAuth(secretariat.token()), Map.class),
                HttpClientResponseException.class);
        assertThat(drafter.getStatus().getCode()).isEqualTo(HttpStatus.CONFLICT.getCode());
        assertThat(errors(drafter)).singleElement().satisfies(e -> assertThat(e.get("rule")).isEqualTo("LC-3"));

        Map<String, Object> awaiting = client.retrieve(HttpRequest.GET("/api/organizations/" + association
                + "/ballots/mine").bearerAuth(first.token()), Map.class);
        assertThat((List<?>) awaiting.get("items")).hasSize(1);
        HttpResponse<Map> cast = client.exchange(HttpRequest.POST(ballot + "/votes", Map.of("choice", "APPROVE"))
                .bearerAuth(first.token()), Map.class);
        assertThat(cast.getStatus().getCode()).isEqualTo(HttpStatus.CREATED.getCode());
        client.exchange(HttpRequest.POST(ballot + "/votes", Map.of("choice", "APPROVE")).bearerAuth(second.token()), Map.class);

        Map<String, Object> running = client.retrieve(HttpRequest.GET(ballot).bearerAuth(first.token()), Map.class);
        assertThat(running.get("result")).isNull();
        assertThat(((Map<String, Object>) running.get("myVote")).get("choice")).isEqualTo("APPROVE");
        assertThat((List<Map<String, Object>>) running.get("voters")).allSatisfy(v -> assertThat(v.get("vote")).isNull());

        clock.advance(Duration.ofDays(6));
        Map<String, Object> closed = client.retrieve(HttpRequest.POST(ballot + "/close", Map.of())
                .bearerAuth(secretariat.token()), Map.class);
        Map<String, Object> english = client.retrieve(HttpRequest.GET(ballot).bearerAuth(first.token())
                .header("Accept-Language", "en"), Map.class);

        assertThat(closed.get("status")).isEqualTo("CLOSED");
        assertThat(((Map<String, Object>) closed.get("result")).get("arithmetic"))
                .isEqualTo("应投票 2 人，赞成 2，反对 0，弃权 0，未投票 0；通过门槛 2 票（3/4）：通过");
        assertThat(((Map<String, Object>) english.get("result")).get("arithmetic"))
                .isEqualTo("Eligible 2, in favour 2, against 0, abstained 0, not voted 0; threshold 2 votes (3/4): passed");
        Map<String, Object> project = client.retrieve(HttpRequest.GET("/api/organizations/" + association
                + "/standards/" + standard).bearerAuth(first.token()), Map.class);
        assertThat(project.get("stage")).isEqualTo("REVIEW_PASSED");
    }

    @Test
    void another_organizations_administrator_is_forbidden_a_ballot() {
        TenantId association = fixtures.association("接口投票协会" + suffix());
        Person secretariat = person(association, SECRETARIAT);
        StandardId standard = walk.toTechnicalReview(secretariat.id(), association, "隔离 投票 标准").id();
        TenantId other = fixtures.association("他会" + suffix());
        Person stranger = person(other, ADMINISTRATOR, SECRETARIAT);
        String ballots = "/api/organizations/" + association + "/standards/" + standard + "/ballots";

        for (MutableHttpRequest<?> attack : List.of(HttpRequest.GET(ballots),
                HttpRequest.POST(ballots, Map.of("method", "MEETING", "bodyId", java.util.UUID.randomUUID().toString())),
                HttpRequest.GET("/api/organizations/" + association + "/ballots/mine"))) {
            HttpClientResponseException refused = catchThrowableOfType(() -> http.toBlocking()
                    .exchange(attack.bearerAuth(stranger.token()), Map.class), HttpClientResponseException.class);
            assertThat(refused.getStatus().getCode()).as(attack.getPath()).isEqualTo(HttpStatus.FORBIDDEN.getCode());
        }
    }

    private record Person(PersonId id, String token) {
    }

    private Person person(TenantId organization, cn.tuanbiao.users.domain.OrganizationRole... roles) {
        String email = "ballot-" + suffix() + "@example.cn";
        PersonId id = fixtures.person(email, "投票人" + suffix());
        fixtures.join(id, organization, roles);
        Map<?, ?> body = http.toBlocking().retrieve(HttpRequest.POST("/login", Map.of("username", email,
                "password", Fixtures.PASSWORD)), Map.class);
        return new Person(id, (String) body.get("access_token"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, String>> errors(HttpClientResponseException e) {
        return (List<Map<String, String>>) e.getResponse().getBody(Argument.of(Map.class)).orElseThrow().get("errors");
    }
}
