package cn.tuanbiao.practice.service;

import cn.tuanbiao.notifications.domain.NotificationKind;
import cn.tuanbiao.notifications.domain.Recipients;
import cn.tuanbiao.notifications.domain.SubjectLink;
import cn.tuanbiao.notifications.service.Notifications;
import cn.tuanbiao.practice.persistence.ReminderStore;
import cn.tuanbiao.tenancy.Transactions;
import cn.tuanbiao.users.domain.OrganizationRole;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * The daily reminder that a new organization self-evaluates within 3 months of its first published
 * standard (PUB-2), to its secretariat and administrators: one statement finds, across all
 * organizations, those whose first standard is less than 3 months old, with no submitted
 * self-evaluation and never reminded (V32); each is reminded in its own transaction, once.
 */
@Singleton
public class GoodPracticeReminders {

    private final Transactions transactions;
    private final ReminderStore store;
    private final Notifications notifications;
    private final Clock clock;

    public GoodPracticeReminders(Transactions transactions, ReminderStore store, Notifications notifications,
                                 Clock clock) {
        this.transactions = transactions;
        this.store = store;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Scans now; returns the reminders added. */
    public int run() {
        LocalDate today = LocalDate.now(clock.withZone(SelfEvaluations.CHINA));
        int added = 0;
        for (ReminderStore.Due due : transactions.readOnPlatform(() -> store.due(today))) {
            added += notifications.remind(due.tenant(),
                    Recipients.roles(Set.of(OrganizationRole.SECRETARIAT, OrganizationRole.ADMINISTRATOR)),
                    NotificationKind.GOOD_PRACTICE_DUE, new SubjectLink(SubjectLink.GOOD_PRACTICE, due.tenant().value()),
                    Map.of("date", due.due().toString()), due.due());
        }
        return added;
    }
}
