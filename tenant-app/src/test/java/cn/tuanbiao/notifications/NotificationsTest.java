package cn.tuanbiao.notifications;

import cn.tuanbiao.audit.domain.AuditEvent;
import cn.tuanbiao.audit.service.AuditLog;
import cn.tuanbiao.notifications.domain.Notification;
import cn.tuanbiao.notifications.domain.NotificationKind;
import cn.tuanbiao.notifications.domain.Recipients;
import cn.tuanbiao.notifications.domain.SubjectLink;
import cn.tuanbiao.notifications.persistence.OutboxStore;
import cn.tuanbiao.notifications.service.Inbox;
import cn.tuanbiao.notifications.service.NotificationTexts;
import cn.tuanbiao.notifications.service.Notifications;
import cn.tuanbiao.notifications.service.OutboxRelay;
import cn.tuanbiao.patents.domain.PatentCall;
import cn.tuanbiao.patents.service.PatentRegister;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.i18n.Messages;
import cn.tuanbiao.standards.domain.Proposal;
import cn.tuanbiao.standards.domain.Stage;
import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.standards.domain.StandardProject;
import cn.tuanbiao.standards.service.LifecycleWalk;
import cn.tuanbiao.standards.service.StandardService;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.tenancy.Transactions;
import cn.tuanbiao.testing.Fixtures;
import cn.tuanbiao.testing.PlatformTest;
import cn.tuanbiao.testing.TestDatabase;
import cn.tuanbiao.users.domain.OrganizationRole;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static cn.tuanbiao.testing.Fixtures.suffix;
import static cn.tuanbiao.users.domain.OrganizationRole.ADMINISTRATOR;
import static cn.tuanbiao.users.domain.OrganizationRole.COUNCIL_MEMBER;
import static cn.tuanbiao.users.domain.OrganizationRole.MEMBER_REPRESENTATIVE;
import static cn.tuanbiao.users.domain.OrganizationRole.SECRETARIAT;
import static cn.tuanbiao.users.domain.OrganizationRole.WORKING_GROUP_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * In-app notifications: whoever must act next hears of each lifecycle step (LC-1), every member of
 * the call for patent disclosure at drafting and at review (PART-4), each notification with its
 * e-mail queued in the same transaction; a person only ever sees their own.
 */
class NotificationsTest extends PlatformTest {

    @Inject
    Fixtures fixtures;
    @Inject
    StandardService standards;
    @Inject
    LifecycleWalk walk;
    @Inject
    Inbox inbox;
    @Inject
    Notifications notifications;
    @Inject
    NotificationTexts texts;
    @Inject
    PatentRegister patents;
    @Inject
    AuditLog audit;
    @Inject
    OutboxRows outbox;
    @Inject
    OutboxStore outboxStore;
    @Inject
    OutboxRelay relay;
    @Inject
    Messages messages;
    @Inject
    Transactions transactions;
    @Inject
    @Client("/")
    HttpClient http;

    private TenantId association;
    /** Holds every role the walk needs, and takes every step. */
    private PersonId secretariat;
    private PersonId secretary;
    private String secretaryEmail;
    private PersonId council;
    private PersonId drafter;
    private String drafterEmail;
    private PersonId member;
    private String memberEmail;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("tuanbiao.notifications.deadline-scan.scheduled", "false");
        return properties;
    }

    @BeforeEach
    void anAssociationWithPeopleInEveryRole() {
        association = fixtures.association("通知测试协会" + suffix());
        secretariat = fixtures.memberOf(association, ADMINISTRATOR, SECRETARIAT, COUNCIL_MEMBER, WORKING_GROUP_MEMBER);
        secretaryEmail = "secretary-" + suffix() + "@zjzz.example.cn";
        secretary = person(secretaryEmail, "李娜", SECRETARIAT);
        council = fixtures.memberOf(association, COUNCIL_MEMBER);
        drafterEmail = "drafter-" + suffix() + "@zjzz.example.cn";
        drafter = person(drafterEmail, "王强", WORKING_GROUP_MEMBER);
        memberEmail = "member-" + suffix() + "@zjzz.example.cn";
        member = person(memberEmail, "陈静", MEMBER_REPRESENTATIVE);
    }

    @Test
    void LC_1_after_a_proposal_the_working_group_and_the_secretariat_are_asked_for_the_project_proposal() {
        StandardProject proposed = standards.propose(member, association, new Proposal("工业互联网 标识解析 企业节点要求",
                null, "本文件规定了工业互联网标识解析企业节点的要求。", false, false), null);

        assertThat(lines(drafter, proposed.id())).containsExactly(
                "《工业互联网 标识解析 企业节点要求》已进入“提案”阶段，请提交项目建议书");
        assertThat(lines(secretary, proposed.id())).hasSize(1);
        assertThat(lines(council, proposed.id())).as("the council does not act on a proposal").isEmpty();
        assertThat(lines(member, proposed.id())).as("the proposer just acted").isEmpty();
    }

    @Test
    void LC_1_the_council_is_asked_to_approve_once_the_draft_for_approval_is_in_and_the_actor_is_never_told_of_their_own_step() {
        StandardId standard = walk.toDraftForApproval(secretariat, association, "智能制造 数字孪生 通用要求").id();

        assertThat(lines(council, standard)).containsExactly(
                "《智能制造 数字孪生 通用要求》已进入“报批稿”阶段，请批准发布");
        assertThat(notificationsOf(secretariat, standard)).as("the one who took every step").isEmpty();
        assertThat(notificationsOf(council, standard)).filteredOn(n -> n.kind() == NotificationKind.ACTION_REQUIRED)
                .singleElement().satisfies(n -> {
                    assertThat(n.kind()).isEqualTo(NotificationKind.ACTION_REQUIRED);
                    assertThat(n.subject().route()).isEqualTo("standards/" + standard);
                });
    }

    @Test
    void patent_call_is_issued_when_drafting_starts_PART_4() {
        StandardId standard = walk.toDrafting(secretariat, association, "锂离子电池 热失控预警 技术要求").id();

        assertThat(patents.calls(member, association, standard, PageRequest.first(10)).items())
                .singleElement().satisfies(call -> {
                    assertThat(call.stage()).isEqualTo(Stage.DRAFTING);
                    assertThat(call.membersNotified()).as("every member but the secretariat that issued it").isEqualTo(4);
                });
        for (PersonId someone : List.of(secretary, council, drafter, member)) {
            assertThat(notificationsOf(someone, standard)).filteredOn(n -> n.kind() == NotificationKind.PATENT_CALL)
                    .singleElement()
                    .satisfies(n -> assertThat(texts.line(Messages.CHINESE, n)).startsWith(
                            "专利披露征集：《锂离子电池 热失控预警 技术要求》已进入“起草”阶段"));
        }
        assertThat(audit.history(secretariat, association, StandardService.SUBJECT, standard.value(), PageRequest.first(50))
                .items()).extracting(AuditEvent::action).contains("PATENT_CALL_ISSUED");
    }

    @Test
    void patent_call_is_issued_again_when_technical_review_starts_PART_4() {
        StandardId standard = walk.toTechnicalReview(secretariat, association, "光伏组件 回收利用 技术规范").id();

        assertThat(patents.calls(member, association, standard, PageRequest.first(10)).items())
                .extracting(PatentCall::stage)
                .containsExactly(Stage.TECHNICAL_REVIEW, Stage.DRAFTING);
        assertThat(notificationsOf(member, standard)).filteredOn(n -> n.kind() == NotificationKind.PATENT_CALL)
                .hasSize(2);
    }

    @Test
    void PART_4_the_secretariat_may_call_again_but_no_one_else_and_not_after_publication() {
        StandardId standard = walk.toDrafting(secretariat, association, "数据中心 液冷系统 能效评价").id();

        PatentCall again = patents.issueCall(secretary, association, standard);

        assertThat(again.membersNotified()).isEqualTo(4);
        assertThat(again.issuedBy()).isEqualTo("李娜");
        assertThatThrownBy(() -> patents.issueCall(member, association, standard))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(patents.calls(member, association, standard, PageRequest.first(10)).total()).isEqualTo(2);
    }

    @Test
    void PART_4_a_call_reaches_every_member_of_a_large_organization_in_one_statement() throws Exception {
        // 2,000 members who have not signed in yet (no password): notified in the app, not by e-mail.
        try (Connection admin = TestDatabase.get().adminConnection();
             PreparedStatement bulk = admin.prepareStatement("""
                     with people as (
                         insert into users (id, email, display_name, status, preferred_locale, created_at)
                         select gen_random_uuid(), 'bulk-' || g || '-' || ? || '@example.cn', '会员' || g, 'INVITED',
                                'zh-CN', now()
                           from generate_series(1, 2000) g
                         returning id)
                     insert into memberships (tenant_id, user_id, roles, status, joined_at)
                     select ?, id, '{MEMBER_REPRESENTATIVE}', 'ACTIVE', now() from people""")) {
            bulk.setString(1, suffix());
            bulk.setObject(2, association.value());
            bulk.executeUpdate();
        }

        StandardId standard = walk.toDrafting(secretariat, association, "城市轨道交通 智能运维 技术规范").id();

        assertThat(patents.calls(secretariat, association, standard, PageRequest.first(1)).items().get(0)
                .membersNotified()).isEqualTo(2_004);
        assertThat(outbox.emailsTo(association, memberEmail)).as("an active member's e-mail").isNotEmpty();
        assertThat(outbox.emailsToAddressesStartingWith(association, "bulk-")).as("no e-mail for people who never signed in").isEmpty();
    }

    @Test
    void a_user_sees_only_their_own_notifications() {
        StandardId standard = walk.toDrafting(secretariat, association, "智慧园区 能源管理 平台要求").id();
        Notification drafters = notificationsOf(drafter, standard).get(0);
        Notification members = notificationsOf(member, standard).get(0);

        assertThat(inbox.list(member, association, false, PageRequest.first(200)).items())
                .extracting(Notification::id).contains(members.id()).doesNotContain(drafters.id());
        assertThat(catchThrowable(() -> inbox.markRead(member, association, drafters.id())))
                .as("marking someone else's notification").isInstanceOf(NotFoundException.class);
        assertThat(notificationsOf(drafter, standard).get(0).unread()).as("the drafter's stays unread").isTrue();

        String token = signIn(memberEmail);
        String base = "/api/organizations/" + association + "/notifications";
        List<Map<String, Object>> listed = page(get(base + "?limit=200", token));
        assertThat(listed).extracting(n -> n.get("id")).contains(members.id().toString())
                .doesNotContain(drafters.id().toString());
        assertThat(statusOf(HttpRequest.POST(base + "/" + drafters.id() + "/read", Map.of()).bearerAuth(token)))
                .as("REST: marking the drafter's notification").isEqualTo(404);
        TenantId elsewhere = fixtures.association("别家协会" + suffix());
        assertThat(statusOf(HttpRequest.GET("/api/organizations/" + elsewhere + "/notifications").bearerAuth(token)))
                .as("REST: another organization's notifications").isEqualTo(403);
    }

    @Test
    void the_unread_count_falls_as_notifications_are_read_one_by_one_or_all_at_once() {
        walk.toDrafting(secretariat, association, "电动自行车 充电柜 安全要求");
        int unread = inbox.unreadCount(drafter, association);
        assertThat(unread).as("the call for patents and the actions of the drafting stages").isGreaterThan(1);

        Notification first = inbox.list(drafter, association, true, PageRequest.first(1)).items().get(0);
        inbox.markRead(drafter, association, first.id());
        assertThat(inbox.unreadCount(drafter, association)).isEqualTo(unread - 1);

        String token = signIn(drafterEmail);
        String base = "/api/organizations/" + association + "/notifications";
        assertThat(get(base + "/unread-count", token)).containsEntry("unread", unread - 1);
        assertThat(http.toBlocking().retrieve(HttpRequest.POST(base + "/read-all", Map.of()).bearerAuth(token),
                Argument.mapOf(String.class, Object.class))).containsEntry("marked", unread - 1);
        assertThat(inbox.unreadCount(drafter, association)).isZero();
        assertThat(inbox.list(drafter, association, false, PageRequest.first(200)).items())
                .allSatisfy(n -> assertThat(n.unread()).isFalse());
    }

    @Test
    void the_inbox_lists_the_newest_first_in_the_callers_language() {
        StandardId standard = walk.toDrafting(secretariat, association, "冷链物流 温度监测 技术规范").id();

        List<Map<String, Object>> english = page(get("/api/organizations/" + association + "/notifications",
                signIn(memberEmail), "en"));
        assertThat(english).first().satisfies(n -> {
            assertThat(n.get("kind")).isEqualTo("PATENT_CALL");
            assertThat((String) n.get("message")).startsWith(
                    "Call for patent disclosure: “冷链物流 温度监测 技术规范” has reached the stage “Drafting”");
            assertThat(n.get("link")).isEqualTo("/standards/" + standard);
        });
    }

    @Test
    void a_notification_for_a_user_with_an_email_queues_their_email_in_the_same_transaction() {
        int before = outbox.emailsTo(association, drafterEmail).size();

        notifications.notifyRole(association, WORKING_GROUP_MEMBER, NotificationKind.REVIEW_DUE,
                SubjectLink.standard(UUID.randomUUID()), Map.of("title", "工业机器人 安全要求", "date", "2026-12-31"));

        assertThat(outbox.emailsTo(association, drafterEmail)).hasSize(before + 1).last().satisfies(row -> {
            assertThat(row.status()).isEqualTo("PENDING");
            assertThat(row.attempts()).isZero();
            assertThat(row.payload()).contains("\"kind\": \"REVIEW_DUE\"").contains("工业机器人 安全要求");
        });
    }

    @Test
    void a_notification_rolled_back_with_its_transaction_leaves_neither_notification_nor_email() {
        int unread = inbox.unreadCount(drafter, association);
        int emails = outbox.emailsTo(association, drafterEmail).size();

        assertThatThrownBy(() -> transactions.inTenant(association, () -> {
            notifications.notify(association, Recipients.people(Set.of(drafter)), NotificationKind.REVIEW_OVERDUE,
                    SubjectLink.standard(UUID.randomUUID()), Map.of("title", "未成之事", "date", "2020-01-01"));
            throw new IllegalStateException("the step failed after notifying");
        })).hasMessageContaining("the step failed");

        assertThat(inbox.unreadCount(drafter, association)).isEqualTo(unread);
        assertThat(outbox.emailsTo(association, drafterEmail)).hasSize(emails);
    }

    @Test
    void nobody_outside_the_organization_is_notified_whoever_the_caller_names() {
        String outsiderEmail = "outsider-" + suffix() + "@example.cn";
        PersonId outsider = fixtures.person(outsiderEmail, "局外人");
        TenantId elsewhere = fixtures.association("局外协会" + suffix());
        fixtures.join(outsider, elsewhere, SECRETARIAT);

        int notified = notifications.notify(association, Recipients.people(Set.of(outsider, drafter)),
                NotificationKind.REVIEW_DUE, SubjectLink.standard(UUID.randomUUID()),
                Map.of("title", "工业机器人 安全要求", "date", "2026-12-31"));

        assertThat(notified).as("only the drafter is a member").isEqualTo(1);
        assertThat(outbox.emailsTo(association, outsiderEmail)).isEmpty();
        assertThat(inbox.unreadCount(outsider, elsewhere)).isZero();
    }

    @Test
    void a_notification_must_carry_exactly_the_parameters_of_its_kind() {
        assertThatThrownBy(() -> notifications.notify(association, Recipients.allMembers(), NotificationKind.REVIEW_DUE,
                SubjectLink.standard(UUID.randomUUID()), Map.of("title", "缺日期")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[title, date]");
    }

    @Test
    void without_an_smtp_server_nothing_is_sent_and_emails_stay_queued() {
        notifications.notifyRole(association, MEMBER_REPRESENTATIVE, NotificationKind.REVIEW_DUE,
                SubjectLink.standard(UUID.randomUUID()), Map.of("title", "工业机器人 安全要求", "date", "2026-12-31"));

        assertThat(relay.relay()).isZero();
        assertThat(outbox.emailsTo(association, memberEmail)).isNotEmpty()
                .allSatisfy(row -> {
                    assertThat(row.status()).isEqualTo("PENDING");
                    assertThat(row.attempts()).isZero();
                });
    }

    @Test
    void the_cross_tenant_relay_functions_refuse_to_run_inside_a_tenants_transaction() {
        assertThatThrownBy(() -> transactions.inTenant(association, () ->
                outboxStore.claim(OutboxStore.EMAIL, java.time.Instant.now(), Duration.ofMinutes(5), 10)))
                .hasStackTraceContaining("cross-tenant work refused");
        assertThatThrownBy(() -> transactions.inTenant(association, () ->
                outboxStore.scanDeadlines(standards.today(), java.time.Instant.now(), 3, 30)))
                .hasStackTraceContaining("cross-tenant work refused");
    }

    @Test
    void every_notification_kind_is_worded_in_chinese_and_english() {
        for (NotificationKind kind : NotificationKind.values()) {
            for (var locale : Messages.SUPPORTED) {
                assertThat(messages.get(locale, "notification." + kind.name()))
                        .as("notification.%s in %s", kind, locale).isNotEqualTo("notification." + kind.name());
                assertThat(messages.get(locale, "notificationKind." + kind.name()))
                        .as("notificationKind.%s in %s", kind, locale).isNotEqualTo("notificationKind." + kind.name());
            }
        }
    }

    // --- helpers -------------------------------------------------------------------------------

    private PersonId person(String email, String name, OrganizationRole... roles) {
        PersonId person = fixtures.person(email, name);
        fixtures.join(person, association, roles);
        return person;
    }

    private List<Notification> notificationsOf(PersonId person, StandardId standard) {
        return inbox.list(person, association, false, PageRequest.first(200)).items().stream()
                .filter(n -> n.subject() != null && n.subject().id().equals(standard.value()))
                .toList();
    }

    /** The caller's action notifications about {@code standard}, as the inbox words them in Chinese. */
    private List<String> lines(PersonId person, StandardId standard) {
        return notificationsOf(person, standard).stream()
                .filter(n -> n.kind() == NotificationKind.ACTION_REQUIRED)
                .map(n -> texts.line(Messages.CHINESE, n))
                .toList();
    }

    private String signIn(String email) {
        Map<String, Object> answer = http.toBlocking().retrieve(
                HttpRequest.POST("/login", Map.of("username", email, "password", Fixtures.PASSWORD)),
                Argument.mapOf(String.class, Object.class));
        return (String) answer.get("access_token");
    }

    private Map<String, Object> get(String path, String token) {
        return get(path, token, "zh-CN");
    }

    private Map<String, Object> get(String path, String token, String language) {
        return http.toBlocking().retrieve(HttpRequest.GET(path).bearerAuth(token).header("Accept-Language", language),
                Argument.mapOf(String.class, Object.class));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> page(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }

    private int statusOf(MutableHttpRequest<?> request) {
        try {
            return http.toBlocking().exchange(request).getStatus().getCode();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }
}
