package cn.tuanbiao.console.alliance;

import cn.tuanbiao.console.alliance.AllianceWorld.Organization;
import cn.tuanbiao.console.alliance.domain.ConventionText;
import cn.tuanbiao.console.alliance.domain.Expert;
import cn.tuanbiao.console.alliance.domain.ExpertStatus;
import cn.tuanbiao.console.alliance.domain.Invitation;
import cn.tuanbiao.console.alliance.domain.MemberInvitation;
import cn.tuanbiao.console.alliance.domain.MemberPeriod;
import cn.tuanbiao.console.alliance.domain.MemberStandard;
import cn.tuanbiao.console.alliance.domain.MyAlliance;
import cn.tuanbiao.console.alliance.domain.Nomination;
import cn.tuanbiao.console.alliance.domain.RosterRow;
import cn.tuanbiao.console.alliance.service.AllianceChannel;
import cn.tuanbiao.console.alliance.service.AllianceConventions;
import cn.tuanbiao.console.alliance.service.AllianceExports;
import cn.tuanbiao.console.alliance.service.AllianceSecretariat;
import cn.tuanbiao.console.alliance.service.ExpertPool;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.standards.domain.StandardProject;
import cn.tuanbiao.standards.service.LifecycleWalk;
import cn.tuanbiao.statistics.domain.MemberIndicators;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.testing.PlatformTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.tuanbiao.users.domain.OrganizationRole.ADMINISTRATOR;
import static cn.tuanbiao.users.domain.OrganizationRole.COUNCIL_MEMBER;
import static cn.tuanbiao.users.domain.OrganizationRole.SECRETARIAT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * SUP-1, ORG-5: an alliance secretariat's console — the roster of current members with their
 * indicators and the join/leave history, the members' published standards (never their drafts),
 * the self-regulation convention accepted from the members' side, the shared expert pool — and
 * nothing at all for a non-member or for another alliance's secretariat.
 */
class AllianceConsoleTest extends PlatformTest {

    @Inject
    AllianceWorld world;
    @Inject
    AllianceSecretariat secretariat;
    @Inject
    AllianceConventions conventions;
    @Inject
    ExpertPool experts;
    @Inject
    AllianceChannel channel;
    @Inject
    AllianceExports exports;
    @Inject
    LifecycleWalk walk;
    @Inject
    @Client("/")
    HttpClient http;

    private Organization alliance;
    private Organization zjzz;
    private Organization jsxcl;
    private Organization outsider;
    private Organization otherAlliance;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("tuanbiao.statistics.fold.scheduled", "false");
        return properties;
    }

    @BeforeEach
    void anAllianceOfTwoMembersAndAnotherAllianceWithAnOutsider() {
        AllianceWorld.TwoAlliances scene = world.twoAlliances();
        alliance = scene.alliance();
        zjzz = scene.zjzz();
        jsxcl = scene.jsxcl();
        otherAlliance = scene.otherAlliance();
        outsider = scene.outsider();
    }

    @Test
    void SUP_1_the_secretariat_sees_its_current_members_indicators_but_never_a_draft() {
        String number = world.published(zjzz, "联盟测试 已发布标准", LocalDate.of(2019, 1, 10));
        StandardProject draft = walk.toCommentPeriod(zjzz.staff(), zjzz.id(), "联盟测试 内部草案",
                cn.tuanbiao.standards.domain.CommentPeriod.Audience.MEMBERS);
        world.published(outsider, "联盟测试 非成员标准", LocalDate.of(2024, 1, 10));
        world.foldNow();

        List<RosterRow> roster = secretariat.allRoster(alliance.staff(), alliance.id());
        assertThat(roster).extracting(r -> r.indicators().organization().code())
                .containsExactlyInAnyOrder(zjzz.code(), jsxcl.code());
        MemberIndicators z = row(roster, zjzz).indicators();
        assertThat(z.organization().standards().published()).isEqualTo(1);
        assertThat(z.organization().inProgress()).hasValue(1);
        assertThat(z.commentPeriods()).isEqualTo(1);
        assertThat(z.commentPeriodsHonoured()).isEqualTo(1);
        assertThat(z.overdueReviews()).as("published in 2019, its 5-year review was due in 2024").isEqualTo(1);
        assertThat(z.publishedInForce()).isEqualTo(1);
        assertThat(z.declarationsConfirmed()).isZero();
        assertThat(z.declarationRate()).hasValue(0);
        assertThat(z.casesOpen()).isZero();
        assertThat(z.practiceStars()).isEmpty();
        assertThat(row(roster, zjzz).joinedOn()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(row(roster, zjzz).conventionAccepted()).isEmpty();

        List<MemberStandard> standards = secretariat.allMemberStandards(alliance.staff(), alliance.id(), zjzz.id());
        assertThat(standards).extracting(MemberStandard::number).containsExactly(number);
        assertThat(standards).extracting(MemberStandard::titleZh)
                .doesNotContain(draft.subject().titleZh(), "联盟测试 非成员标准");

        assertThatThrownBy(() -> secretariat.member(alliance.staff(), alliance.id(), outsider.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> secretariat.memberStandards(alliance.staff(), alliance.id(), outsider.id(),
                PageRequest.first(10))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void SUP_1_a_member_that_left_leaves_the_roster_and_stays_in_the_history() {
        world.leave(alliance, jsxcl, LocalDate.of(2025, 6, 30));

        assertThat(secretariat.allRoster(alliance.staff(), alliance.id()))
                .extracting(r -> r.indicators().organization().code()).containsExactly(zjzz.code());
        assertThat(secretariat.allHistory(alliance.staff(), alliance.id()))
                .extracting(MemberPeriod::code, MemberPeriod::joinedOn, MemberPeriod::leftOn)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(jsxcl.code(), LocalDate.of(2024, 6, 1), LocalDate.of(2025, 6, 30)),
                        org.assertj.core.groups.Tuple.tuple(zjzz.code(), LocalDate.of(2024, 3, 1), null));
        assertThatThrownBy(() -> secretariat.member(alliance.staff(), alliance.id(), jsxcl.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> world.leave(alliance, zjzz, LocalDate.of(2020, 1, 1)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void SUP_1_another_alliances_secretariat_and_the_members_themselves_get_nothing() {
        world.published(zjzz, "联盟测试 成员标准", LocalDate.of(2024, 2, 1));
        world.foldNow();
        PersonId other = otherAlliance.staff();

        assertThat(secretariat.allRoster(other, otherAlliance.id()))
                .extracting(r -> r.indicators().organization().code()).containsExactly(outsider.code());
        assertThatThrownBy(() -> secretariat.member(other, otherAlliance.id(), zjzz.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> secretariat.memberStandards(other, otherAlliance.id(), zjzz.id(), PageRequest.first(10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> secretariat.roster(other, alliance.id(), PageRequest.first(10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> secretariat.history(other, alliance.id(), PageRequest.first(10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> experts.pool(other, alliance.id(), null, PageRequest.first(10)))
                .isInstanceOf(AccessDeniedException.class);
        // a member's own secretariat is no alliance secretariat; nor is a council member of the alliance
        assertThatThrownBy(() -> secretariat.roster(zjzz.staff(), zjzz.id(), PageRequest.first(10)))
                .isInstanceOf(AccessDeniedException.class);
        PersonId councillor = world.person(alliance, COUNCIL_MEMBER);
        assertThatThrownBy(() -> secretariat.roster(councillor, alliance.id(), PageRequest.first(10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void SUP_1_indicators_follow_a_change_at_the_next_fold() {
        world.published(jsxcl, "联盟测试 新发布标准", LocalDate.of(2025, 9, 1));
        assertThat(row(secretariat.allRoster(alliance.staff(), alliance.id()), jsxcl).indicators().publishedInForce())
                .as("before the fold (at most a second in production)").isZero();

        world.foldNow();

        MemberIndicators j = row(secretariat.allRoster(alliance.staff(), alliance.id()), jsxcl).indicators();
        assertThat(j.organization().standards().published()).isEqualTo(1);
        assertThat(j.publishedInForce()).isEqualTo(1);
        assertThat(j.overdueReviews()).isZero();
    }

    @Test
    void SUP_1_each_members_administrator_accepts_the_latest_convention_once() {
        assertThatThrownBy(() -> conventions.publish(alliance.staff(), alliance.id(), new ConventionText(" ", "")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(p -> p.field()).containsExactly("title", "body"));
        conventions.publish(alliance.staff(), alliance.id(), new ConventionText("长三角团体标准自律公约",
                "第一条 成员团体遵守国家标准化法律法规……"));
        assertThatThrownBy(() -> conventions.publish(zjzz.staff(), alliance.id(), new ConventionText("冒充", "冒充")))
                .isInstanceOf(AccessDeniedException.class);

        channel.acceptConvention(zjzz.staff(), zjzz.id(), alliance.id(), 1);

        List<RosterRow> roster = secretariat.allRoster(alliance.staff(), alliance.id());
        assertThat(row(roster, zjzz).conventionAccepted()).hasValue(1);
        assertThat(row(roster, jsxcl).conventionAccepted()).isEmpty();
        assertThatThrownBy(() -> channel.acceptConvention(zjzz.staff(), zjzz.id(), alliance.id(), 1))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("alliance.convention.alreadyAccepted");
        PersonId notAdministrator = world.person(jsxcl, SECRETARIAT);
        assertThatThrownBy(() -> channel.acceptConvention(notAdministrator, jsxcl.id(), alliance.id(), 1))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> channel.acceptConvention(outsider.staff(), outsider.id(), alliance.id(), 1))
                .isInstanceOf(AccessDeniedException.class);

        conventions.publish(alliance.staff(), alliance.id(), new ConventionText("长三角团体标准自律公约（2026 修订）",
                "第一条 ……第十条 不得以标准化名义收费。"));
        assertThatThrownBy(() -> channel.acceptConvention(jsxcl.staff(), jsxcl.id(), alliance.id(), 1))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("alliance.convention.notLatest");
        MyAlliance mine = channel.myAlliances(zjzz.staff(), zjzz.id()).stream()
                .filter(a -> a.alliance().equals(alliance.id())).findFirst().orElseThrow();
        assertThat(mine.convention().accepted()).hasValue(1);
        assertThat(mine.convention().latest().orElseThrow().version()).isEqualTo(2);
        assertThat(mine.convention().upToDate()).isFalse();
        assertThat(channel.myAlliances(outsider.staff(), outsider.id())).extracting(MyAlliance::alliance)
                .containsExactly(otherAlliance.id());
    }

    @Test
    void ORG_5_council_members_nominate_the_secretariat_admits_and_members_invite_pool_experts_to_reviews() {
        PersonId councillor = world.person(alliance, COUNCIL_MEMBER);
        world.fixtures().join(councillor, zjzz.id(), COUNCIL_MEMBER);
        Expert wang = experts.nominate(councillor, alliance.id(), new Nomination(zjzz.id(), "王工", "工业机器人", "教授级高工"));
        Expert li = experts.nominate(councillor, alliance.id(), new Nomination(zjzz.id(), "李工", "数字孪生", null));
        assertThatThrownBy(() -> experts.nominate(councillor, alliance.id(), new Nomination(zjzz.id(), "赵工", "能效", null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("alliance.expert.quota");
        assertThatThrownBy(() -> experts.nominate(councillor, alliance.id(), new Nomination(jsxcl.id(), "钱工", "新材料", null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("alliance.expert.notYourMember");
        assertThatThrownBy(() -> experts.nominate(councillor, alliance.id(), new Nomination(outsider.id(), "孙工", "食品", null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("alliance.expert.memberNotInAlliance");
        assertThatThrownBy(() -> experts.nominate(zjzz.staff(), alliance.id(), new Nomination(zjzz.id(), "周工", "标准化", null)))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(experts.decide(alliance.staff(), alliance.id(), wang.id(), true, null).status())
                .isEqualTo(ExpertStatus.ADMITTED);
        experts.decide(alliance.staff(), alliance.id(), li.id(), false, "专业领域重复");
        assertThatThrownBy(() -> experts.decide(alliance.staff(), alliance.id(), li.id(), true, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("alliance.expert.alreadyDecided");
        assertThatThrownBy(() -> experts.decide(councillor, alliance.id(), wang.id(), true, null))
                .isInstanceOf(AccessDeniedException.class);
        experts.nominate(councillor, alliance.id(), new Nomination(zjzz.id(), "赵工", "能效", null));

        StandardProject review = walk.toTechnicalReview(jsxcl.staff(), jsxcl.id(), "联盟测试 评审中的草案");
        StandardProject drafting = walk.toDrafting(jsxcl.staff(), jsxcl.id(), "联盟测试 起草中的草案");
        Invitation invitation = channel.invite(jsxcl.staff(), jsxcl.id(), alliance.id(), wang.id(), review.id().value(),
                LocalDate.of(2026, 5, 20));
        assertThat(invitation.memberName()).isEqualTo(jsxcl.nameZh());
        assertThatThrownBy(() -> channel.invite(jsxcl.staff(), jsxcl.id(), alliance.id(), wang.id(), review.id().value(), null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("alliance.invitation.duplicate");
        assertThatThrownBy(() -> channel.invite(jsxcl.staff(), jsxcl.id(), alliance.id(), li.id(), review.id().value(), null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("alliance.expert.notAdmitted");
        assertThatThrownBy(() -> channel.invite(jsxcl.staff(), jsxcl.id(), alliance.id(), wang.id(), drafting.id().value(), null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("alliance.invitation.notInReview");
        assertThatThrownBy(() -> channel.invite(jsxcl.staff(), jsxcl.id(), alliance.id(), wang.id(),
                java.util.UUID.randomUUID(), null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> channel.pool(outsider.staff(), outsider.id(), alliance.id(), PageRequest.first(10)))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(channel.pool(jsxcl.staff(), jsxcl.id(), alliance.id(), PageRequest.first(10)).items())
                .extracting(Expert::name).containsExactly("王工");
        assertThat(experts.pool(alliance.staff(), alliance.id(), ExpertStatus.ADMITTED, PageRequest.first(10)).items())
                .singleElement().satisfies(e -> assertThat(e.invitations()).isEqualTo(1));
        // the alliance learns who invited whom, never the title of the member's draft
        assertThat(experts.invitations(alliance.staff(), alliance.id(), null, PageRequest.first(10)).items())
                .singleElement().satisfies(i -> {
                    assertThat(i.memberName()).isEqualTo(jsxcl.nameZh());
                    assertThat(i.toString()).doesNotContain("联盟测试 评审中的草案");
                });
        assertThat(channel.invitations(jsxcl.staff(), jsxcl.id(), alliance.id(), PageRequest.first(10)).items())
                .extracting(MemberInvitation::standardTitle).containsExactly("联盟测试 评审中的草案");
    }

    @Test
    void SUP_1_every_table_exports_to_excel_with_chinese_headers() throws Exception {
        world.published(zjzz, "联盟测试 导出标准", LocalDate.of(2024, 3, 15));
        world.leave(alliance, jsxcl, LocalDate.of(2025, 1, 31));
        world.foldNow();
        String name = secretariat.allianceName(alliance.id());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.writeExcel(List.of(exports.rosterTable(name, secretariat.allRoster(alliance.staff(), alliance.id())),
                exports.historyTable(name, secretariat.allHistory(alliance.staff(), alliance.id())),
                exports.expertsTable(name, experts.allExperts(alliance.staff(), alliance.id()))), out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            Sheet roster = workbook.getSheetAt(0);
            assertThat(texts(roster.getRow(1))).startsWith("团体名称", "社会团体代号", "团体类型", "加入日期", "现行标准")
                    .contains("自我声明公开率", "复审逾期", "良好行为星级", "自律公约");
            assertThat(roster.getRow(2).getCell(1).getStringCellValue()).isEqualTo(zjzz.code());
            assertThat(roster.getRow(2).getCell(4).getNumericCellValue()).isEqualTo(1.0);
            assertThat(roster.getRow(2).getCell(16).getStringCellValue()).isEqualTo("未签署");
            Sheet history = workbook.getSheetAt(1);
            assertThat(texts(history.getRow(1))).containsExactly("团体名称", "社会团体代号", "加入日期", "退出日期", "状态", "退出原因");
            assertThat(history.getRow(2).getCell(1).getStringCellValue()).isEqualTo(jsxcl.code());
            assertThat(history.getRow(2).getCell(4).getStringCellValue()).isEqualTo("已退出");
        }
    }

    @Test
    void SUP_1_the_rest_api_answers_the_secretariat_and_refuses_everyone_else() {
        world.published(zjzz, "联盟测试 接口标准", LocalDate.of(2024, 3, 15));
        walk.toCommentPeriod(zjzz.staff(), zjzz.id(), "联盟测试 接口草案",
                cn.tuanbiao.standards.domain.CommentPeriod.Audience.MEMBERS);
        world.foldNow();
        String token = token(alliance.email());
        String base = "/api/organizations/" + alliance.id() + "/alliance";

        String members = http.toBlocking().retrieve(HttpRequest.GET(base + "/members").bearerAuth(token));
        assertThat(members).contains(zjzz.code(), jsxcl.code()).doesNotContain(outsider.code(), "联盟测试 接口草案");
        String standards = http.toBlocking().retrieve(HttpRequest.GET(base + "/members/" + zjzz.id() + "/standards")
                .bearerAuth(token));
        assertThat(standards).contains("联盟测试 接口标准").doesNotContain("联盟测试 接口草案");
        HttpResponse<byte[]> excel = http.toBlocking().exchange(HttpRequest.GET(base + "/members.xlsx").bearerAuth(token),
                byte[].class);
        assertThat(excel.getContentType()).hasValueSatisfying(t -> assertThat(t.toString()).contains("spreadsheetml"));

        assertThat(status(HttpRequest.GET(base + "/members/" + outsider.id()).bearerAuth(token)))
                .isEqualTo(403);
        String other = token(otherAlliance.email());
        assertThat(status(HttpRequest.GET(base + "/members").bearerAuth(other))).isEqualTo(403);
        assertThat(status(HttpRequest.GET(base + "/history").bearerAuth(other))).isEqualTo(403);
        assertThat(status(HttpRequest.GET(base + "/members/" + zjzz.id() + "/standards").bearerAuth(other)))
                .isEqualTo(403);
        String otherMembers = http.toBlocking().retrieve(HttpRequest.GET("/api/organizations/" + otherAlliance.id()
                + "/alliance/members").bearerAuth(other));
        assertThat(otherMembers).contains(outsider.code()).doesNotContain(zjzz.code(), jsxcl.code());
    }

    private int status(HttpRequest<?> request) {
        try {
            return http.toBlocking().exchange(request, String.class).getStatus().getCode();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    private String token(String email) {
        return (String) http.toBlocking().retrieve(HttpRequest.POST("/login", Map.of("username", email, "password",
                cn.tuanbiao.testing.Fixtures.PASSWORD)), Map.class).get("access_token");
    }

    private static RosterRow row(List<RosterRow> roster, Organization member) {
        return roster.stream().filter(r -> r.indicators().organization().code().equals(member.code())).findFirst()
                .orElseThrow();
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(c -> texts.add(c.getStringCellValue()));
        return texts;
    }
}
