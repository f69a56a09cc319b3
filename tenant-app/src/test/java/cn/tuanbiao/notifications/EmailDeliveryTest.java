package cn.tuanbiao.notifications;

import cn.tuanbiao.notifications.domain.NotificationKind;
import cn.tuanbiao.notifications.domain.Recipients;
import cn.tuanbiao.notifications.domain.SubjectLink;
import cn.tuanbiao.notifications.domain.UndeliveredEmail;
import cn.tuanbiao.notifications.persistence.OutboxStore;
import cn.tuanbiao.notifications.service.Inbox;
import cn.tuanbiao.notifications.service.Notifications;
import cn.tuanbiao.notifications.service.OutboxRelay;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.standards.service.LifecycleWalk;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.tenancy.Transactions;
import cn.tuanbiao.testing.Fixtures;
import cn.tuanbiao.testing.MutableClock;
import cn.tuanbiao.testing.PlatformTest;
import cn.tuanbiao.users.domain.IssuedInvitation;
import cn.tuanbiao.users.service.MemberService;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.tuanbiao.testing.Fixtures.suffix;
import static cn.tuanbiao.users.domain.OrganizationRole.ADMINISTRATOR;
import static cn.tuanbiao.users.domain.OrganizationRole.MEMBER_REPRESENTATIVE;
import static cn.tuanbiao.users.domain.OrganizationRole.SECRETARIAT;
import static cn.tuanbiao.users.domain.OrganizationRole.WORKING_GROUP_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * E-mail through the transactional outbox, delivered to a real SMTP server on loopback (GreenMail):
 * what the recipient reads (address, Chinese subject, the link), what happens while the server is
 * down (the message waits, with its attempts and next try), and that it is then delivered exactly
 * once; a message that keeps failing becomes a dead letter the administrators see and send again.
 * The relay is driven by the test (its schedule is off) and time is moved, never slept.
 */
class EmailDeliveryTest extends PlatformTest {

    private static final String PUBLIC_URL = "https://tuanbiao.example.cn";

    @Inject
    Fixtures fixtures;
    @Inject
    Notifications notifications;
    @Inject
    OutboxRelay relay;
    @Inject
    OutboxStore outboxStore;
    @Inject
    OutboxRows outbox;
    @Inject
    Inbox inbox;
    @Inject
    MemberService members;
    @Inject
    LifecycleWalk walk;
    @Inject
    Transactions transactions;
    @Inject
    MutableClock clock;

    private int smtpPort;
    private GreenMail smtp;
    private TenantId association;
    private PersonId administrator;
    private PersonId secretary;
    private String secretaryEmail;

    @Override
    public Map<String, String> getProperties() {
        smtpPort = freePort();
        startSmtp();
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("tuanbiao.mail.smtp.host", "127.0.0.1");
        properties.put("tuanbiao.mail.smtp.port", String.valueOf(smtpPort));
        properties.put("tuanbiao.mail.smtp.from", "noreply@tuanbiao.example.cn");
        properties.put("tuanbiao.mail.relay.scheduled", "false");
        properties.put("tuanbiao.mail.relay.max-attempts", "3");
        properties.put("tuanbiao.mail.relay.first-retry", "1m");
        properties.put("tuanbiao.mail.relay.max-retry", "10m");
        properties.put("tuanbiao.mail.relay.lease", "5m");
        properties.put("tuanbiao.notifications.deadline-scan.scheduled", "false");
        properties.put("tuanbiao.public-url", PUBLIC_URL);
        return properties;
    }

    @BeforeAll
    void deliverWhatOtherTestsQueued() {
        // The relay serves every organization in the (shared) test database: start from an empty queue.
        relayEverythingDue();
    }

    @AfterAll
    void stopSmtp() {
        smtp.stop();
    }

    @BeforeEach
    void anAssociationWithASecretary() {
        if (!smtp.isRunning()) {
            startSmtp();
        }
        association = fixtures.association("邮件测试协会" + suffix());
        administrator = fixtures.memberOf(association, ADMINISTRATOR);
        secretaryEmail = "lina-" + suffix() + "@zjzz.example.cn";
        secretary = fixtures.person(secretaryEmail, "李娜");
        fixtures.join(secretary, association, SECRETARIAT);
    }

    @Test
    void the_recipient_reads_a_chinese_subject_and_the_link_to_the_standard() throws Exception {
        StandardId standard = StandardId.random();
        notifySecretary(standard);

        relayEverythingDue();

        MimeMessage mail = single(mailsTo(secretaryEmail));
        assertThat(((InternetAddress) mail.getRecipients(Message.RecipientType.TO)[0]).getAddress()).isEqualTo(secretaryEmail);
        assertThat(mail.getSubject()).isEqualTo("【团标通】《智能制造 数字孪生 通用要求》应于 2026-12-31 前完成复审（LC-6）");
        assertThat(mail.getContentType()).containsIgnoringCase("charset=UTF-8");
        String body = (String) mail.getContent();
        assertThat(body).startsWith("李娜，您好：").contains(PUBLIC_URL + "/standards/" + standard);
        String outboxId = outbox.emailsTo(association, secretaryEmail).get(0).id().toString();
        assertThat(mail.getMessageID()).as("derived from the outbox id, so that receivers can dedupe")
                .isEqualTo("<" + outboxId + "@tuanbiao.example.cn>");
        assertThat(outbox.emailsTo(association, secretaryEmail)).singleElement()
                .satisfies(row -> assertThat(row.status()).isEqualTo("SENT"));
    }

    @Test
    void email_is_delivered_once_after_smtp_recovers() throws Exception {
        smtp.stop();
        notifySecretary(StandardId.random());

        assertThat(relay.relay()).as("sent while the server is down").isZero();

        assertThat(outbox.emailsTo(association, secretaryEmail)).singleElement().satisfies(row -> {
            assertThat(row.status()).isEqualTo("PENDING");
            assertThat(row.attempts()).isEqualTo(1);
            assertThat(row.nextAttemptAt()).as("the first retry, a minute later")
                    .isCloseTo(clock.instant().plus(Duration.ofMinutes(1)), within(1, ChronoUnit.MILLIS));
            assertThat(row.lastError()).isNotBlank();
        });

        startSmtp();
        relayEverythingDue();
        assertThat(mailsTo(secretaryEmail)).as("before its next try is due").isEmpty();

        clock.advance(Duration.ofMinutes(2));
        relayEverythingDue();
        clock.advance(Duration.ofHours(6));
        relayEverythingDue();

        assertThat(mailsTo(secretaryEmail)).as("delivered exactly once").hasSize(1);
        assertThat(outbox.emailsTo(association, secretaryEmail)).singleElement().satisfies(row -> {
            assertThat(row.status()).isEqualTo("SENT");
            assertThat(row.attempts()).isEqualTo(2);
        });
    }

    @Test
    void an_email_that_keeps_failing_becomes_a_visible_dead_letter_that_an_administrator_sends_again() throws Exception {
        smtp.stop();
        notifySecretary(StandardId.random());

        for (Duration wait : List.of(Duration.ZERO, Duration.ofMinutes(1), Duration.ofMinutes(2))) {
            clock.advance(wait);
            relay.relay();
        }
        clock.advance(Duration.ofDays(1));
        relay.relay();

        assertThat(outbox.emailsTo(association, secretaryEmail)).singleElement().satisfies(row -> {
            assertThat(row.status()).isEqualTo("DEAD");
            assertThat(row.attempts()).as("gave up after the configured attempts").isEqualTo(3);
        });
        List<UndeliveredEmail> dead = inbox.undeliveredEmails(administrator, association, PageRequest.first(10)).items();
        assertThat(dead).singleElement().satisfies(e -> {
            assertThat(e.to()).isEqualTo(secretaryEmail);
            assertThat(e.kind()).isEqualTo(NotificationKind.REVIEW_DUE);
            assertThat(e.lastError()).isNotBlank();
        });
        assertThatThrownBy(() -> inbox.undeliveredEmails(secretary, association, PageRequest.first(10)))
                .isInstanceOf(AccessDeniedException.class);

        startSmtp();
        inbox.resend(administrator, association, dead.get(0).id());
        relayEverythingDue();

        assertThat(mailsTo(secretaryEmail)).hasSize(1);
        assertThat(inbox.undeliveredEmails(administrator, association, PageRequest.first(10)).total()).isZero();
    }

    @Test
    void a_message_claimed_by_a_relay_that_died_is_delivered_once_its_lease_runs_out() throws Exception {
        notifySecretary(StandardId.random());
        // Another relay claims everything due and dies before sending or marking anything.
        transactions.onPlatform(() -> outboxStore.claim(OutboxStore.EMAIL, clock.instant(), Duration.ofMinutes(5), 200));

        relayEverythingDue();
        assertThat(mailsTo(secretaryEmail)).as("while the dead relay's lease holds").isEmpty();

        clock.advance(Duration.ofMinutes(6));
        relayEverythingDue();
        relayEverythingDue();

        assertThat(mailsTo(secretaryEmail)).hasSize(1);
        assertThat(outbox.emailsTo(association, secretaryEmail)).singleElement()
                .satisfies(row -> assertThat(row.status()).isEqualTo("SENT"));
    }

    @Test
    void two_relays_never_claim_the_same_message() {
        notifySecretary(StandardId.random());
        notifySecretary(StandardId.random());

        var first = transactions.onPlatform(() -> outboxStore.claim(OutboxStore.EMAIL, clock.instant(), Duration.ofMinutes(5), 1));
        var second = transactions.onPlatform(() -> outboxStore.claim(OutboxStore.EMAIL, clock.instant(), Duration.ofMinutes(5), 200));

        assertThat(first).hasSize(1);
        assertThat(second).extracting(m -> m.id()).doesNotContain(first.get(0).id());
        assertThat(transactions.onPlatform(() -> outboxStore.claim(OutboxStore.EMAIL, clock.instant(),
                Duration.ofMinutes(5), 200))).as("everything due is leased").isEmpty();
        clock.advance(Duration.ofMinutes(6));
        relayEverythingDue();
    }

    @Test
    void the_invitee_receives_the_invitation_link_by_email_and_the_token_leaves_the_outbox_once_delivered() throws Exception {
        String inviteeEmail = "wangqiang-" + suffix() + "@example.cn";
        IssuedInvitation invitation = members.invite(administrator, association, inviteeEmail, "王强",
                Set.of(WORKING_GROUP_MEMBER));

        relayEverythingDue();

        MimeMessage mail = single(mailsTo(inviteeEmail));
        assertThat(mail.getSubject()).startsWith("【团标通】邮件测试协会").contains("邀请您加入团标通");
        assertThat((String) mail.getContent()).startsWith("王强，您好：").contains(PUBLIC_URL + invitation.path());
        assertThat(outbox.emailsTo(association, inviteeEmail)).singleElement().satisfies(row -> {
            assertThat(row.status()).isEqualTo("SENT");
            assertThat(row.payload()).doesNotContain(invitation.token().substring(invitation.token().indexOf('.') + 1));
        });
    }

    @Test
    void PART_4_every_member_gets_the_call_for_patent_disclosure_by_email() throws Exception {
        PersonId drafter = fixtures.memberOf(association, SECRETARIAT, WORKING_GROUP_MEMBER,
                cn.tuanbiao.users.domain.OrganizationRole.COUNCIL_MEMBER);
        String memberEmail = "member-" + suffix() + "@example.cn";
        fixtures.join(fixtures.person(memberEmail, "陈静"), association, MEMBER_REPRESENTATIVE);

        StandardId standard = walk.toDrafting(drafter, association, "锂离子电池 热失控预警 技术要求").id();
        relayEverythingDue();

        assertThat(mailsTo(memberEmail)).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).isEqualTo("【团标通】专利披露征集：《锂离子电池 热失控预警 技术要求》已进入“起草”阶段，"
                    + "如知悉该标准涉及的必要专利，请在专利与知识产权中披露（PART-4）");
            assertThat((String) mail.getContent()).contains(PUBLIC_URL + "/standards/" + standard);
        });
    }

    // --- helpers -------------------------------------------------------------------------------

    private void notifySecretary(StandardId standard) {
        notifications.notify(association, Recipients.people(Set.of(secretary)), NotificationKind.REVIEW_DUE,
                SubjectLink.standard(standard.value()), Map.of("title", "智能制造 数字孪生 通用要求", "date", "2026-12-31"));
    }

    private void relayEverythingDue() {
        while (relay.relay() > 0) {
            // until a round sends nothing
        }
    }

    private List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> ((InternetAddress) a).getAddress().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static MimeMessage single(List<MimeMessage> mails) {
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    private void startSmtp() {
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
