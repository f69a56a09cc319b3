package cn.tuanbiao.notifications.service;

import cn.tuanbiao.notifications.domain.NotificationKind;
import cn.tuanbiao.notifications.domain.Recipients;
import cn.tuanbiao.notifications.domain.SubjectLink;
import cn.tuanbiao.notifications.persistence.NotificationStore;
import cn.tuanbiao.notifications.persistence.OutboxStore;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.tenancy.Transactions;
import cn.tuanbiao.users.domain.OrganizationRole;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The notifications API other features call (lifecycle steps, the call for patents, later ballots
 * and comments). Each call joins the caller's transaction for {@code tenant} when there is one, so
 * the notifications and their e-mails (in the outbox) commit or roll back with the work that
 * caused them; without one it opens its own. Recipients are always resolved among the tenant's
 * active members, in one set-based statement however large the organization.
 *
 * <pre>{@code
 * notifications.notify(tenant, Recipients.roles(Set.of(SECRETARIAT)).except(actor.person()),
 *         NotificationKind.ACTION_REQUIRED, SubjectLink.standard(id), Map.of("title", …, "stage", "stage.DRAFTING", "action", "action.…"));
 * notifications.remind(tenant, Recipients.people(voters), NotificationKind.…, SubjectLink.…, params, ballotCloses);
 * }</pre>
 *
 * <p>{@code params} must name exactly the kind's {@link NotificationKind#parameters()}; a value
 * that is a message key ({@code stage.X}, {@code action.X}, {@code role.X}) is worded in each
 * reader's language.
 */
@Singleton
public class Notifications {

    private final Transactions transactions;
    private final NotificationStore store;
    private final OutboxStore outbox;
    private final Clock clock;

    public Notifications(Transactions transactions, NotificationStore store, OutboxStore outbox, Clock clock) {
        this.transactions = transactions;
        this.store = store;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Notifies the recipients (in the app, and by e-mail through the outbox); returns how many were notified. */
    public int notify(TenantId tenant, Recipients recipients, NotificationKind kind, SubjectLink subject,
                      Map<String, String> params) {
        return write(tenant, recipients, kind, subject, params, null);
    }

    /** Notifies every active member holding {@code role}. */
    public int notifyRole(TenantId tenant, OrganizationRole role, NotificationKind kind, SubjectLink subject,
                          Map<String, String> params) {
        return notify(tenant, Recipients.roles(Set.of(role)), kind, subject, params);
    }

    /**
     * A reminder of the deadline {@code deadline}: each recipient gets it at most once per kind,
     * subject and deadline, so calling this again (a re-run scan, a second server) adds nothing.
     */
    public int remind(TenantId tenant, Recipients recipients, NotificationKind kind, SubjectLink subject,
                      Map<String, String> params, LocalDate deadline) {
        if (deadline == null || subject == null) {
            throw new IllegalArgumentException("a reminder names its subject and deadline");
        }
        return write(tenant, recipients, kind, subject, params, deadline);
    }

    /**
     * An e-mail to an address that need not belong to anyone yet (an invitee), through the outbox
     * in the caller's transaction. {@code link} is a path in the workspace; {@code secret}, when
     * given, is appended to it and dropped from the outbox once the e-mail is delivered.
     */
    public void email(TenantId tenant, String address, String name, NotificationKind kind, Map<String, String> params,
                      String link, String secret) {
        requireParameters(kind, params);
        Map<String, Object> payload = new HashMap<>();
        payload.put("to", address);
        payload.put("name", name);
        payload.put("locale", "zh-CN");
        payload.put("kind", kind.name());
        payload.put("params", params);
        payload.put("link", link);
        if (secret != null) {
            payload.put("secret", secret);
        }
        transactions.inTenant(tenant, () -> outbox.enqueue(tenant, OutboxStore.EMAIL, payload, clock.instant()));
    }

    private int write(TenantId tenant, Recipients recipients, NotificationKind kind, SubjectLink subject,
                      Map<String, String> params, LocalDate reminderFor) {
        if (!kind.inApp()) {
            throw new IllegalArgumentException(kind + " is sent by e-mail only");
        }
        requireParameters(kind, params);
        return transactions.inTenant(tenant, () ->
                store.notify(recipients, kind, subject, params, reminderFor, clock.instant()));
    }

    private static void requireParameters(NotificationKind kind, Map<String, String> params) {
        if (!new HashSet<>(kind.parameters()).equals(params.keySet()) || params.values().stream().anyMatch(java.util.Objects::isNull)) {
            throw new IllegalArgumentException(kind + " takes the parameters " + kind.parameters() + ", not "
                    + params.keySet());
        }
    }

    /** The parameters of {@code kind} in message order, for wording it. */
    static List<String> ordered(NotificationKind kind, Map<String, String> params) {
        return kind.parameters().stream().map(name -> params.getOrDefault(name, "")).toList();
    }
}
