package cn.tuanbiao.appeals.service;

import cn.tuanbiao.appeals.domain.Case;
import cn.tuanbiao.appeals.persistence.CaseStore;
import cn.tuanbiao.notifications.domain.NotificationKind;
import cn.tuanbiao.notifications.domain.Recipients;
import cn.tuanbiao.notifications.domain.SubjectLink;
import cn.tuanbiao.notifications.service.Notifications;
import cn.tuanbiao.tenancy.Transactions;
import cn.tuanbiao.users.domain.OrganizationRole;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * The daily reminders of cases' time limits (PART-6), to each organization's secretariat: a few
 * days before the limit an open case waits on ({@code tuanbiao.appeals.remind-days-before}, 2 by
 * default), and once it has passed. One set-based statement finds, across all organizations, the
 * reminders still to give (V24's case_deadlines_due, by date on indexes of open cases only); each
 * is then given through {@link Notifications#remind} in its organization's own transaction, at
 * most once per recipient, kind, case and deadline, so a second run (or a second server) adds
 * nothing. At 80,000 organizations the cost is the day's due reminders, not the organizations.
 */
@Singleton
public class CaseDeadlineScan {

    private final Transactions transactions;
    private final CaseStore cases;
    private final Notifications notifications;
    private final Clock clock;
    private final int daysBefore;

    public CaseDeadlineScan(Transactions transactions, CaseStore cases, Notifications notifications, Clock clock,
                            @Value("${tuanbiao.appeals.remind-days-before:2}") int daysBefore) {
        this.transactions = transactions;
        this.cases = cases;
        this.notifications = notifications;
        this.clock = clock;
        this.daysBefore = daysBefore;
    }

    /** Scans now; returns the reminders added. */
    public int run() {
        LocalDate today = LocalDate.now(clock.withZone(Case.CHINA));
        int added = 0;
        for (CaseStore.DueLimit due : transactions.readOnPlatform(() -> cases.dueLimits(today, daysBefore))) {
            NotificationKind kind = due.due().isBefore(today) ? NotificationKind.CASE_OVERDUE
                    : NotificationKind.CASE_DEADLINE;
            added += notifications.remind(due.tenant(), Recipients.roles(Set.of(OrganizationRole.SECRETARIAT)), kind,
                    new SubjectLink(SubjectLink.CASE, due.id().value()), Map.of("number", due.number(),
                            "limit", "caseLimit." + due.limit().name(), "date", due.due().toString()), due.due());
        }
        return added;
    }
}
