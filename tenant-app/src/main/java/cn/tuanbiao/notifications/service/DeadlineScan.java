package cn.tuanbiao.notifications.service;

import cn.tuanbiao.notifications.persistence.OutboxStore;
import cn.tuanbiao.standards.service.StandardService;
import cn.tuanbiao.tenancy.Transactions;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The daily deadline scan (LC-2, LC-6): reminders that a comment period closes within a few days
 * or has closed (to the working group and the secretariat), that a periodic review falls due
 * within a month or is overdue (to the secretariat). One set-based statement over every
 * organization, through the cross-tenant function of V21 (no loop over tenants); each reminder at
 * most once per recipient, kind, subject and date, so running it twice, or on two servers, adds
 * nothing. "Today" is China's, from the injected clock.
 */
@Singleton
public class DeadlineScan {

    private final Transactions transactions;
    private final OutboxStore outbox;
    private final DeadlineSettings settings;
    private final Clock clock;

    public DeadlineScan(Transactions transactions, OutboxStore outbox, DeadlineSettings settings, Clock clock) {
        this.transactions = transactions;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    /** Scans now; returns the reminders added. */
    public int run() {
        LocalDate today = LocalDate.now(clock.withZone(StandardService.CHINA));
        return transactions.onPlatform(() -> outbox.scanDeadlines(today, clock.instant(), settings.closingDays(),
                settings.reviewDays()));
    }
}
