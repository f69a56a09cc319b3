-- The innovation base at work (SUP-5): the regional and industry centres (区域（行业）中心) of an
-- innovation base (创新基地), from application through formal check, expert review and approval to
-- build, the construction period with its windows (construction plan, acceptance, extension,
-- re-submission), establishment, yearly targets and reports, evaluations, spot checks,
-- rectification and revocation.
--
-- Where the records live
-- ======================
-- Everything here is the BASE's record: the policy makes the base (创新基地承担单位) the one that
-- receives applications, checks, reviews, approves, accepts, evaluates and revokes (004 第7条), so
-- every row lives in the base's tenant (tenant_id = the base) and names its centre organization
-- in centre_id. The centre owns none of these rows and its own tenant holds no copy.
--
-- A centre's administrators see their own file, and submit what the policy asks of them (the
-- construction plan, the acceptance or extension request, a renaming request, the yearly plan,
-- summary, self-check and standardization work reports, achievements with evidence), through one
-- narrow channel only: innovation/service/CentreChannel. It first proves the caller's role in the
-- CENTRE's tenant (AccessControl, under the centre's own RLS), then finds the centre's base by the
-- platform's organization_links (an active INNOVATION_CENTRE link, parent = base), then opens a
-- transaction OF THE BASE's tenant (RLS applies there as everywhere; no function bypasses it) and
-- reads or writes only the rows whose centre_id is that centre. Writes are recorded in the base's
-- audit log (actor: the centre's person) and in the centre's own audit log. The channel is the
-- only code that enters the base's tenant for someone who is not a member of the base; it is
-- simpler than keeping a copy in each centre's tenant in step with every transition, and there is
-- one truth to audit.
--
-- Windows are not stored: they are computed from the dates stored here (approved_on,
-- extension_months, last_failed_on, rectification_due) by the pure domain class
-- innovation/domain/ConstructionSchedule, with the platform's Clock.
--
-- The daily deadline scan needs no SECURITY DEFINER function: it lists the active innovation bases
-- from the platform's organizations register (a few per province) and reads each base's open files
-- in that base's own transaction, then reminds through Notifications.remind in the base's tenant
-- (its secretariat) and in the centre's tenant (its administrators), once per deadline.

-- A centre's file at its base: one per centre, except that a centre not approved or revoked may
-- apply again (the partial unique index below).
create table innovation_centre_files (
    tenant_id                  uuid          not null references organizations (id),
    id                         uuid          not null,
    centre_id                  uuid          not null references organizations (id),
    centre_type                varchar(16)   not null,
    name                       varchar(200)  not null,
    stage                      varchar(32)   not null,
    stage_reason               text,
    applied_on                 date          not null,
    returned_reasons           text,
    review_conclusion          text,
    approved_on                date,
    approval_reference         varchar(120),
    plan_submitted_on          date,
    acceptance_requested_on    date,
    extension_requested_on     date,
    extension_requested_months integer,
    extension_reason           text,
    extension_months           integer       not null default 0,
    failed_acceptances         integer       not null default 0,
    last_failed_on             date,
    established_on             date,
    rectification_due          date,
    pending_name               varchar(200),
    revoked_on                 date,
    version                    bigint        not null default 0,
    constraint innovation_centre_files_pkey primary key (tenant_id, id),
    constraint innovation_centre_files_type_check check (centre_type in ('REGIONAL', 'INDUSTRY')),
    constraint innovation_centre_files_stage_check check (stage in ('APPLIED', 'RETURNED', 'EXPERT_REVIEW',
        'REVIEWED', 'NOT_APPROVED', 'UNDER_CONSTRUCTION', 'ACCEPTANCE_REQUESTED', 'ACCEPTANCE_FAILED',
        'ESTABLISHED', 'RECTIFICATION', 'REVOKED')),
    -- an extension lasts at most six months (SUP-5, 004 第19条)
    constraint innovation_centre_files_extension_check check (extension_months between 0 and 6
        and (extension_requested_months is null or extension_requested_months between 1 and 6)),
    -- a second failed acceptance revokes: there is never a third (SUP-5, 004 第20条)
    constraint innovation_centre_files_failures_check check (failed_acceptances between 0 and 2),
    constraint innovation_centre_files_not_self check (centre_id <> tenant_id)
);
create unique index innovation_centre_files_centre_key on innovation_centre_files (tenant_id, centre_id)
    where stage not in ('NOT_APPROVED', 'REVOKED');
create index innovation_centre_files_list_idx on innovation_centre_files (tenant_id, name);

-- The file's timeline: each step taken, by whom, with its note. Records: never changed.
create table innovation_centre_steps (
    tenant_id   uuid          not null references organizations (id),
    file_id     uuid          not null,
    position    integer       not null,
    step        varchar(40)   not null,
    note        text,
    actor_id    uuid          references users (id),
    actor_name  varchar(100),
    at          timestamptz   not null,
    constraint innovation_centre_steps_pkey primary key (tenant_id, file_id, position),
    constraint innovation_centre_steps_file_fkey foreign key (tenant_id, file_id)
        references innovation_centre_files (tenant_id, id)
);

-- The advisory committee's (咨评委) experts' opinions on an application (004 第10条, 第15条).
create table innovation_expert_opinions (
    tenant_id    uuid          not null references organizations (id),
    id           uuid          not null,
    file_id      uuid          not null,
    expert_name  varchar(100)  not null,
    opinion      text          not null,
    recorded_by  uuid          not null references users (id),
    recorded_at  timestamptz   not null,
    constraint innovation_expert_opinions_pkey primary key (tenant_id, id),
    constraint innovation_expert_opinions_file_fkey foreign key (tenant_id, file_id)
        references innovation_centre_files (tenant_id, id)
);
create index innovation_expert_opinions_file_idx on innovation_expert_opinions (tenant_id, file_id, recorded_at);

-- What a centre achieved towards its yearly targets (004 第22条): local standards, green low-carbon
-- pilots, trainings, and group standards the base published in its own name for the centre. Group
-- standards the centre published itself are counted from the public register of published
-- standards (V12), not recorded here.
create table innovation_achievements (
    tenant_id          uuid          not null references organizations (id),
    id                 uuid          not null,
    file_id            uuid          not null,
    year               integer       not null,
    kind               varchar(24)   not null,
    title              varchar(300)  not null,
    achieved_on        date          not null,
    participants       integer,
    recorded_by        uuid          not null references users (id),
    recorded_by_centre boolean       not null,
    recorded_at        timestamptz   not null,
    constraint innovation_achievements_pkey primary key (tenant_id, id),
    constraint innovation_achievements_file_fkey foreign key (tenant_id, file_id)
        references innovation_centre_files (tenant_id, id),
    constraint innovation_achievements_kind_check check (kind in ('GROUP_STANDARD', 'LOCAL_STANDARD', 'GREEN_PILOT',
        'TRAINING')),
    constraint innovation_achievements_year_check check (year = extract(year from achieved_on)),
    constraint innovation_achievements_participants_check check (participants is null or participants > 0)
);
create index innovation_achievements_year_idx on innovation_achievements (tenant_id, file_id, year);

-- Periodic evaluations, spot checks and rectification checks (004 第32-35条), with their findings;
-- a failed evaluation or spot check sets a rectification deadline.
create table innovation_evaluations (
    tenant_id          uuid          not null references organizations (id),
    id                 uuid          not null,
    file_id            uuid          not null,
    kind               varchar(24)   not null,
    held_on            date          not null,
    findings           text          not null,
    passed             boolean       not null,
    rectification_due  date,
    recorded_by        uuid          not null references users (id),
    recorded_at        timestamptz   not null,
    constraint innovation_evaluations_pkey primary key (tenant_id, id),
    constraint innovation_evaluations_file_fkey foreign key (tenant_id, file_id)
        references innovation_centre_files (tenant_id, id),
    constraint innovation_evaluations_kind_check check (kind in ('PERIODIC', 'SPOT_CHECK', 'RECTIFICATION_CHECK')),
    constraint innovation_evaluations_rectification_check check (passed or kind = 'RECTIFICATION_CHECK'
        or rectification_due is not null)
);
create index innovation_evaluations_file_idx on innovation_evaluations (tenant_id, file_id, held_on desc);

-- [jooq ignore start]
alter table innovation_centre_files enable row level security;
alter table innovation_centre_files force row level security;
-- a centre's file belongs to its base; the centre reads it only through CentreChannel, in the
-- base's transaction, filtered to its own centre_id
create policy tenant_isolation on innovation_centre_files
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

alter table innovation_centre_steps enable row level security;
alter table innovation_centre_steps force row level security;
create policy tenant_isolation on innovation_centre_steps
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

alter table innovation_expert_opinions enable row level security;
alter table innovation_expert_opinions force row level security;
create policy tenant_isolation on innovation_expert_opinions
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

alter table innovation_achievements enable row level security;
alter table innovation_achievements force row level security;
create policy tenant_isolation on innovation_achievements
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

alter table innovation_evaluations enable row level security;
alter table innovation_evaluations force row level security;
create policy tenant_isolation on innovation_evaluations
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

-- files move through their lifecycle; never deleted
grant select, insert, update on innovation_centre_files to ${app_role};
-- steps, opinions, achievements and evaluations are records
grant select, insert on innovation_centre_steps to ${app_role};
grant select, insert on innovation_expert_opinions to ${app_role};
grant select, insert on innovation_achievements to ${app_role};
grant select, insert on innovation_evaluations to ${app_role};

-- The notifications of the centres' windows and steps. Other branches add kinds too: the list is
-- extended from the constraint in force rather than restated, so that no kind added by an earlier
-- migration is lost.
do $$
declare
    definition text;
begin
    select pg_get_constraintdef(oid) into definition from pg_constraint
     where conname = 'notifications_kind_check' and conrelid = 'notifications'::regclass;
    execute 'alter table notifications drop constraint notifications_kind_check';
    execute 'alter table notifications add constraint notifications_kind_check '
        || replace(definition, '::character varying]', '::character varying, ''CENTRE_DEADLINE''::character varying, '
        || '''CENTRE_OVERDUE''::character varying, ''CENTRE_SUBMITTED''::character varying, '
        || '''CENTRE_DECIDED''::character varying]');
end
$$;
-- [jooq ignore stop]
