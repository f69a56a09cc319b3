package cn.tuanbiao.notifications.persistence;

import cn.tuanbiao.notifications.domain.Notification;
import cn.tuanbiao.notifications.domain.NotificationKind;
import cn.tuanbiao.notifications.domain.Recipients;
import cn.tuanbiao.notifications.domain.SubjectLink;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.users.domain.OrganizationRole;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.tuanbiao.jooq.Tables.NOTIFICATIONS;

/**
 * Notifications of the transaction's tenant. Writing is set-based: one statement inserts a
 * notification for every active member the recipients select (thousands in a large organization)
 * and, in the same statement, each one's e-mail into the outbox.
 */
@Singleton
public class NotificationStore {

    private static final cn.tuanbiao.jooq.tables.Notifications N = NOTIFICATIONS;
    private static final Argument<Map<String, String>> PARAMS = Argument.mapOf(String.class, String.class);

    /*
     * The e-mail payload matches the one notifications_deadline_scan (V21) writes: the relay
     * words it in the recipient's language when it sends it.
     */
    private static final String NOTIFY = """
            with notified as (
                insert into notifications (tenant_id, id, recipient_id, kind, subject_type, subject_id, params,
                                           reminder_for, created_at)
                select m.tenant_id, gen_random_uuid(), m.user_id, {0}, {1}, {2}, cast({3} as jsonb), {4}, {5}
                  from memberships m
                 where m.status = 'ACTIVE' and ({6}) and ({7})
                on conflict (tenant_id, recipient_id, kind, subject_id, reminder_for) where reminder_for is not null
                do nothing
                returning tenant_id, id, recipient_id, kind, subject_type, subject_id, params),
            mailed as (
                insert into outbox_messages (tenant_id, id, topic, payload, status, attempts, next_attempt_at, created_at)
                select n.tenant_id, gen_random_uuid(), 'EMAIL',
                       jsonb_build_object('to', u.email, 'name', u.display_name, 'locale', u.preferred_locale,
                                          'kind', n.kind, 'params', n.params, 'subjectType', n.subject_type,
                                          'subjectId', n.subject_id, 'notification', n.id),
                       'PENDING', 0, {5}, {5}
                  from notified n
                  join users u on u.id = n.recipient_id and u.status = 'ACTIVE'
                returning 1)
            select count(*) from notified""";

    private final DSLContext db;
    private final JsonMapper json;

    public NotificationStore(DSLContext db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    /**
     * Notifies the recipients among the tenant's active members, each with an e-mail in the
     * outbox; a reminder ({@code reminderFor} set) at most once per recipient, kind, subject and
     * date. Returns the notifications added.
     */
    public int notify(Recipients recipients, NotificationKind kind, SubjectLink subject, Map<String, String> params,
                      LocalDate reminderFor, Instant now) {
        if (recipients.nobody()) {
            return 0;
        }
        Condition who = recipients.everyone() ? DSL.trueCondition() : DSL.falseCondition();
        if (!recipients.people().isEmpty()) {
            who = who.or(DSL.condition("m.user_id = any({0})",
                    DSL.val(recipients.people().stream().map(PersonId::value).toArray(UUID[]::new))));
        }
        if (!recipients.roles().isEmpty()) {
            who = who.or(DSL.condition("m.roles && cast({0} as varchar[])",
                    DSL.val(recipients.roles().stream().map(OrganizationRole::name).toArray(String[]::new))));
        }
        Condition notExcepted = recipients.except() == null ? DSL.trueCondition()
                : DSL.condition("m.user_id <> {0}", DSL.val(recipients.except().value()));
        Integer added = db.fetchValue(DSL.resultQuery(NOTIFY,
                DSL.val(kind.name()),
                DSL.val(subject == null ? null : subject.type(), SQLDataType.VARCHAR),
                DSL.val(subject == null ? null : subject.id(), SQLDataType.UUID),
                DSL.val(write(params)),
                DSL.val(reminderFor, SQLDataType.LOCALDATE),
                DSL.val(OffsetDateTime.ofInstant(now, ZoneOffset.UTC)),
                who, notExcepted).coerce(DSL.field("count", Integer.class)));
        return added == null ? 0 : added;
    }

    /** {@code person}'s notifications in the tenant, newest first; only the unread ones if asked. */
    public Page<Notification> inbox(PersonId person, boolean unreadOnly, PageRequest page) {
        Condition where = N.RECIPIENT_ID.eq(person.value());
        if (unreadOnly) {
            where = where.and(N.READ_AT.isNull());
        }
        int total = db.fetchCount(N, where);
        List<Notification> items = db.selectFrom(N).where(where)
                .orderBy(N.CREATED_AT.desc(), N.ID.desc())
                .offset(page.offset()).limit(page.limit())
                .fetch(this::toNotification);
        return new Page<>(items, total, page.offset(), page.limit());
    }

    public int unreadCount(PersonId person) {
        return db.fetchCount(N, N.RECIPIENT_ID.eq(person.value()), N.READ_AT.isNull());
    }

    /** Marks one of {@code person}'s notifications read; false when it is not theirs (or not there). */
    public boolean markRead(PersonId person, UUID id, Instant at) {
        boolean theirs = db.fetchExists(N, N.ID.eq(id), N.RECIPIENT_ID.eq(person.value()));
        db.update(N).set(N.READ_AT, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .where(N.ID.eq(id), N.RECIPIENT_ID.eq(person.value()), N.READ_AT.isNull())
                .execute();
        return theirs;
    }

    public int markAllRead(PersonId person, Instant at) {
        return db.update(N).set(N.READ_AT, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .where(N.RECIPIENT_ID.eq(person.value()), N.READ_AT.isNull())
                .execute();
    }

    private Notification toNotification(Record r) {
        String type = r.get(N.SUBJECT_TYPE);
        return new Notification(r.get(N.ID), NotificationKind.valueOf(r.get(N.KIND)),
                type == null ? null : new SubjectLink(type, r.get(N.SUBJECT_ID)), read(r.get(N.PARAMS).data()),
                r.get(N.CREATED_AT).toInstant(), r.get(N.READ_AT) == null ? null : r.get(N.READ_AT).toInstant());
    }

    private String write(Map<String, String> params) {
        try {
            return json.writeValueAsString(params);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, String> read(String params) {
        try {
            return json.readValue(params, PARAMS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
