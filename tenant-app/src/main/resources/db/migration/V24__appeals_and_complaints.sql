-- Appeals, complaints and disputes (PART-6): a member's appeal against a standardization decision,
-- a complaint or report from anyone (a member, or the public after proving an e-mail address), a
-- dispute between parties. The coordination body (secretariat) handles each case: intake under a
-- case number, scope check, handling steps in order (negotiation, mediation, arbitration), outcome,
-- closure, each within the organization's time limits; the complainant may escalate a closed,
-- rejected or overdue case to a supervisory authority (SUP-2), which receives a copy as a referral
-- in its own tenant.

-- The organization's time limits in calendar days from receipt (defaults 5 / 15 / 60 when no row).
create table case_time_limits (
    tenant_id         uuid     not null references organizations (id),
    acknowledge_days  integer  not null,
    scope_days        integer  not null,
    conclude_days     integer  not null,
    constraint case_time_limits_pkey primary key (tenant_id),
    -- a limit can not fall before the one it follows
    constraint case_time_limits_order_check check (acknowledge_days >= 1 and scope_days >= acknowledge_days
        and conclude_days >= scope_days and conclude_days <= 365)
);

-- A case, from intake to closure. The deadlines are fixed at intake from the limits then in force,
-- so a later change of the limits moves no running case. A complainant is a member (complainant_id)
-- or someone from the public known by a proven address (complainant_email); a public report may be
-- anonymous to the organization (the service shows neither name nor address) but not to the
-- platform, which keeps the address to answer and, on escalation, hands it to the authority.
create table cases (
    tenant_id            uuid          not null references organizations (id),
    id                   uuid          not null,
    number               varchar(120)  not null,
    kind                 varchar(16)   not null,
    status               varchar(24)   not null,
    title                varchar(200)  not null,
    description          text          not null,
    standard_id          uuid,
    contested_decision   varchar(32),
    other_party          varchar(200),
    complainant_id       uuid          references users (id),
    complainant_name     varchar(100),
    complainant_email    varchar(254),
    complainant_unit     varchar(200),
    anonymous            boolean       not null default false,
    -- the public complainant's key to the case (its SHA-256; the key itself is only mailed)
    access_token_sha256  char(64),
    received_at          timestamptz   not null,
    acknowledge_by       date          not null,
    scope_by             date          not null,
    conclude_by          date          not null,
    acknowledged_at      timestamptz,
    scope_decided_at     timestamptz,
    scope_reason         text,
    outcome              varchar(16),
    outcome_reasons      text,
    decided_at           timestamptz,
    closed_at            timestamptz,
    -- the escalation and the referral's status as the authority last reported it
    escalated_at         timestamptz,
    escalation_reason    text,
    authority_id         uuid          references organizations (id),
    referral_id          uuid,
    referral_status      varchar(16),
    referral_finding     text,
    referral_updated_at  timestamptz,
    version              bigint        not null default 0,
    constraint cases_pkey primary key (tenant_id, id),
    constraint cases_number_key unique (tenant_id, number),
    constraint cases_standard_fkey foreign key (tenant_id, standard_id) references standards (tenant_id, id),
    constraint cases_kind_check check (kind in ('APPEAL', 'COMPLAINT', 'DISPUTE')),
    constraint cases_status_check check (status in ('RECEIVED', 'ACKNOWLEDGED', 'ACCEPTED', 'REJECTED_OUT_OF_SCOPE',
        'DECIDED', 'CLOSED')),
    constraint cases_outcome_check check (outcome in ('UPHELD', 'PARTLY_UPHELD', 'DISMISSED', 'SETTLED')),
    constraint cases_referral_status_check check (referral_status in ('REFERRED', 'RECEIVED', 'INVESTIGATING',
        'CONCLUDED')),
    constraint cases_complainant_check check (complainant_id is not null or complainant_email is not null),
    -- only a complaint from the public may be anonymous; appeals and disputes name their party
    constraint cases_anonymous_check check (not anonymous or (complainant_id is null and kind = 'COMPLAINT')),
    constraint cases_deadlines_check check (acknowledge_by <= scope_by and scope_by <= conclude_by),
    constraint cases_escalation_check check ((escalated_at is null) = (authority_id is null)
        and (authority_id is null) = (referral_id is null))
);
create index cases_list_idx on cases (tenant_id, received_at desc, id);
create index cases_complainant_idx on cases (tenant_id, complainant_id, received_at desc);
-- The daily deadline scan reads across organizations by the date of the limit each open case
-- waits on (see case_deadlines_due): only open cases are indexed.
create index cases_acknowledge_scan_idx on cases (acknowledge_by) where status = 'RECEIVED';
create index cases_scope_scan_idx on cases (scope_by) where status = 'ACKNOWLEDGED';
create index cases_conclude_scan_idx on cases (conclude_by) where status = 'ACCEPTED';

-- The handling steps of an accepted case, in order: never back from mediation to negotiation,
-- nor from arbitration to either (PART-6). Steps are records: never changed.
create table case_steps (
    tenant_id     uuid           not null references organizations (id),
    case_id       uuid           not null,
    position      integer        not null,
    kind          varchar(16)    not null,
    held_on       date           not null,
    participants  varchar(1000)  not null,
    summary       text           not null,
    recorded_by   uuid           not null references users (id),
    recorded_at   timestamptz    not null,
    constraint case_steps_pkey primary key (tenant_id, case_id, position),
    constraint case_steps_case_fkey foreign key (tenant_id, case_id) references cases (tenant_id, id),
    constraint case_steps_kind_check check (kind in ('NEGOTIATION', 'MEDIATION', 'ARBITRATION'))
);

-- A member of the public proves an e-mail address with a one-time code before complaining, as
-- for public comments (V22): codes kept only as salted hashes, expiring, wrong attempts counted,
-- requests counted per address and network address for the rate limits.
create table complaint_verifications (
    tenant_id       uuid          not null references organizations (id),
    id              uuid          not null,
    email           varchar(254)  not null,
    code_sha256     char(64)      not null,
    requested_from  varchar(64)   not null,
    requested_at    timestamptz   not null,
    expires_at      timestamptz   not null,
    attempts        integer       not null default 0,
    verified_at     timestamptz,
    constraint complaint_verifications_pkey primary key (tenant_id, id)
);
create index complaint_verifications_email_idx on complaint_verifications (tenant_id, email, requested_at);
create index complaint_verifications_requested_from_idx on complaint_verifications (tenant_id, requested_from, requested_at);
create index cases_public_email_idx on cases (tenant_id, complainant_email, received_at) where complainant_id is null;

-- A case escalated to a supervisory authority, held in the AUTHORITY's tenant: a copy of what the
-- authority needs (case number, organization, kind, summary, timeline, outcome so far), so that
-- the authority never reads the organization's tables. Written by the one narrow, audited
-- service that opens a transaction in the authority's tenant for it (ReferralChannel); the
-- authority's handling is copied back to the case the same way. One referral per case.
create table referrals (
    tenant_id           uuid          not null references organizations (id),
    id                  uuid          not null,
    source_tenant_id    uuid          not null references organizations (id),
    source_case_id      uuid          not null,
    case_number         varchar(120)  not null,
    organization_name   varchar(200)  not null,
    organization_code   varchar(16)   not null,
    kind                varchar(16)   not null,
    title               varchar(200)  not null,
    description         text          not null,
    complainant_name    varchar(100),
    complainant_email   varchar(254),
    anonymous           boolean       not null,
    case_status         varchar(24)   not null,
    scope_reason        text,
    outcome             varchar(16),
    outcome_reasons     text,
    -- the case's timeline when it was escalated: [{"at", "action", "actor", "reason"}], oldest first
    timeline            jsonb         not null,
    escalation_reason   text          not null,
    referred_at         timestamptz   not null,
    status              varchar(16)   not null,
    finding             text,
    status_changed_at   timestamptz,
    status_changed_by   uuid          references users (id),
    version             bigint        not null default 0,
    constraint referrals_pkey primary key (tenant_id, id),
    constraint referrals_case_key unique (tenant_id, source_tenant_id, source_case_id),
    constraint referrals_status_check check (status in ('REFERRED', 'RECEIVED', 'INVESTIGATING', 'CONCLUDED')),
    constraint referrals_finding_check check (status <> 'CONCLUDED' or finding is not null)
);
create index referrals_inbox_idx on referrals (tenant_id, referred_at desc, id);
create index referrals_status_idx on referrals (tenant_id, status, referred_at desc);

-- Case numbers come from the organization's document numbering (LC-4): a new series, 申.
alter table document_numbering_rules drop constraint document_numbering_rules_series_check;
alter table document_numbering_rules add constraint document_numbering_rules_series_check
    check (series in ('NOTICE', 'DECISION', 'CASE'));
-- A complaint filed by the public takes its number without a signed-in person.
alter table issued_document_numbers alter column issued_by drop not null;

-- The notifications of cases and referrals.
alter table notifications drop constraint notifications_kind_check;
alter table notifications add constraint notifications_kind_check check (kind in ('ACTION_REQUIRED', 'PATENT_CALL',
    'COMMENT_PERIOD_CLOSING', 'COMMENT_PERIOD_CLOSED', 'REVIEW_DUE', 'REVIEW_OVERDUE', 'CASE_FILED',
    'CASE_ACKNOWLEDGED', 'CASE_SCOPE_DECIDED', 'CASE_DECIDED', 'CASE_DEADLINE', 'CASE_OVERDUE', 'CASE_ESCALATED',
    'REFERRAL_RECEIVED', 'REFERRAL_UPDATED'));
-- The case scan asks whether a reminder was already given, by subject and deadline.
create index notifications_reminder_subject_idx on notifications (tenant_id, subject_id, reminder_for)
    where reminder_for is not null;

-- [jooq ignore start]
alter table case_time_limits enable row level security;
alter table case_time_limits force row level security;
-- an organization sets and reads only its own time limits
create policy tenant_isolation on case_time_limits
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

alter table cases enable row level security;
alter table cases force row level security;
-- a case belongs to the organization it was filed with; the authority gets a copy, never this row
create policy tenant_isolation on cases
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

alter table case_steps enable row level security;
alter table case_steps force row level security;
create policy tenant_isolation on case_steps
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

alter table complaint_verifications enable row level security;
alter table complaint_verifications force row level security;
-- a verification belongs to the organization complained to
create policy tenant_isolation on complaint_verifications
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

alter table referrals enable row level security;
alter table referrals force row level security;
-- a referral belongs to the authority it was sent to: the organization it concerns reads none of it
create policy tenant_isolation on referrals
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

grant select, insert, update on case_time_limits to ${app_role};
-- cases move through their lifecycle; never deleted
grant select, insert, update on cases to ${app_role};
-- steps are records
grant select, insert on case_steps to ${app_role};
-- a code is never changed after it is issued; only its attempts and verification are recorded
grant select, insert, update (attempts, verified_at) on complaint_verifications to ${app_role};
grant select, insert, update on referrals to ${app_role};

-- Crossing tenants: the daily case deadline scan
-- ==============================================
-- Like notifications_deadline_scan (V21), one set-based statement finds, across all
-- organizations, the open cases whose pending time limit falls within p_days_before days or has
-- passed, and that have no reminder for that deadline yet; the application then reminds each
-- organization's secretariat through Notifications.remind in that organization's own transaction
-- (at most once per recipient, kind, case and deadline). Cost at 80,000 organizations: the scan
-- reads the three partial indexes above (open cases only, by date), never the organizations, and
-- returns only reminders still to give, so a day's work is proportional to the reminders due
-- that day, each one short transaction. The function only reads, runs only outside a tenant's
-- transaction, and the owner-only policy below widens nothing the application role can reach.
create policy deadline_scan on cases for select to current_user
    using (true);

create function case_deadlines_due(p_today date, p_days_before integer)
    returns table (due_tenant_id uuid, due_case_id uuid, due_case_number varchar, due_time_limit varchar,
                   due_on date)
    language plpgsql stable security definer
    set search_path = pg_catalog, public, pg_temp
as $$
begin
    perform require_no_tenant();
    return query
        with pending (tenant_id, case_id, case_number, time_limit, due) as (
                select c.tenant_id, c.id, c.number, 'ACKNOWLEDGE'::varchar, c.acknowledge_by
                  from cases c
                 where c.status = 'RECEIVED' and c.acknowledge_by <= p_today + p_days_before
                union all
                select c.tenant_id, c.id, c.number, 'SCOPE'::varchar, c.scope_by
                  from cases c
                 where c.status = 'ACKNOWLEDGED' and c.scope_by <= p_today + p_days_before
                union all
                select c.tenant_id, c.id, c.number, 'CONCLUDE'::varchar, c.conclude_by
                  from cases c
                 where c.status = 'ACCEPTED' and c.conclude_by <= p_today + p_days_before)
        select p.tenant_id, p.case_id, p.case_number, p.time_limit, p.due
          from pending p
         where not exists (
                select 1 from notifications n
                 where n.tenant_id = p.tenant_id and n.subject_id = p.case_id and n.reminder_for = p.due
                   and n.kind = case when p.due < p_today then 'CASE_OVERDUE' else 'CASE_DEADLINE' end)
         order by p.tenant_id, p.due;
end
$$;

revoke all on function case_deadlines_due(date, integer) from public;
grant execute on function case_deadlines_due(date, integer) to ${app_role};
-- [jooq ignore stop]
