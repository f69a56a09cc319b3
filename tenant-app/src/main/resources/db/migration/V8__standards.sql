-- Group-standard projects from proposal to periodic review (LC-1 … LC-8), tenant-owned.
create table standards (
    tenant_id                uuid          not null references organizations (id),
    id                       uuid          not null,
    title_zh                 varchar(300)  not null,
    title_en                 varchar(500),
    scope                    text          not null,
    public_interest          boolean       not null,
    cybersecurity            boolean       not null,
    proposer_id              uuid          not null references users (id),
    stage                    varchar(32)   not null,
    working_group            varchar(200),
    drafting_units           text,
    drafters                 uuid[]        not null default '{}',
    plan_announced_publicly  boolean       not null default false,
    comment_opens            date,
    comment_closes           date,
    comment_audience         varchar(16),
    review_kind              varchar(16),
    review_minutes           text,
    review_base_kind         varchar(32),
    review_base              integer,
    review_in_favour         uuid[],
    review_against           uuid[],
    review_abstained         uuid[],
    approval_decision        text,
    cyberspace_consultation  text,
    number_sequence          integer,
    number_part              integer,
    number_year              integer,
    published_on             date,
    in_force_from            date,
    review_due               date,
    replaces_id              uuid,
    termination_reason       text,
    created_at               timestamptz   not null,
    updated_at               timestamptz   not null,
    version                  bigint        not null default 0,
    constraint standards_pkey primary key (tenant_id, id),
    -- LC-4: a number is never given twice within an organization
    constraint standards_number_key unique (tenant_id, number_sequence, number_part),
    constraint standards_replaces_fkey foreign key (tenant_id, replaces_id) references standards (tenant_id, id),
    constraint standards_stage_check check (stage in ('PROPOSAL', 'PROJECT_PROPOSAL', 'PROJECT_APPROVED',
        'PLAN_ANNOUNCED', 'DRAFTING', 'DRAFT_FOR_COMMENT', 'COMMENT_PERIOD', 'COMMENT_RESOLUTION', 'DRAFT_FOR_REVIEW',
        'TECHNICAL_REVIEW', 'REVIEW_PASSED', 'DRAFT_FOR_APPROVAL', 'APPROVED', 'PUBLISHED', 'WITHDRAWN', 'REPLACED',
        'TERMINATED')),
    constraint standards_comment_period_check check (comment_closes is null or comment_closes >= comment_opens + 30),
    constraint standards_published_has_number check (stage not in ('PUBLISHED', 'WITHDRAWN', 'REPLACED')
        or (number_sequence is not null and published_on is not null))
);
-- The secretariat's project list: by stage, newest first, and the due periodic reviews.
create index standards_stage_idx on standards (tenant_id, stage, updated_at desc);
create index standards_review_due_idx on standards (tenant_id, review_due) where stage = 'PUBLISHED';
create index standards_replaces_idx on standards (tenant_id, replaces_id) where replaces_id is not null;

-- The organization's standard-number sequence (LC-4): one row per organization, advanced
-- inside the publishing transaction, so a rolled-back publication gives its number back and
-- two concurrent publications queue on the row instead of taking the same number.
create table standard_number_sequences (
    tenant_id      uuid    not null references organizations (id),
    last_sequence  integer not null,
    constraint standard_number_sequences_pkey primary key (tenant_id)
);

-- An organization's lifecycle settings (LC-2 minimum comment days, LC-3 vote base, LC-6 review interval).
create table lifecycle_policies (
    tenant_id              uuid        not null references organizations (id),
    minimum_comment_days   integer     not null default 30,
    vote_base              varchar(32) not null default 'ALL_VOTING_RIGHTS',
    review_interval_years  integer     not null default 5,
    constraint lifecycle_policies_pkey primary key (tenant_id),
    constraint lifecycle_policies_comment_days_check check (minimum_comment_days >= 30),
    constraint lifecycle_policies_vote_base_check check (vote_base in ('ALL_VOTING_RIGHTS', 'ATTENDING_REPRESENTATIVES')),
    constraint lifecycle_policies_interval_check check (review_interval_years between 1 and 10)
);

-- [jooq ignore start]
alter table standards enable row level security;
alter table standards force row level security;
-- Every statement sees and writes only the current tenant's projects; with no tenant set, none.
create policy tenant_isolation on standards
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

alter table standard_number_sequences enable row level security;
alter table standard_number_sequences force row level security;
-- Each organization advances only its own sequence.
create policy tenant_isolation on standard_number_sequences
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

alter table lifecycle_policies enable row level security;
alter table lifecycle_policies force row level security;
-- Each organization reads and sets only its own lifecycle settings.
create policy tenant_isolation on lifecycle_policies
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

-- Projects are never deleted (terminated or withdrawn instead); numbers are never given back once committed.
grant select, insert, update on standards to ${app_role};
grant select, insert, update on standard_number_sequences to ${app_role};
grant select, insert, update on lifecycle_policies to ${app_role};
-- [jooq ignore stop]
