package cn.tuanbiao.console.alliance;

import cn.tuanbiao.console.alliance.AllianceWorld.Organization;
import cn.tuanbiao.console.alliance.domain.AwardRound;
import cn.tuanbiao.console.alliance.domain.RoundDraft;
import cn.tuanbiao.console.alliance.domain.Training;
import cn.tuanbiao.console.alliance.domain.TrainingDraft;
import cn.tuanbiao.console.alliance.service.AllianceAwards;
import cn.tuanbiao.console.alliance.service.AllianceChannel;
import cn.tuanbiao.console.alliance.service.AllianceNotices;
import cn.tuanbiao.console.alliance.service.AllianceSecretariat;
import cn.tuanbiao.console.alliance.service.AllianceTrainings;
import cn.tuanbiao.notifications.domain.Email;
import cn.tuanbiao.notifications.domain.Notification;
import cn.tuanbiao.notifications.domain.NotificationKind;
import cn.tuanbiao.notifications.domain.OutboxMessage;
import cn.tuanbiao.notifications.persistence.OutboxStore;
import cn.tuanbiao.notifications.service.Inbox;
import cn.tuanbiao.notifications.service.NotificationTexts;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.i18n.Messages;
import cn.tuanbiao.standards.domain.StandardSummary;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.tenancy.Transactions;
import cn.tuanbiao.testing.Fixtures;
import cn.tuanbiao.testing.MutableClock;
import cn.tuanbiao.testing.PlatformTest;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Inject;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.tuanbiao.users.domain.OrganizationRole.ADMINISTRATOR;
import static cn.tuanbiao.users.domain.OrganizationRole.MEMBER_REPRESENTATIVE;
import static cn.tuanbiao.users.domain.OrganizationRole.SECRETARIAT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * SUP-1: when the alliance's secretariat opens an award round or schedules a training, every current member
 * organization hears of it — in the app and by e-mail, in Chinese or English — addressed to the people who
 * act on it (a round: the member's administrators, who nominate; a training: its administrators and
 * secretariat), with a link to 所属联盟 where they nominate or register; a member that left hears nothing.
 * The notice is written in the round's own transaction (the alliance's outbox) and delivered into each
 * member's tenant, once per person however often it is delivered; the round's failure sends nothing, and
 * no other organization can read a member's notifications.
 */
class AllianceNoticesTest extends PlatformTest {

    @Inject
    AllianceWorld world;
    @Inject
    AllianceSecretariat secretariat;
    @Inject
    AllianceAwards awards;
    @Inject
    AllianceTrainings trainings;
    @Inject
    AllianceChannel channel;
    @Inject
    AllianceNotices notices;
    @Inject
    Inbox inbox;
    @Inject
    NotificationTexts texts;
    @Inject
    Messages messages;
    @Inject
    OutboxStore outbox;
    @Inject
    Transactions transactions;
    @Inject
    DSLContext db;
    @Inject
    JsonMapper json;
    @Inject
    MutableClock clock;
    @Inject
    @Client("/")
    HttpClient http;

    private Organization alliance;
    private Organization zjzz;
    private Organization jsxcl;
    private Organization former;
    private Organization outsider;
    private PersonId zjzzSecretary;
    private PersonId zjzzRepresentative;
    private PersonId jsxclAdministrator;
    private String allianceName;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("tuanbiao.statistics.fold.scheduled", "false");
        properties.put("tuanbiao.alliance.notices.scheduled", "false");
        return properties;
    }

    @BeforeEach
    void anAllianceOfTwoCurrentMembersOneFormerAndAnOutsider() {
        alliance = world.alliance();
        zjzz = world.association();
        jsxcl = world.association();
        former = world.association();
        outsider = world.association();
        world.join(alliance, zjzz, LocalDate.of(2024, 3, 1));
        world.join(alliance, jsxcl, LocalDate.of(2024, 6, 1));
        world.join(alliance, former, LocalDate.of(2024, 3, 1));
        world.leave(alliance, former, secretariat.today());
        world.join(world.alliance(), outsider, LocalDate.of(2024, 3, 1));
        zjzzSecretary = world.person(zjzz, SECRETARIAT);
        zjzzRepresentative = world.person(zjzz, MEMBER_REPRESENTATIVE);
        jsxclAdministrator = world.person(jsxcl, ADMINISTRATOR);
        world.foldNow();
        allianceName = secretariat.allianceName(alliance.id());
    }

    @Test
    void SUP_1_each_current_members_administrators_are_told_once_of_a_new_award_round_and_a_former_member_is_not() {
        LocalDate closesOn = secretariat.today().plusDays(10);
        AwardRound round = awards.open(alliance.staff(), alliance.id(), new RoundDraft("团体标准优秀成果推荐",
                closesOn.getYear(), closesOn, null));

        assertThat(notices.relay()).isGreaterThanOrEqualTo(3);

        for (PersonId administrator : List.of(zjzz.staff(), jsxcl.staff(), jsxclAdministrator)) {
            TenantId member = administrator.equals(zjzz.staff()) ? zjzz.id() : jsxcl.id();
            assertThat(about(administrator, member, round.id())).singleElement().satisfies(n -> {
                assertThat(n.kind()).isEqualTo(NotificationKind.ALLIANCE_AWARD_ROUND_OPENED);
                assertThat(n.subject().route()).isEqualTo("alliance/memberships");
                assertThat(texts.line(Messages.CHINESE, n)).isEqualTo(allianceName + "已开启奖项推荐“团体标准优秀成果推荐”，请于 "
                        + closesOn + " 前在“所属联盟”中推荐本团体已发布的团体标准（SUP-1）");
                assertThat(texts.line(Messages.ENGLISH, n)).isEqualTo(allianceName
                        + " has opened the award round “团体标准优秀成果推荐”: nominate published standards of your"
                        + " organization under My alliances by " + closesOn + " (SUP-1)");
            });
        }
        // administrators nominate: the member's secretariat and representatives are not addressed
        assertThat(about(zjzzSecretary, zjzz.id(), round.id())).isEmpty();
        assertThat(about(zjzzRepresentative, zjzz.id(), round.id())).isEmpty();
        // a member that left, and another alliance's member, hear nothing
        assertThat(about(former.staff(), former.id(), round.id())).isEmpty();
        assertThat(about(outsider.staff(), outsider.id(), round.id())).isEmpty();

        // the e-mail, queued in the member's own outbox, leads to where the member nominates
        Email email = emailAbout(zjzz, round.id());
        assertThat(email.to()).isEqualTo(zjzz.email());
        assertThat(email.subject()).isEqualTo("【团标通】" + allianceName + "已开启奖项推荐“团体标准优秀成果推荐”，请于 "
                + closesOn + " 前在“所属联盟”中推荐本团体已发布的团体标准（SUP-1）");
        assertThat(email.body()).contains("推荐请打开以下链接：\n" + texts.url("alliance/memberships"));

        // and over REST, with its link
        Map<String, Object> page = http.toBlocking().retrieve(HttpRequest.GET("/api/organizations/" + zjzz.id()
                + "/notifications").bearerAuth(token(zjzz.email())), Argument.mapOf(String.class, Object.class));
        assertThat(String.valueOf(page.get("items"))).contains("link=/alliance/memberships", "团体标准优秀成果推荐");

        // delivering again (a second server, a re-run) adds nothing
        notices.relay();
        assertThat(about(zjzz.staff(), zjzz.id(), round.id())).hasSize(1);
    }

    @Test
    void SUP_1_a_notice_delivered_again_after_a_relay_died_before_marking_it_leaves_one_notification_each() {
        LocalDate closesOn = secretariat.today().plusDays(2);
        AwardRound round = awards.open(alliance.staff(), alliance.id(), new RoundDraft("中断重发批次",
                closesOn.getYear(), closesOn, null));
        // a relay claims the notice, delivers it and dies before marking it sent
        List<OutboxMessage> claimed = transactions.onPlatform(() -> outbox.claim(OutboxStore.ALLIANCE_NOTICE,
                clock.instant(), Duration.ofMinutes(5), 500));
        OutboxMessage ours = claimed.stream().filter(m -> m.tenant().equals(alliance.id())).findFirst().orElseThrow();
        assertThat(notices.deliver(ours)).isEqualTo(3);
        assertThat(notices.relay()).as("held by the dead relay's lease").isZero();

        clock.advance(Duration.ofMinutes(6));
        notices.relay();

        assertThat(about(zjzz.staff(), zjzz.id(), round.id())).hasSize(1);
        assertThat(about(jsxcl.staff(), jsxcl.id(), round.id())).hasSize(1);
        assertThat(about(jsxclAdministrator, jsxcl.id(), round.id())).hasSize(1);
        assertThat(transactions.readInTenant(zjzz.id(), () -> db.fetchCount(DSL.table("outbox_messages"),
                DSL.field("topic").eq("EMAIL"), DSL.field("payload->>'subjectId'").eq(round.id().toString()))))
                .as("one e-mail per person too").isEqualTo(1);
    }

    @Test
    void SUP_1_a_training_is_announced_to_each_current_members_administrators_and_secretariat() {
        LocalDate heldOn = secretariat.today().plusDays(14);
        Training inPerson = trainings.schedule(alliance.staff(), alliance.id(), new TrainingDraft("团体标准编写规则培训",
                heldOn, false, "上海市黄浦区", 40, null));
        Training online = trainings.schedule(alliance.staff(), alliance.id(), new TrainingDraft("线上答疑", heldOn,
                true, null, 100, null));

        notices.relay();

        for (PersonId person : List.of(zjzz.staff(), zjzzSecretary)) {
            assertThat(about(person, zjzz.id(), inPerson.id())).singleElement().satisfies(n -> {
                assertThat(n.kind()).isEqualTo(NotificationKind.ALLIANCE_TRAINING_SCHEDULED);
                assertThat(n.subject().route()).isEqualTo("alliance/memberships");
                assertThat(texts.line(Messages.CHINESE, n)).isEqualTo(allianceName + "将于 " + heldOn
                        + " 举办培训“团体标准编写规则培训”（上海市黄浦区），请在“所属联盟”中报名（SUP-1）");
            });
        }
        assertThat(about(jsxclAdministrator, jsxcl.id(), online.id())).singleElement().satisfies(n -> {
            assertThat(texts.line(Messages.CHINESE, n)).isEqualTo(allianceName + "将于 " + heldOn
                    + " 举办培训“线上答疑”（线上），请在“所属联盟”中报名（SUP-1）");
            assertThat(texts.line(Messages.ENGLISH, n)).isEqualTo(allianceName + " holds the training “线上答疑” on "
                    + heldOn + " (online): register under My alliances (SUP-1)");
        });
        assertThat(emailAbout(zjzz, inPerson.id()).body()).contains("报名请打开以下链接：\n"
                + texts.url("alliance/memberships"));
        assertThat(about(zjzzRepresentative, zjzz.id(), inPerson.id())).isEmpty();
        assertThat(about(former.staff(), former.id(), inPerson.id())).isEmpty();
        assertThat(about(outsider.staff(), outsider.id(), online.id())).isEmpty();
    }

    @Test
    void SUP_1_members_that_have_not_nominated_are_reminded_three_days_before_the_round_closes() {
        world.published(zjzz, "联盟提醒 已发布标准", LocalDate.of(2024, 5, 10));
        LocalDate closesOn = secretariat.today().plusDays(10);
        AwardRound round = awards.open(alliance.staff(), alliance.id(), new RoundDraft("提醒批次", closesOn.getYear(),
                closesOn, null));
        StandardSummary standard = channel.nominableStandards(zjzz.staff(), zjzz.id(), PageRequest.first(10)).items()
                .get(0);
        channel.nominate(zjzz.staff(), zjzz.id(), alliance.id(), round.id(), standard.id().value(), null);
        notices.relay();

        clock.advance(Duration.ofDays(6));
        notices.relay();
        assertThat(about(jsxcl.staff(), jsxcl.id(), round.id())).extracting(Notification::kind)
                .containsExactly(NotificationKind.ALLIANCE_AWARD_ROUND_OPENED);

        clock.advance(Duration.ofDays(2));
        notices.relay();
        notices.relay();
        assertThat(about(jsxcl.staff(), jsxcl.id(), round.id())).filteredOn(n ->
                n.kind() == NotificationKind.ALLIANCE_AWARD_ROUND_CLOSING).singleElement().satisfies(n ->
                assertThat(texts.line(Messages.CHINESE, n)).isEqualTo(allianceName + "的奖项推荐“提醒批次”将于 " + closesOn
                        + " 截止，本团体尚未推荐（SUP-1）"));
        assertThat(about(zjzz.staff(), zjzz.id(), round.id())).as("ZJZZ nominated").extracting(Notification::kind)
                .containsExactly(NotificationKind.ALLIANCE_AWARD_ROUND_OPENED);
        assertThat(about(former.staff(), former.id(), round.id())).isEmpty();
    }

    @Test
    void SUP_1_when_the_rounds_transaction_fails_no_member_is_told() {
        LocalDate closesOn = secretariat.today().plusDays(10);
        assertThatThrownBy(() -> transactions.inTenant(alliance.id(), () -> {
            awards.open(alliance.staff(), alliance.id(), new RoundDraft("回滚批次", closesOn.getYear(), closesOn, null));
            throw new IllegalStateException("the rest of the secretariat's work failed");
        })).hasMessageContaining("failed");

        notices.relay();

        assertThat(awards.allRounds(alliance.staff(), alliance.id())).extracting(AwardRound::name)
                .doesNotContain("回滚批次");
        assertThat(inbox.list(zjzz.staff(), zjzz.id(), false, PageRequest.first(50)).items())
                .noneMatch(n -> "回滚批次".equals(n.params().get("round")));
        assertThat(transactions.readInTenant(alliance.id(), () -> db.fetchCount(DSL.table("outbox_messages"),
                DSL.field("topic").eq(OutboxStore.ALLIANCE_NOTICE), DSL.field("payload->>'name'").eq("回滚批次"))))
                .isZero();
    }

    @Test
    void SUP_1_no_other_organization_reads_a_members_notices() {
        LocalDate closesOn = secretariat.today().plusDays(10);
        AwardRound round = awards.open(alliance.staff(), alliance.id(), new RoundDraft("隔离批次", closesOn.getYear(),
                closesOn, null));
        notices.relay();
        Notification zjzzs = about(zjzz.staff(), zjzz.id(), round.id()).get(0);

        // through the services: another member, the alliance itself
        for (Organization other : List.of(jsxcl, alliance, outsider)) {
            assertThatThrownBy(() -> inbox.list(other.staff(), zjzz.id(), false, PageRequest.first(10)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> inbox.markRead(other.staff(), other.id(), zjzzs.id()))
                    .isInstanceOf(NotFoundException.class);
        }
        assertThat(inbox.list(jsxcl.staff(), jsxcl.id(), false, PageRequest.first(50)).items())
                .extracting(Notification::id).doesNotContain(zjzzs.id());
        // over REST
        int status;
        try {
            status = http.toBlocking().exchange(HttpRequest.GET("/api/organizations/" + zjzz.id() + "/notifications")
                    .bearerAuth(token(jsxcl.email())), String.class).getStatus().getCode();
        } catch (HttpClientResponseException e) {
            status = e.getStatus().getCode();
        }
        assertThat(status).isEqualTo(403);
        // raw SQL on the application's pool: in another tenant, in the alliance's, and with none
        for (TenantId other : List.of(jsxcl.id(), alliance.id())) {
            assertThat(transactions.readInTenant(other, () -> db.fetchCount(DSL.table("notifications"),
                    DSL.field("id").eq(zjzzs.id())))).isZero();
            assertThat(transactions.inTenant(other, () -> db.update(DSL.table("notifications"))
                    .set(DSL.field("read_at"), DSL.currentOffsetDateTime()).where(DSL.field("id").eq(zjzzs.id()))
                    .execute())).isZero();
        }
        assertThat(transactions.readOnPlatform(() -> db.fetchCount(DSL.table("notifications"),
                DSL.field("subject_id").eq(round.id())))).isZero();
        // while ZJZZ's own tenant holds exactly its administrator's
        assertThat(transactions.readInTenant(zjzz.id(), () -> db.fetchCount(DSL.table("notifications"),
                DSL.field("subject_id").eq(round.id())))).isEqualTo(1);
        assertThat(inbox.list(zjzz.staff(), zjzz.id(), true, PageRequest.first(50)).items())
                .extracting(Notification::id).contains(zjzzs.id());
    }

    /** The person's notifications in the organization about one round or training, newest first. */
    private List<Notification> about(PersonId person, TenantId organization, UUID subject) {
        return inbox.list(person, organization, false, PageRequest.first(PageRequest.MAX_LIMIT)).items().stream()
                .filter(n -> n.subject() != null && n.subject().id().equals(subject)).toList();
    }

    /** The e-mail to the member's staff queued in its own outbox about the subject, worded as the relay will send it. */
    private Email emailAbout(Organization member, UUID subject) {
        return transactions.readInTenant(member.id(), () -> db.select(DSL.field("id", UUID.class),
                        DSL.field("payload::text", String.class))
                .from(DSL.table("outbox_messages"))
                .where(DSL.field("topic").eq("EMAIL"), DSL.field("payload->>'subjectId'").eq(subject.toString()),
                        DSL.field("payload->>'to'").eq(member.email()))
                .fetch(r -> texts.email(new OutboxMessage(member.id(), r.value1(), read(r.value2()), 1))))
                .stream().reduce((a, b) -> {
                    throw new AssertionError("more than one e-mail about " + subject);
                }).orElseThrow();
    }

    private Map<String, Object> read(String payload) {
        try {
            return json.readValue(payload, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String token(String email) {
        return (String) http.toBlocking().retrieve(HttpRequest.POST("/login", Map.of("username", email, "password",
                Fixtures.PASSWORD)), Map.class).get("access_token");
    }
}
