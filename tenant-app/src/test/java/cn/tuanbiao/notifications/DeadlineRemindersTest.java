package cn.tuanbiao.notifications;

import cn.tuanbiao.notifications.domain.Notification;
import cn.tuanbiao.notifications.domain.NotificationKind;
import cn.tuanbiao.notifications.service.DeadlineScan;
import cn.tuanbiao.notifications.service.Inbox;
import cn.tuanbiao.notifications.service.NotificationTexts;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.i18n.Messages;
import cn.tuanbiao.documents.domain.DocumentKind;
import cn.tuanbiao.standards.domain.CommentPeriod;
import cn.tuanbiao.standards.domain.EarlierPublication;
import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.standards.service.LifecycleWalk;
import cn.tuanbiao.standards.service.StandardService;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.testing.Fixtures;
import cn.tuanbiao.testing.MutableClock;
import cn.tuanbiao.testing.PlatformTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.tuanbiao.testing.Fixtures.suffix;
import static cn.tuanbiao.users.domain.OrganizationRole.COUNCIL_MEMBER;
import static cn.tuanbiao.users.domain.OrganizationRole.MEMBER_REPRESENTATIVE;
import static cn.tuanbiao.users.domain.OrganizationRole.SECRETARIAT;
import static cn.tuanbiao.users.domain.OrganizationRole.WORKING_GROUP_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily deadline scan, from the injected clock: comment periods closing within 3 days and
 * closed go to the working group and the secretariat (LC-2), periodic reviews due within 30 days
 * and overdue to the secretariat (LC-6); each reminder once per recipient, kind, subject and date.
 */
class DeadlineRemindersTest extends PlatformTest {

    @Inject
    Fixtures fixtures;
    @Inject
    StandardService standards;
    @Inject
    LifecycleWalk walk;
    @Inject
    DeadlineScan scan;
    @Inject
    Inbox inbox;
    @Inject
    NotificationTexts texts;
    @Inject
    OutboxRows outbox;
    @Inject
    MutableClock clock;

    private TenantId association;
    private PersonId secretariat;
    private PersonId secretary;
    private String secretaryEmail;
    private PersonId drafter;
    private PersonId council;
    private PersonId member;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("tuanbiao.notifications.deadline-scan.scheduled", "false");
        return properties;
    }

    @BeforeEach
    void anAssociation() {
        association = fixtures.association("期限提醒测试协会" + suffix());
        secretariat = fixtures.memberOf(association, SECRETARIAT, COUNCIL_MEMBER, WORKING_GROUP_MEMBER);
        secretaryEmail = "secretary-" + suffix() + "@example.cn";
        secretary = fixtures.person(secretaryEmail, "李娜");
        fixtures.join(secretary, association, SECRETARIAT);
        drafter = fixtures.memberOf(association, WORKING_GROUP_MEMBER);
        council = fixtures.memberOf(association, COUNCIL_MEMBER);
        member = fixtures.memberOf(association, MEMBER_REPRESENTATIVE);
    }

    @Test
    void LC_2_the_working_group_and_the_secretariat_are_reminded_three_days_before_the_comment_period_closes_and_when_it_has() {
        StandardId standard = inCommentPeriodFor30Days("工业互联网 平台 安全防护要求");
        LocalDate closes = standards.today().plusDays(30);

        clock.advance(Duration.ofDays(26));
        scan.run();
        assertThat(reminders(drafter, standard)).as("4 days before").isEmpty();

        clock.advance(Duration.ofDays(1));
        scan.run();
        assertThat(reminders(drafter, standard)).containsExactly(
                "《工业互联网 平台 安全防护要求》的征求意见将于 " + closes + " 截止");
        assertThat(reminders(secretary, standard)).hasSize(1);
        assertThat(reminders(council, standard)).isEmpty();
        assertThat(reminders(member, standard)).isEmpty();

        clock.advance(Duration.ofDays(3));
        scan.run();
        assertThat(reminders(drafter, standard)).containsExactly(
                "《工业互联网 平台 安全防护要求》的征求意见已于 " + closes + " 截止，请结束征求意见并处理意见",
                "《工业互联网 平台 安全防护要求》的征求意见将于 " + closes + " 截止");
    }

    @Test
    void deadline_scan_twice_notifies_once() {
        StandardId standard = inCommentPeriodFor30Days("智能网联汽车 数据记录 技术要求");
        clock.advance(Duration.ofDays(28));
        int emails = outbox.emailsTo(association, secretaryEmail).size();

        assertThat(scan.run()).isPositive();
        assertThat(scan.run()).as("the second run of the same day").isZero();
        clock.advance(Duration.ofDays(1));
        scan.run();

        assertThat(reminders(secretary, standard)).hasSize(1);
        assertThat(outbox.emailsTo(association, secretaryEmail)).as("one e-mail with the one reminder")
                .hasSize(emails + 1);
    }

    @Test
    void LC_6_the_secretariat_is_reminded_of_a_periodic_review_due_within_30_days_and_of_one_overdue() {
        LocalDate today = standards.today();
        StandardId dueSoon = publishedEarlier("塑料制品 回收标识", today.minusYears(5).plusDays(20), 41);
        StandardId overdue = publishedEarlier("食用农产品 冷链配送规范", today.minusYears(5).minusDays(10), 42);
        StandardId later = publishedEarlier("家用电器 能效标识", today.minusYears(5).plusDays(45), 43);

        scan.run();

        assertThat(reminders(secretary, dueSoon)).containsExactly(
                "《塑料制品 回收标识》应于 " + today.plusDays(20) + " 前完成复审（LC-6）");
        assertThat(reminders(secretary, overdue)).containsExactly(
                "《食用农产品 冷链配送规范》的复审已于 " + today.minusDays(10) + " 到期，已逾期（LC-6）");
        assertThat(reminders(secretary, later)).as("due in 45 days").isEmpty();
        assertThat(reminders(drafter, dueSoon)).as("periodic review is the secretariat's").isEmpty();
    }

    private StandardId inCommentPeriodFor30Days(String title) {
        StandardId id = walk.toDrafting(secretariat, association, title).id();
        walk.upload(secretariat, association, id, DocumentKind.DRAFT_FOR_COMMENT);
        walk.upload(secretariat, association, id, DocumentKind.EXPLANATORY_NOTES);
        standards.submitDraftForComment(secretariat, association, id);
        LocalDate today = standards.today();
        standards.openCommentPeriod(secretariat, association, id, new CommentPeriod(today, today.plusDays(30),
                CommentPeriod.Audience.MEMBERS));
        return id;
    }

    private StandardId publishedEarlier(String title, LocalDate publishedOn, int sequence) {
        return standards.registerEarlierPublication(secretariat, association, new EarlierPublication(title, null,
                "本文件规定了" + title + "的要求。", sequence, null, publishedOn, publishedOn.plusMonths(1), "起草单位"))
                .id();
    }

    /** The deadline reminders {@code person} has about {@code standard}, newest first, as the inbox words them. */
    private List<String> reminders(PersonId person, StandardId standard) {
        return inbox.list(person, association, false, PageRequest.first(200)).items().stream()
                .filter(n -> n.subject() != null && n.subject().id().equals(standard.value()))
                .filter(n -> n.kind() != NotificationKind.ACTION_REQUIRED && n.kind() != NotificationKind.PATENT_CALL)
                .map((Notification n) -> texts.line(Messages.CHINESE, n))
                .toList();
    }
}
