package cn.tuanbiao.meetings;

import cn.tuanbiao.bodies.domain.Body;
import cn.tuanbiao.bodies.domain.BodyCharter;
import cn.tuanbiao.bodies.domain.BodyType;
import cn.tuanbiao.bodies.domain.SeatAppointment;
import cn.tuanbiao.bodies.domain.SeatRole;
import cn.tuanbiao.bodies.service.BodyService;
import cn.tuanbiao.documents.domain.DocumentKind;
import cn.tuanbiao.standards.domain.Proposal;
import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.standards.service.LifecycleWalk;
import cn.tuanbiao.standards.service.StandardService;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.testing.Fixtures;
import cn.tuanbiao.testing.MutableClock;
import cn.tuanbiao.testing.PlatformTest;
import cn.tuanbiao.testing.SampleFiles;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static cn.tuanbiao.users.domain.OrganizationRole.ADMINISTRATOR;
import static cn.tuanbiao.users.domain.OrganizationRole.SECRETARIAT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** PART-3 over REST: a coordination meeting convened, held with quorum, its minutes uploaded and its decision approving a project. */
class MeetingsApiTest extends PlatformTest {

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Fixtures fixtures;
    @Inject
    BodyService bodies;
    @Inject
    StandardService standards;
    @Inject
    LifecycleWalk walk;
    @Inject
    MutableClock clock;

    private BlockingHttpClient client;
    private String token;
    private String base;
    private Body coordination;
    private StandardId project;

    @BeforeEach
    void aSecretariatWithItsCoordinationBodyAndAProjectProposal() {
        client = http.toBlocking();
        TenantId association = fixtures.association("会议API测试协会" + Fixtures.suffix());
        String email = "huiyi." + Fixtures.suffix() + "@example.cn";
        PersonId secretariat = fixtures.person(email, "会务秘书");
        fixtures.join(secretariat, association, ADMINISTRATOR, SECRETARIAT);
        token = token(email);
        base = "/api/organizations/" + association.value();
        LocalDate today = standards.today();
        coordination = bodies.establish(secretariat, association, new BodyCharter(BodyType.SECRETARIAT, "秘书处", null,
                null, today.minusYears(1)));
        for (String holder : List.of("陈静", "刘洋", "孙磊")) {
            bodies.appoint(secretariat, association, coordination.id(), new SeatAppointment(holder, null, null,
                    SeatRole.MEMBER, true, today.minusYears(1), today.plusYears(3)));
        }
        project = standards.propose(secretariat, association, new Proposal("冷链物流 温度监测 规范", null,
                "本文件规定了冷链物流温度监测的要求。", false, false), null).id();
        walk.upload(secretariat, association, project, DocumentKind.PROJECT_PROPOSAL);
        standards.submitProjectProposal(secretariat, association, project);
    }

    @Test
    void PART_3_a_meeting_convened_held_and_minuted_over_rest_approves_the_project_by_its_decision() {
        String startsAt = clock.instant().plus(Duration.ofHours(1)).toString();
        Map<?, ?> convened = client.retrieve(post(base + "/meetings", Map.of("body", coordination.id().toString(),
                "kind", "COORDINATION", "title", "秘书处2026年第5次办公会", "format", "PHONE", "link", "0571-88886666 转 1234#",
                "startsAt", startsAt, "agenda", List.of(Map.of("title", "审议立项申请", "standard", project.toString())),
                "guests", List.of(Map.of("name", "王强（提案人）")))), Map.class);
        String meeting = (String) convened.get("id");
        clock.advance(Duration.ofHours(2));
        Map<?, ?> detail = client.retrieve(get(base + "/meetings/" + meeting), Map.class);
        List<Map<String, Object>> invitees = list(detail.get("invitees"));
        List<Map<String, Object>> entries = invitees.stream().map(i -> Map.<String, Object>of("invitee", i.get("id"),
                "attendance", "王强（提案人）".equals(i.get("name")) || "孙磊".equals(i.get("name")) ? "ABSENT" : "PRESENT"))
                .toList();

        Map<?, ?> held = client.retrieve(HttpRequest.PUT(base + "/meetings/" + meeting + "/attendance",
                Map.of("entries", entries)).bearerAuth(token), Map.class);
        Map<?, ?> minutes = client.retrieve(HttpRequest.POST(base + "/meetings/" + meeting + "/minutes",
                        MultipartBody.builder().addPart("file", "会议纪要.pdf", MediaType.of("application/pdf"),
                                SampleFiles.pdf("秘书处办公会纪要")).build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).bearerAuth(token), Map.class);
        Map<?, ?> decision = client.retrieve(post(base + "/meetings/" + meeting + "/decisions", Map.of(
                "text", "同意《冷链物流 温度监测 规范》立项", "standard", project.toString(), "enables", "PROJECT_APPROVAL")),
                Map.class);
        Map<?, ?> approved = client.retrieve(post(base + "/standards/" + project + "/project-approval",
                Map.of("meetingDecision", decision.get("id"))), Map.class);

        assertThat(convened.get("status")).isEqualTo("SCHEDULED");
        assertThat(invitees).hasSize(4);
        assertThat(held.get("status")).isEqualTo("HELD");
        @SuppressWarnings("unchecked")
        Map<String, Object> quorum = (Map<String, Object>) held.get("quorum");
        assertThat(quorum).containsEntry("seats", 3).containsEntry("present", 2).containsEntry("reached", true);
        assertThat(minutes.get("version")).isEqualTo(1);
        assertThat(approved.get("stage")).isEqualTo("PROJECT_APPROVED");
        Map<?, ?> linked = client.retrieve(get(base + "/meetings/decisions?standard=" + project), Map.class);
        assertThat(list(linked.get("items"))).singleElement().satisfies(d -> {
            assertThat(d.get("reference")).isEqualTo(decision.get("reference"));
            assertThat(d.get("evidenceUsedAt")).isNotNull();
        });
        assertThat(list(client.retrieve(get(base + "/meetings/" + meeting + "/attendees"),
                io.micronaut.core.type.Argument.listOf(Map.class))))
                .extracting(a -> a.get("name")).containsExactlyInAnyOrder("陈静", "刘洋");
        assertThat(list(client.retrieve(get(base + "/meetings?when=PAST"), Map.class).get("items")))
                .extracting(m -> m.get("id")).containsExactly(meeting);
        assertThat(client.retrieve(get(base + "/meetings/rules"), Map.class))
                .containsEntry("quorumRule", "MORE_THAN_HALF").containsEntry("proxiesAllowed", false);
    }

    @Test
    void PART_3_a_bad_meeting_is_refused_naming_each_field_and_a_bad_evidence_with_the_requirement() {
        assertThatThrownBy(() -> client.exchange(post(base + "/meetings", Map.of("format", "VIDEO", "link", "not a link",
                "startsAt", "next tuesday")), Map.class))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
                    assertThat(errors(e)).extracting(m -> m.get("field")).containsExactly("startsAt");
                });
        assertThatThrownBy(() -> client.exchange(post(base + "/meetings", Map.of("format", "VIDEO", "link", "not a link",
                "startsAt", "2020-01-01T09:00")), Map.class))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
                    assertThat(errors(e)).extracting(m -> m.get("field")).containsExactlyInAnyOrder("body", "meetingKind",
                            "meetingTitle", "link", "startsAt", "agenda");
                });
        assertThatThrownBy(() -> client.exchange(post(base + "/standards/" + project + "/project-approval",
                Map.of("meetingDecision", java.util.UUID.randomUUID().toString())), Map.class))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.CONFLICT.getCode());
                    assertThat(errors(e)).extracting(m -> m.get("rule")).containsExactly("PART-3");
                });
    }

    @Test
    void PART_3_another_organizations_administrator_cannot_read_or_change_the_meeting() {
        Map<?, ?> convened = client.retrieve(post(base + "/meetings", Map.of("body", coordination.id().toString(),
                "kind", "COORDINATION", "title", "秘书处办公会", "format", "IN_PERSON", "location", "协会三楼会议室",
                "startsAt", clock.instant().plus(Duration.ofDays(3)).toString(),
                "agenda", List.of(Map.of("title", "审议立项申请")))), Map.class);
        TenantId other = fixtures.association("他会API测试学会" + Fixtures.suffix());
        String otherEmail = "other." + Fixtures.suffix() + "@example.cn";
        fixtures.join(fixtures.person(otherEmail, "他会秘书"), other, ADMINISTRATOR, SECRETARIAT);
        String otherToken = token(otherEmail);
        String meeting = (String) convened.get("id");

        for (MutableHttpRequest<?> attack : List.of(
                HttpRequest.GET(base + "/meetings/" + meeting),
                HttpRequest.GET(base + "/meetings"),
                HttpRequest.POST(base + "/meetings/" + meeting + "/cancellation", Map.of("reason", "冒名取消")),
                HttpRequest.GET("/api/organizations/" + other.value() + "/meetings/" + meeting),
                HttpRequest.POST("/api/organizations/" + other.value() + "/meetings/" + meeting + "/cancellation",
                        Map.of("reason", "冒名取消")))) {
            assertThatThrownBy(() -> client.exchange(attack.bearerAuth(otherToken), Map.class))
                    .as(attack.getMethod() + " " + attack.getPath())
                    .isInstanceOfSatisfying(HttpClientResponseException.class, e -> assertThat(e.getStatus().getCode())
                            .isIn(HttpStatus.FORBIDDEN.getCode(), HttpStatus.NOT_FOUND.getCode()));
        }
        assertThat(client.retrieve(get(base + "/meetings/" + meeting), Map.class).get("meeting"))
                .satisfies(m -> assertThat(((Map<?, ?>) m).get("status")).isEqualTo("SCHEDULED"));
    }

    private MutableHttpRequest<?> post(String path, Object body) {
        return HttpRequest.POST(path, body).bearerAuth(token);
    }

    private MutableHttpRequest<?> get(String path) {
        return HttpRequest.GET(path).bearerAuth(token);
    }

    private String token(String email) {
        return (String) client.retrieve(HttpRequest.POST("/login", Map.of("username", email, "password",
                Fixtures.PASSWORD)), Map.class).get("access_token");
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
