-- Supervision at work (SUP-2, PUB-4): a supervisory authority's compliance risk list over the
-- organizations of its jurisdiction, kept as an incremental read model like V28's statistics; and the
-- violations it records, decides and publishes through the national registry as a new subject.

-- ============================================================================================
-- Part 1. Compliance risks across organizations (SUP-2)
-- ============================================================================================
--
-- What counts as a risk, precisely (one "item" per subject; an organization's count of a kind is the
-- number of its items of that kind that are due):
--   REVIEW_OVERDUE        a standard in stage PUBLISHED whose periodic review date (LC-6, review_due)
--                         has passed: due from the day after review_due (China's calendar);
--   DECLARATION_MISSING   a standard in stage PUBLISHED whose self-declaration (PUB-1) is not
--                         confirmed: due at once;
--   COMPLAINT_OVERDUE     an appeal, complaint or dispute (PART-6) still waiting on a time limit
--                         (acknowledge, decide the scope, conclude) past its date: due from the day
--                         after that limit;
--   PRACTICE_FAILED       the organization's latest submitted good-practice self-evaluation (PUB-2)
--                         fails a basic condition: due at once (subject: the organization itself).
-- Comment periods shorter than 30 days and review votes that did not reach 3/4 cannot exist in the
-- records: standards_comment_period_check (V8) and ballot_results_passed_check (V20) refuse them, and
-- the lifecycle refuses a review outcome without a passing ballot; they are therefore not items.
--
-- How it stays current (the pattern of V28): triggers on standards, standard_declarations, cases
-- and practice_evaluations append the *state* of each item they touch to compliance_risk_deltas
-- (present from due_at, or absent) — an append, so tenants never queue on a shared row, and a state,
-- not an increment, so folding a delta twice is harmless. compliance_risk_fold(p_limit, p_now), called
-- every second by StatisticsFoldSchedule, applies the latest state per item to compliance_risk_items,
-- switches on the items whose due_at has come (an index on the pending ones: time passing costs the
-- items due, never a scan), and recounts only the organizations touched into compliance_risks, the
-- one row per organization at risk that the list pages through by its indexes. The application's
-- clock is passed in (p_now), so tests move time instead of sleeping.
--
-- Why outside row-level security: as V28's rollups, these are platform read models owned by no
-- tenant. compliance_risks holds counts of facts that are public anyway (published standards and their
-- declarations and review dates are on the national platform, PUB-1) or that a supervisor is entitled
-- to (overdue cases, failed basic conditions); the item table holds ids and dates only. The application
-- role reads compliance_risks, nothing else here, and writes none of it.

create table compliance_risk_deltas (
    id               bigint        generated always as identity,
    organization_id  uuid          not null,
    kind             varchar(24)   not null,
    subject_id       uuid          not null,
    present          boolean       not null,
    due_at           timestamptz,
    recorded_at      timestamptz   not null default now(),
    constraint compliance_risk_deltas_pkey primary key (id),
    constraint compliance_risk_deltas_kind_check check (kind in ('REVIEW_OVERDUE', 'DECLARATION_MISSING',
        'COMPLAINT_OVERDUE', 'PRACTICE_FAILED', 'PROFILE')),
    constraint compliance_risk_deltas_due_check check (not present or due_at is not null)
);

create table compliance_risk_items (
    organization_id  uuid          not null,
    kind             varchar(24)   not null,
    subject_id       uuid          not null,
    due_at           timestamptz   not null,
    active           boolean       not null,
    constraint compliance_risk_items_pkey primary key (organization_id, kind, subject_id)
);
-- Items waiting for their date: what the fold switches on as time passes.
create index compliance_risk_items_pending_idx on compliance_risk_items (due_at) where not active;

-- One row per organization with at least one due item: its counts, their total and a severity
-- (3 high, 2 medium, 1 low; see compliance_severity), under its registration profile.
create table compliance_risks (
    organization_id       uuid          not null references organizations (id),
    region_code           char(6)       not null,
    province              char(2)       not null,
    organization_kind     varchar(32)   not null,
    reviews_overdue       integer       not null,
    declarations_missing  integer       not null,
    complaints_overdue    integer       not null,
    practice_failed       integer       not null,
    total                 integer       not null,
    severity              smallint      not null,
    updated_at            timestamptz   not null,
    constraint compliance_risks_pkey primary key (organization_id),
    constraint compliance_risks_total_check check (total = reviews_overdue + declarations_missing
        + complaints_overdue + practice_failed and total > 0),
    constraint compliance_risks_severity_check check (severity between 1 and 3)
);
-- The list's sort orders, each entered by the province (a province's or narrower authority) or the
-- whole deployment (a national authority); a narrower territory filters the region inside the walk.
create index compliance_risks_severity_idx on compliance_risks (province, severity desc, total desc, organization_id);
create index compliance_risks_total_idx on compliance_risks (province, total desc, severity desc, organization_id);
create index compliance_risks_nation_severity_idx on compliance_risks (severity desc, total desc, organization_id);
create index compliance_risks_nation_total_idx on compliance_risks (total desc, severity desc, organization_id);
-- Filtered by one kind of risk, most first.
create index compliance_risks_reviews_idx on compliance_risks (province, reviews_overdue desc, severity desc,
    organization_id) where reviews_overdue > 0;
create index compliance_risks_declarations_idx on compliance_risks (province, declarations_missing desc, severity desc,
    organization_id) where declarations_missing > 0;
create index compliance_risks_complaints_idx on compliance_risks (province, complaints_overdue desc, severity desc,
    organization_id) where complaints_overdue > 0;
create index compliance_risks_practice_idx on compliance_risks (province, practice_failed desc, severity desc,
    organization_id) where practice_failed > 0;

-- [jooq ignore start]
-- The rebuild reads every organization's declarations (owner only, as V21's deadline_scan policies;
-- standards, cases and practice_evaluations already have theirs).
create policy compliance_risk_rebuild on standard_declarations for select to current_user using (true);

-- The moment a date's limit has passed: the start of the next day in China.
create function compliance_day_after(p_date date) returns timestamptz
    language sql immutable
    set search_path = pg_catalog, public, pg_temp
as $$
    select ((p_date + 1)::timestamp at time zone 'Asia/Shanghai')
$$;

-- The severity of an organization's risks: high when a complaint is overdue or a basic condition of
-- good practice fails (people wait on it; standard-setting should pause), medium when self-declarations
-- are missing or three or more reviews are overdue, low otherwise.
create function compliance_severity(p_reviews integer, p_declarations integer, p_complaints integer,
                                    p_practice integer) returns smallint
    language sql immutable
    set search_path = pg_catalog, public, pg_temp
as $$
    select (case when p_complaints > 0 or p_practice > 0 then 3
                 when p_declarations > 0 or p_reviews >= 3 then 2
                 else 1 end)::smallint
$$;

-- After each statement on standards: the review and declaration items of the standards whose stage
-- or review date it changed, from its transition tables (the rows it changed under its tenant's
-- policies). Runs as the owner so that it can append deltas, which the application role cannot touch.
create function compliance_standards_changed() returns trigger
    language plpgsql volatile security definer
    set search_path = pg_catalog, public, pg_temp
as $$
begin
    if tg_op = 'INSERT' then
        insert into compliance_risk_deltas (organization_id, kind, subject_id, present, due_at)
        select n.tenant_id, 'REVIEW_OVERDUE', n.id, n.review_due is not null, compliance_day_after(n.review_due)
          from new_rows n where n.stage = 'PUBLISHED'
        union all
        select n.tenant_id, 'DECLARATION_MISSING', n.id, not exists (select 1 from standard_declarations d
                    where d.tenant_id = n.tenant_id and d.standard_id = n.id and d.confirmed_at is not null),
               '-infinity'::timestamptz
          from new_rows n where n.stage = 'PUBLISHED';
    elsif tg_op = 'UPDATE' then
        insert into compliance_risk_deltas (organization_id, kind, subject_id, present, due_at)
        select n.tenant_id, 'REVIEW_OVERDUE', n.id, n.stage = 'PUBLISHED' and n.review_due is not null,
               case when n.stage = 'PUBLISHED' then compliance_day_after(n.review_due) end
          from new_rows n join old_rows o on o.tenant_id = n.tenant_id and o.id = n.id
         where (o.stage = 'PUBLISHED' or n.stage = 'PUBLISHED')
           and (o.stage is distinct from n.stage or o.review_due is distinct from n.review_due)
        union all
        select n.tenant_id, 'DECLARATION_MISSING', n.id,
               n.stage = 'PUBLISHED' and not exists (select 1 from standard_declarations d
                    where d.tenant_id = n.tenant_id and d.standard_id = n.id and d.confirmed_at is not null),
               '-infinity'::timestamptz
          from new_rows n join old_rows o on o.tenant_id = n.tenant_id and o.id = n.id
         where (o.stage = 'PUBLISHED' or n.stage = 'PUBLISHED') and o.stage is distinct from n.stage;
    else
        insert into compliance_risk_deltas (organization_id, kind, subject_id, present, due_at)
        select o.tenant_id, k.kind, o.id, false, null
          from old_rows o cross join (values ('REVIEW_OVERDUE'), ('DECLARATION_MISSING')) k (kind)
         where o.stage = 'PUBLISHED';
    end if;
    return null;
end
$$;

create trigger standards_compliance_insert after insert on standards
    referencing new table as new_rows
    for each statement execute function compliance_standards_changed();
create trigger standards_compliance_update after update on standards
    referencing old table as old_rows new table as new_rows
    for each statement execute function compliance_standards_changed();
create trigger standards_compliance_delete after delete on standards
    referencing old table as old_rows
    for each statement execute function compliance_standards_changed();

-- A declaration created or confirmed: its standard's DECLARATION_MISSING item.
create function compliance_declaration_changed() returns trigger
    language plpgsql volatile security definer
    set search_path = pg_catalog, public, pg_temp
as $$
begin
    insert into compliance_risk_deltas (organization_id, kind, subject_id, present, due_at)
    select new.tenant_id, 'DECLARATION_MISSING', new.standard_id,
           new.confirmed_at is null and exists (select 1 from standards s
                where s.tenant_id = new.tenant_id and s.id = new.standard_id and s.stage = 'PUBLISHED'),
           '-infinity'::timestamptz;
    return null;
end
$$;

create trigger standard_declarations_compliance_insert after insert on standard_declarations
    for each row execute function compliance_declaration_changed();
create trigger standard_declarations_compliance_update after update on standard_declarations
    for each row when (old.confirmed_at is distinct from new.confirmed_at)
    execute function compliance_declaration_changed();

-- The date of the time limit an open case waits on (PART-6), or null when the organization is done.
create function compliance_case_limit(p_status varchar, p_acknowledge_by date, p_scope_by date,
                                      p_conclude_by date) returns date
    language sql immutable
    set search_path = pg_catalog, public, pg_temp
as $$
    select case p_status when 'RECEIVED' then p_acknowledge_by
                         when 'ACKNOWLEDGED' then p_scope_by
                         when 'ACCEPTED' then p_conclude_by end
$$;

-- A case filed or moved on: its COMPLAINT_OVERDUE item, due the day after its pending limit.
create function compliance_case_changed() returns trigger
    language plpgsql volatile security definer
    set search_path = pg_catalog, public, pg_temp
as $$
declare
    v_limit date := compliance_case_limit(new.status, new.acknowledge_by, new.scope_by, new.conclude_by);
begin
    insert into compliance_risk_deltas (organization_id, kind, subject_id, present, due_at)
    values (new.tenant_id, 'COMPLAINT_OVERDUE', new.id, v_limit is not null,
            case when v_limit is not null then compliance_day_after(v_limit) end);
    return null;
end
$$;

create trigger cases_compliance_insert after insert on cases
    for each row execute function compliance_case_changed();
create trigger cases_compliance_update after update on cases
    for each row when (old.status is distinct from new.status)
    execute function compliance_case_changed();

-- An evaluation submitted (or a draft changed): whether the organization's latest submitted one fails
-- a basic condition. The subject is the organization itself.
create function compliance_practice_changed() returns trigger
    language plpgsql volatile security definer
    set search_path = pg_catalog, public, pg_temp
as $$
begin
    insert into compliance_risk_deltas (organization_id, kind, subject_id, present, due_at)
    select new.tenant_id, 'PRACTICE_FAILED', new.tenant_id,
           coalesce((select not e.basic_conditions_met from practice_evaluations e
                      where e.tenant_id = new.tenant_id and e.status = 'SUBMITTED'
                      order by e.year desc limit 1), false),
           '-infinity'::timestamptz;
    return null;
end
$$;

create trigger practice_evaluations_compliance_insert after insert on practice_evaluations
    for each row execute function compliance_practice_changed();
create trigger practice_evaluations_compliance_update after update on practice_evaluations
    for each row when (old.status is distinct from new.status
                       or old.basic_conditions_met is distinct from new.basic_conditions_met)
    execute function compliance_practice_changed();

-- An organization whose region, kind or status changed: a PROFILE marker, so that the next fold files
-- its row under its current profile.
create function compliance_organization_changed() returns trigger
    language plpgsql volatile security definer
    set search_path = pg_catalog, public, pg_temp
as $$
begin
    insert into compliance_risk_deltas (organization_id, kind, subject_id, present, due_at)
    values (new.id, 'PROFILE', new.id, false, null);
    return null;
end
$$;

create trigger organizations_compliance_update after update on organizations
    for each row
    when (old.region_code is distinct from new.region_code or old.kind is distinct from new.kind
          or old.status is distinct from new.status)
    execute function compliance_organization_changed();

-- Recounts the given organizations from their due items into compliance_risks (deleting the rows of
-- those with none). Internal to the fold and the rebuild.
create function compliance_recount(p_organizations uuid[], p_now timestamptz) returns integer
    language plpgsql volatile
    set search_path = pg_catalog, public, pg_temp
as $$
declare
    v_written integer;
begin
    with counts as (
            select a.organization_id,
                   count(i.kind) filter (where i.kind = 'REVIEW_OVERDUE')::integer as reviews,
                   count(i.kind) filter (where i.kind = 'DECLARATION_MISSING')::integer as declarations,
                   count(i.kind) filter (where i.kind = 'COMPLAINT_OVERDUE')::integer as complaints,
                   count(i.kind) filter (where i.kind = 'PRACTICE_FAILED')::integer as practice
              from unnest(p_organizations) a (organization_id)
              left join compliance_risk_items i on i.organization_id = a.organization_id and i.active
             group by a.organization_id),
        emptied as (
            delete from compliance_risks r using counts c
             where r.organization_id = c.organization_id
               and c.reviews + c.declarations + c.complaints + c.practice = 0
            returning 1),
        stored as (
            insert into compliance_risks (organization_id, region_code, province, organization_kind, reviews_overdue,
                                          declarations_missing, complaints_overdue, practice_failed, total, severity,
                                          updated_at)
            select c.organization_id, o.region_code, left(o.region_code, 2), o.kind, c.reviews, c.declarations,
                   c.complaints, c.practice, c.reviews + c.declarations + c.complaints + c.practice,
                   compliance_severity(c.reviews, c.declarations, c.complaints, c.practice), p_now
              from counts c join organizations o on o.id = c.organization_id
             where c.reviews + c.declarations + c.complaints + c.practice > 0
            on conflict (organization_id) do update
                set region_code = excluded.region_code, province = excluded.province,
                    organization_kind = excluded.organization_kind, reviews_overdue = excluded.reviews_overdue,
                    declarations_missing = excluded.declarations_missing,
                    complaints_overdue = excluded.complaints_overdue, practice_failed = excluded.practice_failed,
                    total = excluded.total, severity = excluded.severity, updated_at = excluded.updated_at
            returning 1)
    select (select count(*) from emptied) + (select count(*) from stored) into v_written;
    return v_written;
end
$$;

-- Folds up to p_limit deltas, oldest first, and switches on the items due by p_now; returns how many
-- deltas and items it handled (0 when nothing was pending or another fold runs). Same conventions as
-- statistics_fold: outside any tenant, one fold at a time (tried lock), claims skip locked rows, a
-- failure rolls back whole and leaves its deltas for the next.
create function compliance_risk_fold(p_limit integer, p_now timestamptz) returns integer
    language plpgsql volatile security definer
    set search_path = pg_catalog, public, pg_temp
as $$
declare
    v_ids       bigint[];
    v_orgs      uuid[];
    v_due_orgs  uuid[];
    v_switched  bigint;
begin
    perform require_no_tenant();
    if not pg_try_advisory_xact_lock(2826, 2) then
        return 0;
    end if;
    select array_agg(c.id) into v_ids
      from (select d.id from compliance_risk_deltas d order by d.id limit p_limit for update skip locked) c;
    if v_ids is not null then
        select array_agg(distinct d.organization_id) into v_orgs
          from unnest(v_ids) c (id) join compliance_risk_deltas d on d.id = c.id;
        with latest as (
                select distinct on (d.organization_id, d.kind, d.subject_id)
                       d.organization_id, d.kind, d.subject_id, d.present, d.due_at
                  from unnest(v_ids) c (id) join compliance_risk_deltas d on d.id = c.id
                 where d.kind <> 'PROFILE'
                 order by d.organization_id, d.kind, d.subject_id, d.id desc),
            removed as (
                delete from compliance_risk_items i using latest l
                 where not l.present and i.organization_id = l.organization_id and i.kind = l.kind
                   and i.subject_id = l.subject_id
                returning 1),
            stored as (
                insert into compliance_risk_items (organization_id, kind, subject_id, due_at, active)
                select organization_id, kind, subject_id, due_at, due_at <= p_now from latest where present
                on conflict (organization_id, kind, subject_id)
                do update set due_at = excluded.due_at, active = excluded.active
                returning 1)
        -- (both writes run to completion whether read or not; counting them only ends the statement)
        select (select count(*) from removed) + (select count(*) from stored) into v_switched;
        delete from compliance_risk_deltas d using unnest(v_ids) c (id) where d.id = c.id;
    end if;
    with switched as (
            update compliance_risk_items set active = true
             where not active and due_at <= p_now
            returning organization_id)
    select array_agg(distinct organization_id), count(*) into v_due_orgs, v_switched from switched;
    if v_orgs is null and v_due_orgs is null then
        return 0;
    end if;
    perform compliance_recount(array(select distinct u from unnest(coalesce(v_orgs, '{}') || coalesce(v_due_orgs, '{}')) u),
                               p_now);
    return coalesce(array_length(v_ids, 1), 0) + v_switched::integer;
end
$$;

-- Builds the items and the list again from the records themselves (after a restore, or a change of
-- what counts); returns the organizations at risk. Waits for a running fold and holds writers of the
-- source tables back until it commits, so that no change is both counted here and left in a delta.
create function compliance_risk_rebuild(p_now timestamptz) returns integer
    language plpgsql volatile security definer
    set search_path = pg_catalog, public, pg_temp
as $$
declare
    v_orgs uuid[];
begin
    perform require_no_tenant();
    perform pg_advisory_xact_lock(2826, 2);
    lock table standards, standard_declarations, cases, practice_evaluations, organizations in share mode;

    delete from compliance_risk_deltas;
    delete from compliance_risk_items;
    delete from compliance_risks;

    insert into compliance_risk_items (organization_id, kind, subject_id, due_at, active)
    select s.tenant_id, 'REVIEW_OVERDUE', s.id, compliance_day_after(s.review_due),
           compliance_day_after(s.review_due) <= p_now
      from standards s where s.stage = 'PUBLISHED' and s.review_due is not null
    union all
    select s.tenant_id, 'DECLARATION_MISSING', s.id, '-infinity', true
      from standards s where s.stage = 'PUBLISHED'
       and not exists (select 1 from standard_declarations d
                        where d.tenant_id = s.tenant_id and d.standard_id = s.id and d.confirmed_at is not null)
    union all
    select c.tenant_id, 'COMPLAINT_OVERDUE', c.id, compliance_day_after(l.limit_on), compliance_day_after(l.limit_on) <= p_now
      from cases c
     cross join lateral (select compliance_case_limit(c.status, c.acknowledge_by, c.scope_by, c.conclude_by) as limit_on) l
     where l.limit_on is not null
    union all
    select e.tenant_id, 'PRACTICE_FAILED', e.tenant_id, '-infinity', true
      from (select distinct on (tenant_id) tenant_id, basic_conditions_met from practice_evaluations
             where status = 'SUBMITTED' order by tenant_id, year desc) e
     where not e.basic_conditions_met;

    select array_agg(distinct organization_id) into v_orgs from compliance_risk_items where active;
    if v_orgs is not null then
        perform compliance_recount(v_orgs, p_now);
    end if;
    return coalesce(array_length(v_orgs, 1), 0);
end
$$;

revoke all on function compliance_day_after(date) from public;
revoke all on function compliance_severity(integer, integer, integer, integer) from public;
revoke all on function compliance_case_limit(varchar, date, date, date) from public;
revoke all on function compliance_standards_changed() from public;
revoke all on function compliance_declaration_changed() from public;
revoke all on function compliance_case_changed() from public;
revoke all on function compliance_practice_changed() from public;
revoke all on function compliance_organization_changed() from public;
revoke all on function compliance_recount(uuid[], timestamptz) from public;
revoke all on function compliance_risk_fold(integer, timestamptz) from public;
revoke all on function compliance_risk_rebuild(timestamptz) from public;
grant execute on function compliance_risk_fold(integer, timestamptz) to ${app_role};
grant execute on function compliance_risk_rebuild(timestamptz) to ${app_role};
grant select on compliance_risks to ${app_role};

-- The initial fill from the records already there.
select compliance_risk_rebuild(now());
-- [jooq ignore stop]

-- ============================================================================================
-- Part 2. Violations decided and published by a supervisory authority (PUB-4)
-- ============================================================================================
--
-- The authority's own records (its tenant): a violation case against an organization of its
-- jurisdiction — the rule broken, the facts, where it came from (a referred complaint, a random
-- inspection's finding, or the authority's own knowledge) — then its decision (处理决定: the measure,
-- the decision number and date, the text, a rectification deadline for an order to rectify), then its
-- publication, which writes a VIOLATION event into the authority's registry outbox in the same
-- transaction (registry-sync/PROTOCOL.md §5c). The notice sent is kept, so reconciliation republishes
-- exactly that. The organization concerned is named by id with the profile it had when recorded; it
-- does not read these rows: what it and the public see is what the registry publishes.
create table violations (
    tenant_id                 uuid          not null references organizations (id),
    id                        uuid          not null,
    organization_id           uuid          not null references organizations (id),
    organization_name         varchar(200)  not null,
    organization_code         varchar(16)   not null,
    organization_credit_code  char(18)      not null,
    organization_region       char(6)       not null,
    rule_text                 varchar(500)  not null,
    facts                     text          not null,
    source_kind               varchar(16)   not null,
    referral_id               uuid,
    inspection_draw_id        uuid,
    source_label              varchar(300),
    status                    varchar(16)   not null,
    measure                   varchar(32),
    decision_number           varchar(60),
    decision_text             text,
    decided_on                date,
    rectification_due         date,
    published_on              date,
    notice                    text,
    recorded_by               uuid          not null references users (id),
    recorded_at               timestamptz   not null,
    decided_by                uuid          references users (id),
    decided_at                timestamptz,
    published_by              uuid          references users (id),
    published_at              timestamptz,
    version                   bigint        not null default 0,
    constraint violations_pkey primary key (tenant_id, id),
    constraint violations_referral_fkey foreign key (tenant_id, referral_id) references referrals (tenant_id, id),
    constraint violations_inspection_fkey foreign key (tenant_id, inspection_draw_id)
        references inspection_draws (tenant_id, id),
    constraint violations_source_check check (source_kind in ('COMPLAINT', 'INSPECTION', 'OTHER')
        and (referral_id is not null) = (source_kind = 'COMPLAINT')
        and (inspection_draw_id is not null) = (source_kind = 'INSPECTION')),
    constraint violations_status_check check (status in ('RECORDED', 'DECIDED', 'PUBLISHED')),
    constraint violations_measure_check check (measure in ('RECTIFICATION_ORDERED', 'WARNING', 'PUBLIC_CRITICISM',
        'STANDARD_WITHDRAWAL_ORDERED')),
    -- PUB-4: a decision has its measure, number, date and text; only a decided case is published
    constraint violations_decided_check check ((status = 'RECORDED') = (decided_at is null)
        and (decided_at is null or (measure is not null and decision_number is not null and decision_text is not null
             and decided_on is not null and decided_by is not null))),
    constraint violations_rectification_check check (measure is distinct from 'RECTIFICATION_ORDERED'
        or (rectification_due is not null and rectification_due > decided_on)),
    constraint violations_published_check check ((status = 'PUBLISHED') = (published_at is not null)
        and (published_at is null or (published_on >= decided_on and notice is not null and published_by is not null)))
);
-- The authority's list, newest first, and an organization's cases.
create index violations_list_idx on violations (tenant_id, recorded_at desc, id);
create index violations_organization_idx on violations (tenant_id, organization_id, recorded_at desc);
-- A decision number is given once per authority.
create unique index violations_decision_number_key on violations (tenant_id, decision_number)
    where decision_number is not null;

-- [jooq ignore start]
alter table violations enable row level security;
alter table violations force row level security;
-- a violation case belongs to the authority that records it; nobody else reads it through this table
create policy tenant_isolation on violations
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());
-- never deleted: recorded, decided once, published once
grant select, insert, update on violations to ${app_role};

-- The violation is a registry subject of its own (PROTOCOL §5c), its first event DECIDED.
alter table registry_subjects drop constraint registry_subjects_subject_check;
alter table registry_subjects add constraint registry_subjects_subject_check
    check (subject in ('STANDARD', 'ORGANIZATION', 'STATEMENT', 'VIOLATION'));
alter table registry_changes drop constraint registry_changes_subject_check;
alter table registry_changes add constraint registry_changes_subject_check
    check (subject in ('STANDARD', 'ORGANIZATION', 'STATEMENT', 'VIOLATION'));
alter table registry_changes drop constraint registry_changes_type_check;
alter table registry_changes add constraint registry_changes_type_check check (event_type in ('PUBLISHED', 'REVISED',
    'UPDATED', 'AMENDED', 'WITHDRAWN', 'REPLACED', 'PROFILE', 'STATED', 'DECIDED'));
-- [jooq ignore stop]
