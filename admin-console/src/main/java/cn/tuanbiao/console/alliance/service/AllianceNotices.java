package cn.tuanbiao.console.alliance.service;

import cn.tuanbiao.console.alliance.domain.AllianceNotice;
import cn.tuanbiao.console.alliance.domain.AwardRound;
import cn.tuanbiao.console.alliance.domain.MemberLink;
import cn.tuanbiao.console.alliance.domain.Training;
import cn.tuanbiao.console.alliance.persistence.AllianceActivityStore;
import cn.tuanbiao.console.alliance.persistence.AllianceStore;
import cn.tuanbiao.notifications.domain.OutboxMessage;
import cn.tuanbiao.notifications.persistence.OutboxStore;
import cn.tuanbiao.notifications.service.Notifications;
import cn.tuanbiao.notifications.service.OutboxDrain;
import cn.tuanbiao.standards.service.StandardService;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.tenancy.Transactions;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * Tells an alliance's current members what its secretariat opened for them (SUP-1): an award round (and,
 * {@code reminderDays} before it closes, the members that have nominated nothing yet), a training. The
 * secretariat's transaction that opens the round or schedules the training writes the notice into the
 * alliance's own outbox (V41, topic ALLIANCE_NOTICE), so it commits or rolls back with the round; the relay
 * here delivers it afterwards:
 * <ol>
 *   <li>claims due notices of every alliance through the V21 claim ({@link OutboxDrain}: outside any
 *       tenant; rows another relay holds are skipped, each claim is leased);</li>
 *   <li>finds the alliance's current members on the platform's organization links (a member that left
 *       gets nothing);</li>
 *   <li>notifies each member's people who act on it ({@link AllianceNotice}) through {@link Notifications},
 *       in a transaction of that member's own tenant, in the app and by e-mail through the member's outbox
 *       — the same route as every cross-tenant write (ReferralChannel, CentreChannel): the receiving
 *       tenant's transaction, under its row-level security; no tenant is ever switched inside one;</li>
 *   <li>marks the notice sent. A relay dying in between delivers it again once the lease has run out; each
 *       person still has one notification, as {@link Notifications#remind} gives one per recipient, kind,
 *       subject and date. A failure waits by the mail relay's backoff, then the notice is a dead letter.</li>
 * </ol>
 */
@Singleton
public class AllianceNotices {

    /** A reminder is due at this time of day, China time. */
    static final LocalTime REMINDER_TIME = LocalTime.of(9, 0);

    private final Transactions transactions;
    private final OutboxStore outbox;
    private final AllianceStore store;
    private final AllianceActivityStore activities;
    private final Notifications notifications;
    private final OutboxDrain drain;
    private final AllianceNoticeSettings settings;
    private final Clock clock;

    public AllianceNotices(Transactions transactions, OutboxStore outbox, AllianceStore store,
                           AllianceActivityStore activities, Notifications notifications, OutboxDrain drain,
                           AllianceNoticeSettings settings, Clock clock) {
        this.transactions = transactions;
        this.outbox = outbox;
        this.store = store;
        this.activities = activities;
        this.notifications = notifications;
        this.drain = drain;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * In the transaction that opened the round: its notice to the members, due at once, and the reminder
     * before it closes, due {@code reminderDays} before the closing date at 09:00 — unless that is already
     * past (a round closing within days needs no reminder besides its notice).
     */
    void roundOpened(TenantId alliance, AwardRound round) {
        transactions.inTenant(alliance, () -> {
            String name = store.nameOf(alliance).orElse("");
            Instant now = clock.instant();
            outbox.enqueue(alliance, OutboxStore.ALLIANCE_NOTICE, AllianceNotice.roundOpened(name, round).payload(), now);
            Instant remindAt = round.closesOn().minusDays(settings.reminderDays()).atTime(REMINDER_TIME)
                    .atZone(StandardService.CHINA).toInstant();
            if (remindAt.isAfter(now)) {
                outbox.enqueue(alliance, OutboxStore.ALLIANCE_NOTICE, AllianceNotice.roundClosing(name, round).payload(),
                        now, remindAt);
            }
            return null;
        });
    }

    /** In the transaction that scheduled the training: its notice to the members, due at once. */
    void trainingScheduled(TenantId alliance, Training training) {
        transactions.inTenant(alliance, () -> outbox.enqueue(alliance, OutboxStore.ALLIANCE_NOTICE,
                AllianceNotice.trainingScheduled(store.nameOf(alliance).orElse(""), training).payload(), clock.instant()));
    }

    /** Delivers the notices due now, of every alliance; returns the people notified. Call outside any transaction. */
    public synchronized int relay() {
        return drain.drain(OutboxStore.ALLIANCE_NOTICE, batch -> {
            int notified = 0;
            for (OutboxMessage message : batch) {
                try {
                    notified += deliver(message);
                } catch (RuntimeException e) {
                    drain.failed(OutboxStore.ALLIANCE_NOTICE, message, String.valueOf(e));
                    continue;
                }
                drain.sent(message);
            }
            return notified;
        });
    }

    /**
     * Delivers one claimed notice to the current members of its alliance, each in its own tenant's
     * transaction; delivering it again adds nothing. Returns the people notified now. A notice whose date has
     * passed (the round closed, the training held: nobody can act on it any more) is dropped; a reminder goes
     * only to members that have nominated nothing in the round.
     */
    public int deliver(OutboxMessage message) {
        TenantId alliance = message.tenant();
        AllianceNotice notice = AllianceNotice.of(message.payload());
        if (today().isAfter(notice.date())) {
            return 0;
        }
        List<MemberLink> members = transactions.readOnPlatform(() -> store.currentMembers(alliance));
        Set<TenantId> nominated = notice.onlyWithoutNomination()
                ? transactions.readInTenant(alliance, () -> activities.nominatingMembers(notice.subject()))
                : Set.of();
        int notified = 0;
        for (MemberLink member : members) {
            if (!nominated.contains(member.organization())) {
                // one per person, kind, round or training and its date, however often this runs
                notified += notifications.remind(member.organization(), notice.recipients(), notice.kind(),
                        notice.link(), notice.params(), notice.date());
            }
        }
        return notified;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(StandardService.CHINA));
    }
}
