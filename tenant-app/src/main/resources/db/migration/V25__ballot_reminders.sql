-- Invitations to meetings (PART-3) and ballots (PART-2) are notified too: their kinds join the list.
-- The daily deadline scan also reminds eligible voters who have not voted that an online ballot
-- closes within the closing window (PART-2): a function of its own beside V21's
-- notifications_deadline_scan, called in the same scan, with the same guarantees — one set-based
-- statement across organizations, run by the owner through this SECURITY DEFINER function only,
-- at most one reminder per voter, ballot's standard and deadline.

alter table notifications drop constraint notifications_kind_check;
alter table notifications add constraint notifications_kind_check check (kind in ('ACTION_REQUIRED', 'PATENT_CALL',
    'COMMENT_PERIOD_CLOSING', 'COMMENT_PERIOD_CLOSED', 'REVIEW_DUE', 'REVIEW_OVERDUE', 'CASE_FILED',
    'CASE_ACKNOWLEDGED', 'CASE_SCOPE_DECIDED', 'CASE_DECIDED', 'CASE_DEADLINE', 'CASE_OVERDUE', 'CASE_ESCALATED',
    'REFERRAL_RECEIVED', 'REFERRAL_UPDATED', 'BALLOT_OPENED', 'BALLOT_CLOSING', 'MEETING_CONVENED'));

create index ballots_open_deadline_idx on ballots (deadline) where method = 'ONLINE';

-- [jooq ignore start]
-- The scan reads ballots, their lists, votes and results across organizations (owner only, as in V21).
create policy deadline_scan on ballots for select to current_user using (true);
create policy deadline_scan on ballot_voters for select to current_user using (true);
create policy deadline_scan on ballot_votes for select to current_user using (true);
create policy deadline_scan on ballot_results for select to current_user using (true);

create function ballot_reminders_scan(p_today date, p_now timestamptz, p_closing_days integer)
    returns integer
    language plpgsql volatile security definer
    set search_path = pg_catalog, public, pg_temp
as $$
declare
    added integer;
begin
    perform require_no_tenant();
    with due (tenant_id, recipient_id, standard_id, title, due_on) as (
            -- open online ballots closing within the window: each eligible voter with an account who
            -- has not voted yet
            select b.tenant_id, v.person_id, b.standard_id, s.title_zh,
                   (b.deadline at time zone 'Asia/Shanghai')::date
              from ballots b
              join standards s on s.tenant_id = b.tenant_id and s.id = b.standard_id
              join ballot_voters v on v.tenant_id = b.tenant_id and v.ballot_id = b.id
             where b.method = 'ONLINE' and b.deadline > p_now
               and (b.deadline at time zone 'Asia/Shanghai')::date <= p_today + p_closing_days
               and not exists (select 1 from ballot_results r where r.tenant_id = b.tenant_id and r.ballot_id = b.id)
               and v.eligible and v.person_id is not null
               and not exists (select 1 from ballot_votes x
                                where x.tenant_id = v.tenant_id and x.ballot_id = v.ballot_id and x.seat_id = v.seat_id)),
        notified as (
            insert into notifications (tenant_id, id, recipient_id, kind, subject_type, subject_id, params,
                                       reminder_for, created_at)
            select d.tenant_id, gen_random_uuid(), d.recipient_id, 'BALLOT_CLOSING', 'STANDARD', d.standard_id,
                   jsonb_build_object('title', d.title, 'date', to_char(d.due_on, 'YYYY-MM-DD')), d.due_on, p_now
              from due d
              join memberships m on m.tenant_id = d.tenant_id and m.user_id = d.recipient_id and m.status = 'ACTIVE'
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

revoke all on function ballot_reminders_scan(date, timestamptz, integer) from public;
grant execute on function ballot_reminders_scan(date, timestamptz, integer) to ${app_role};
-- [jooq ignore stop]
