package cn.tuanbiao.notifications.service;

import cn.tuanbiao.audit.domain.AuditEntry;
import cn.tuanbiao.audit.service.AuditTrail;
import cn.tuanbiao.notifications.domain.Notification;
import cn.tuanbiao.notifications.domain.UndeliveredEmail;
import cn.tuanbiao.notifications.persistence.NotificationStore;
import cn.tuanbiao.notifications.persistence.OutboxStore;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.users.domain.OrganizationRole;
import cn.tuanbiao.users.service.AccessControl;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/**
 * A person's notifications in one organization: only ever their own (the tenant by row-level
 * security, the person by every query here), newest first, with the unread count of the bell.
 * The organization's administrators also see the e-mails the relay gave up on, and send them again.
 */
@Singleton
public class Inbox {

    private final AccessControl access;
    private final NotificationStore notifications;
    private final OutboxStore outbox;
    private final AuditTrail audit;
    private final Clock clock;

    public Inbox(AccessControl access, NotificationStore notifications, OutboxStore outbox, AuditTrail audit,
                 Clock clock) {
        this.access = access;
        this.notifications = notifications;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    public Page<Notification> list(PersonId caller, TenantId tenant, boolean unreadOnly, PageRequest page) {
        return access.readIn(caller, tenant, actor -> notifications.inbox(caller, unreadOnly, page));
    }

    public int unreadCount(PersonId caller, TenantId tenant) {
        return access.readIn(caller, tenant, actor -> notifications.unreadCount(caller));
    }

    /** Marks one of the caller's notifications read; someone else's is not found. */
    public void markRead(PersonId caller, TenantId tenant, UUID notification) {
        access.actIn(caller, tenant, actor -> {
            if (!notifications.markRead(caller, notification, clock.instant())) {
                throw new NotFoundException("notifications.notFound");
            }
            return null;
        });
    }

    /** Marks all the caller's notifications read; returns how many were unread. */
    public int markAllRead(PersonId caller, TenantId tenant) {
        return access.actIn(caller, tenant, actor -> notifications.markAllRead(caller, clock.instant()));
    }

    /** The organization's undelivered e-mails (dead letters), for its administrators. */
    public Page<UndeliveredEmail> undeliveredEmails(PersonId caller, TenantId tenant, PageRequest page) {
        return access.readIn(caller, tenant, actor -> {
            actor.requireAnyOf(OrganizationRole.ADMINISTRATOR);
            return outbox.undelivered(page);
        });
    }

    /** Queues an undelivered e-mail again, with a fresh count of attempts (after the address or server was fixed). */
    public void resend(PersonId caller, TenantId tenant, UUID email) {
        access.actIn(caller, tenant, actor -> {
            actor.requireAnyOf(OrganizationRole.ADMINISTRATOR);
            if (!outbox.requeue(email, clock.instant())) {
                throw new NotFoundException("notifications.emailNotFound");
            }
            audit.record(new AuditEntry(tenant, caller, "EMAIL", email, "EMAIL_REQUEUED", null, Map.of()));
            return null;
        });
    }
}
