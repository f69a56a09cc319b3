-- Notifications in the application and by e-mail, through a transactional outbox; the call for
-- patent disclosure recorded on a standard (PART-4).
--
-- Design rule: every external effect of a transaction (an e-mail, later a publication to the
-- national registry) is written as an outbox row in that same transaction, and a relay delivers
-- it afterwards. A rolled-back step sends nothing; a committed one is never forgotten.

-- A person's notifications inside one organization: what happened or what they must do, about
-- which subject, with the parameters of its localized message; read or not.
create table notifications (
    tenant_id     uuid          not null references organizations (id),
    id            uuid          not null,
    recipient_id  uuid          not null references users (id),
    kind          varchar(40)   not null,
    subject_type  varchar(40),
    subject_id    uuid,
    -- the message's parameters by name (title, stage, date …), worded in the reader's language
    params        jsonb         not null default '{}',
    -- a reminder of a deadline carries its date: at most one per recipient, kind, subject and date
    reminder_for  date,
    created_at    timestamptz   not null,
    read_at       timestamptz,
    constraint notifications_pkey primary key (tenant_id, id),
    constraint notifications_kind_check check (kind in ('ACTION_REQUIRED', 'PATENT_CALL', 'COMMENT_PERIOD_CLOSING',
        'COMMENT_PERIOD_CLOSED', 'REVIEW_DUE', 'REVIEW_OVERDUE')),
    constraint notifications_subject_check check ((subject_type is null) = (subject_id is null))
);
-- Re-running a deadline scan (or two servers running it at once) adds nothing.
create unique index notifications_reminder_key on notifications (tenant_id, recipient_id, kind, subject_id, reminder_for)
    where reminder_for is not null;
-- A person's inbox, newest first, and their unread count (the bell).
create index notifications_inbox_idx on notifications (tenant_id, recipient_id, created_at desc, id);
create index notifications_unread_idx on notifications (tenant_id, recipient_id) where read_at is null;

-- The transactional outbox, shared by every external effect: topic EMAIL now, the registry
-- synchronisation's publications later. Each row is delivered at least once: a relay claims a
-- batch (leasing it by moving next_attempt_at forward), delivers, then marks it SENT; a relay
-- that dies between delivery and marking leaves the row to be delivered again when its lease
-- runs out, so receivers dedupe by the id (e-mails carry it in their Message-ID). Failures are
-- retried with capped exponential backoff; after the configured number of attempts the row is
-- DEAD (kept, visible to the organization's administrators, who can send it again).
create table outbox_messages (
    tenant_id        uuid          not null references organizations (id),
    id               uuid          not null,
    topic            varchar(32)   not null,
    -- what to deliver; a "secret" member (an invitation's one-time token) is dropped once delivered
    payload          jsonb         not null,
    status           varchar(16)   not null default 'PENDING',
    attempts         integer       not null default 0,
    next_attempt_at  timestamptz   not null,
    last_error       text,
    created_at       timestamptz   not null,
    sent_at          timestamptz,
    constraint outbox_messages_pkey primary key (tenant_id, id),
    constraint outbox_messages_topic_check check (topic in ('EMAIL', 'REGISTRY')),
    constraint outbox_messages_status_check check (status in ('PENDING', 'SENT', 'DEAD')),
    constraint outbox_messages_sent_check check ((status = 'SENT') = (sent_at is not null))
);
-- The relay's claim: the oldest due rows of a topic, across every organization. Deliberately not
-- led by tenant_id: the relay serves all tenants in one query (see outbox_claim below).
create index outbox_messages_claim_idx on outbox_messages (topic, next_attempt_at) where status = 'PENDING';
-- Undelivered messages of an organization, for its administrators.
create index outbox_messages_dead_idx on outbox_messages (tenant_id, created_at desc) where status = 'DEAD';

-- The calls for patent disclosure issued on a standard (PART-4): automatically when drafting and
-- when technical review start, or by the secretariat; every member of the organization is notified.
create table patent_calls (
    tenant_id         uuid          not null references organizations (id),
    id                uuid          not null,
    standard_id       uuid          not null,
    stage             varchar(32)   not null,
    issued_by         uuid          not null references users (id),
    issued_at         timestamptz   not null,
    members_notified  integer       not null,
    constraint patent_calls_pkey primary key (tenant_id, id),
    constraint patent_calls_standard_fkey foreign key (tenant_id, standard_id) references standards (tenant_id, id)
);
create index patent_calls_standard_idx on patent_calls (tenant_id, standard_id, issued_at desc);

-- The daily deadline scan reads across organizations by date (see notifications_deadline_scan).
create index standards_comment_closes_idx on standards (comment_closes) where stage = 'COMMENT_PERIOD';
create index standards_review_due_scan_idx on standards (review_due) where stage = 'PUBLISHED';

-- [jooq ignore start]
alter table notifications enable row level security;
alter table notifications force row level security;
-- Each organization sees and writes only its own notifications; with no tenant set, none. Inside
-- the organization a person reads only their own: the service adds recipient = caller.
create policy tenant_isolation on notifications
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

alter table outbox_messages enable row level security;
alter table outbox_messages force row level security;
-- Each organization writes and sees only its own outbox (its administrators see undelivered mail).
create policy tenant_isolation on outbox_messages
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

alter table patent_calls enable row level security;
alter table patent_calls force row level security;
create policy tenant_isolation on patent_calls
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

-- Notifications are marked read, never deleted; outbox rows are claimed, marked and re-queued;
-- calls are records.
grant select, insert, update on notifications to ${app_role};
grant select, insert, update on outbox_messages to ${app_role};
grant select, insert on patent_calls to ${app_role};

-- Crossing tenants: the outbox relay and the daily deadline scan
-- ==============================================================
-- The relay serves every organization, and the scan looks for deadlines in all of them. Setting
-- the tenant row by row (80,000 organizations) would not scale, and the application role must
-- never bypass row-level security. Instead, a few SECURITY DEFINER functions, owned by the owner
-- role that runs these migrations, do exactly these jobs and nothing else:
--   outbox_claim / outbox_mark_sent / outbox_mark_failed   (the relay)
--   notifications_deadline_scan                             (the scan)
-- They run as the owner, which is bound by the forced policies like anyone; the policies below
-- are granted TO the owner role only (never PUBLIC or the application role), so they widen
-- nothing the application role can reach directly. They grant the owner nothing it lacked: an
-- owner can switch row-level security off on its own tables. Nobody signs in as the owner at
-- run time; only these functions act as it. Each function pins its search_path, refuses to run
-- inside a tenant's transaction (a tenant's work never reaches other tenants through them), is
-- revoked from PUBLIC and granted to the application role alone. A dedicated relay role with its
-- own policies would need CREATEROLE at migration time (the owner has none) and a membership
-- the application role could SET ROLE to at any moment; these functions expose less.
-- Citus (scale-out plan): the claim is a multi-shard UPDATE … FOR UPDATE SKIP LOCKED; there the
-- relay would claim per shard group (tenant_id ranges) with the same functions taking a range.

create policy outbox_relay on outbox_messages for all to current_user
    using (true) with check (true);
create policy deadline_scan_reads on notifications for select to current_user
    using (true);
create policy deadline_scan_writes on notifications for insert to current_user
    with check (true);
create policy deadline_scan on standards for select to current_user
    using (true);
create policy deadline_scan on memberships for select to current_user
    using (true);

-- The relay, the scan and any other cross-tenant function only run outside a tenant's transaction.
create function require_no_tenant() returns void
    language plpgsql stable
    set search_path = pg_catalog, public, pg_temp
as $$
begin
    if current_tenant_id() is not null then
        raise exception 'cross-tenant work refused inside the transaction of tenant %', current_tenant_id()
            using errcode = 'insufficient_privilege';
    end if;
end
$$;

-- Claims up to p_limit due messages of a topic, oldest first, across all organizations: rows
-- locked by another relay are skipped, and each claimed row is leased (next_attempt_at moves to
-- p_now + p_lease) and its attempt counted before it is returned, so a relay that dies leaves it
-- to be claimed again once the lease has run out.
create function outbox_claim(p_topic varchar, p_now timestamptz, p_lease interval, p_limit integer)
    returns setof outbox_messages
    language plpgsql volatile security definer
    set search_path = pg_catalog, public, pg_temp
as $$
begin
    perform require_no_tenant();
    return query
        with claimable as (
            select o.tenant_id, o.id
              from outbox_messages o
             where o.topic = p_topic and o.status = 'PENDING' and o.next_attempt_at <= p_now
             order by o.next_attempt_at
             limit p_limit
               for update skip locked)
        update outbox_messages o
           set attempts = o.attempts + 1, next_attempt_at = p_now + p_lease
          from claimable c
         where o.tenant_id = c.tenant_id and o.id = c.id
        returning o.*;
end
$$;

-- Marks a delivered message SENT (once: a row already SENT or DEAD is left alone) and drops the
-- secret its payload carried. Returns whether the row was marked.
create function outbox_mark_sent(p_tenant uuid, p_id uuid, p_now timestamptz)
    returns boolean
    language plpgsql volatile security definer
    set search_path = pg_catalog, public, pg_temp
as $$
begin
    perform require_no_tenant();
    update outbox_messages
       set status = 'SENT', sent_at = p_now, last_error = null, payload = payload - 'secret'
     where tenant_id = p_tenant and id = p_id and status = 'PENDING';
    return found;
end
$$;

-- Records a failed delivery: the next try at p_next_attempt, or DEAD when the relay gives up.
create function outbox_mark_failed(p_tenant uuid, p_id uuid, p_error text, p_next_attempt timestamptz,
                                   p_give_up boolean)
    returns boolean
    language plpgsql volatile security definer
    set search_path = pg_catalog, public, pg_temp
as $$
begin
    perform require_no_tenant();
    update outbox_messages
       set status = case when p_give_up then 'DEAD' else 'PENDING' end,
           next_attempt_at = p_next_attempt, last_error = left(p_error, 2000)
     where tenant_id = p_tenant and id = p_id and status = 'PENDING';
    return found;
end
$$;

-- The daily deadline scan, set-based across all organizations: comment periods closing within
-- p_closing_days and closed (to the working group and the secretariat, LC-2), periodic reviews
-- due within p_review_days and overdue (to the secretariat, LC-6). One notification per active
-- member holding the role, each with its e-mail in the outbox in the same statement; the unique
-- reminder key makes a second run (or a concurrent one) add nothing. Returns the notifications added.
create function notifications_deadline_scan(p_today date, p_now timestamptz, p_closing_days integer,
                                            p_review_days integer)
    returns integer
    language plpgsql volatile security definer
    set search_path = pg_catalog, public, pg_temp
as $$
declare
    added integer;
begin
    perform require_no_tenant();
    with due (tenant_id, standard_id, title, kind, due_on, roles) as (
            select s.tenant_id, s.id, s.title_zh, 'COMMENT_PERIOD_CLOSING', s.comment_closes,
                   array['WORKING_GROUP_MEMBER', 'SECRETARIAT']::varchar[]
              from standards s
             where s.stage = 'COMMENT_PERIOD' and s.comment_closes > p_today
               and s.comment_closes <= p_today + p_closing_days
            union all
            select s.tenant_id, s.id, s.title_zh, 'COMMENT_PERIOD_CLOSED', s.comment_closes,
                   array['WORKING_GROUP_MEMBER', 'SECRETARIAT']::varchar[]
              from standards s
             where s.stage = 'COMMENT_PERIOD' and s.comment_closes <= p_today
            union all
            select s.tenant_id, s.id, s.title_zh, 'REVIEW_DUE', s.review_due, array['SECRETARIAT']::varchar[]
              from standards s
             where s.stage = 'PUBLISHED' and s.review_due >= p_today and s.review_due <= p_today + p_review_days
            union all
            select s.tenant_id, s.id, s.title_zh, 'REVIEW_OVERDUE', s.review_due, array['SECRETARIAT']::varchar[]
              from standards s
             where s.stage = 'PUBLISHED' and s.review_due < p_today),
        notified as (
            insert into notifications (tenant_id, id, recipient_id, kind, subject_type, subject_id, params,
                                       reminder_for, created_at)
            select d.tenant_id, gen_random_uuid(), m.user_id, d.kind, 'STANDARD', d.standard_id,
                   jsonb_build_object('title', d.title, 'date', to_char(d.due_on, 'YYYY-MM-DD')), d.due_on, p_now
              from due d
              join memberships m on m.tenant_id = d.tenant_id and m.status = 'ACTIVE' and m.roles && d.roles
            on conflict (tenant_id, recipient_id, kind, subject_id, reminder_for) where reminder_for is not null
            do nothing
            returning tenant_id, id, recipient_id, kind, subject_type, subject_id, params),
        mailed as (
            insert into outbox_messages (tenant_id, id, topic, payload, status, attempts, next_attempt_at, created_at)
            select n.tenant_id, gen_random_uuid(), 'EMAIL',
                   jsonb_build_object('to', u.email, 'name', u.display_name, 'locale', u.preferred_locale,
                                      'kind', n.kind, 'params', n.params, 'subjectType', n.subject_type,
                                      'subjectId', n.subject_id, 'notification', n.id),
                   'PENDING', 0, p_now, p_now
              from notified n
              join users u on u.id = n.recipient_id and u.status = 'ACTIVE'
            returning 1)
    select count(*) into added from notified;
    return added;
end
$$;

revoke all on function require_no_tenant() from public;
revoke all on function outbox_claim(varchar, timestamptz, interval, integer) from public;
revoke all on function outbox_mark_sent(uuid, uuid, timestamptz) from public;
revoke all on function outbox_mark_failed(uuid, uuid, text, timestamptz, boolean) from public;
revoke all on function notifications_deadline_scan(date, timestamptz, integer, integer) from public;
grant execute on function outbox_claim(varchar, timestamptz, interval, integer) to ${app_role};
grant execute on function outbox_mark_sent(uuid, uuid, timestamptz) to ${app_role};
grant execute on function outbox_mark_failed(uuid, uuid, text, timestamptz, boolean) to ${app_role};
grant execute on function notifications_deadline_scan(date, timestamptz, integer, integer) to ${app_role};
-- [jooq ignore stop]
