-- Good-practice self-evaluation (PUB-2): the platform operator's catalogue of indicators (data, not
-- code: imported, versioned), each organization's self-evaluation of a year against it, and the
-- statement it publishes through the registry outbox of V27 as a new subject, STATEMENT.

-- The indicator catalogue is platform reference data, like mandatory_standards (V12): no tenant owns
-- it, every organization reads it. A scheme version is immutable once imported: a corrected
-- catalogue is imported as a new version, and evaluations keep the version they were opened with.
create table practice_schemes (
    version       varchar(32)   not null,
    year          integer       not null,
    title         varchar(200)  not null,
    -- the star thresholds of the scheme (2024: 70 one star, 85 two, 95 three)
    one_star      numeric(4,1)  not null,
    two_star      numeric(4,1)  not null,
    three_star    numeric(4,1)  not null,
    total_points  numeric(4,1)  not null,
    source_file   varchar(200),
    imported_by   uuid          not null references users (id),
    imported_at   timestamptz   not null,
    constraint practice_schemes_pkey primary key (version),
    constraint practice_schemes_thresholds_check check (0 < one_star and one_star < two_star
        and two_star < three_star and three_star <= total_points)
);

-- First-, second- and third-level indicators (codes 1, 1.2, 1.2.3). Third-level indicators carry the
-- points (a first- or second-level indicator's are the sum of its children's); a basic condition is
-- third-level and met or not met. evidence_rule names what the organization's own records can prove
-- for it (POLICY:FEES, COMMENT_PERIODS, BALLOTS …), the link between the data and the pre-fill code.
create table practice_indicators (
    scheme_version  varchar(32)   not null references practice_schemes (version),
    code            varchar(16)   not null,
    tier            smallint      not null,             -- 1, 2 or 3 ("level" is a word jOOQ's parser reserves)
    parent_code     varchar(16),
    position        integer       not null,
    name_zh         varchar(200)  not null,
    name_en         varchar(300),
    points          numeric(4,1)  not null,
    basic           boolean       not null default false,
    criteria        text,
    evidence_rule   varchar(40),
    constraint practice_indicators_pkey primary key (scheme_version, code),
    constraint practice_indicators_parent_fkey foreign key (scheme_version, parent_code)
        references practice_indicators (scheme_version, code),
    constraint practice_indicators_level_check check (tier >= 1 and tier <= 3 and (tier = 1) = (parent_code is null)),
    constraint practice_indicators_basic_check check (not basic or tier = 3),
    constraint practice_indicators_points_check check (points >= 0)
);

-- An organization's self-evaluation of one year, against one scheme version. DRAFT while it is filled
-- in; SUBMITTED once its statement went to the registry outbox (the statement sent is kept as sent,
-- so reconciliation republishes exactly that). It may be corrected and submitted again.
create table practice_evaluations (
    tenant_id             uuid          not null references organizations (id),
    id                    uuid          not null,
    year                  integer       not null,
    scheme_version        varchar(32)   not null references practice_schemes (version),
    status                varchar(16)   not null default 'DRAFT',
    total_score           numeric(4,1),
    stars                 smallint,
    basic_conditions_met  boolean,
    statement             text,
    created_by            uuid          not null references users (id),
    created_at            timestamptz   not null,
    updated_at            timestamptz   not null,
    submitted_by          uuid          references users (id),
    submitted_by_name     varchar(100),
    submitted_at          timestamptz,
    constraint practice_evaluations_pkey primary key (tenant_id, id),
    constraint practice_evaluations_year_key unique (tenant_id, year),
    constraint practice_evaluations_status_check check (status in ('DRAFT', 'SUBMITTED')),
    constraint practice_evaluations_submitted_check check ((status = 'SUBMITTED') = (submitted_at is not null)
        and (submitted_at is null) = (statement is null)),
    constraint practice_evaluations_stars_check check (stars >= 0 and stars <= 3 and (basic_conditions_met or stars = 0))
);

-- One answer per third-level indicator: a score (0..its points) or, for a basic condition, met or
-- not; a note; the evidence it rests on (records of the organization, or documents attached through
-- the documents feature: [{"kind", "label", "reference", "detail"}]); whether the system pre-filled
-- it from the records (PREFILLED) or a person entered it (ENTERED, never overwritten by a pre-fill).
create table practice_scores (
    tenant_id       uuid          not null references organizations (id),
    evaluation_id   uuid          not null,
    scheme_version  varchar(32)   not null,
    indicator_code  varchar(16)   not null,
    score           numeric(4,1),
    met             boolean,
    note            text,
    evidence        jsonb         not null default '[]',
    source          varchar(16)   not null,
    updated_by      uuid          references users (id),
    updated_at      timestamptz   not null,
    constraint practice_scores_pkey primary key (tenant_id, evaluation_id, indicator_code),
    constraint practice_scores_evaluation_fkey foreign key (tenant_id, evaluation_id)
        references practice_evaluations (tenant_id, id),
    constraint practice_scores_indicator_fkey foreign key (scheme_version, indicator_code)
        references practice_indicators (scheme_version, code),
    constraint practice_scores_source_check check (source in ('PREFILLED', 'ENTERED')),
    constraint practice_scores_score_check check (score is null or score >= 0)
);

-- The statement is a registry subject of its own (PROTOCOL §5b), its first event STATED.
alter table registry_subjects drop constraint registry_subjects_subject_check;
alter table registry_subjects add constraint registry_subjects_subject_check
    check (subject in ('STANDARD', 'ORGANIZATION', 'STATEMENT'));
alter table registry_changes drop constraint registry_changes_subject_check;
alter table registry_changes add constraint registry_changes_subject_check
    check (subject in ('STANDARD', 'ORGANIZATION', 'STATEMENT'));
alter table registry_changes drop constraint registry_changes_type_check;
alter table registry_changes add constraint registry_changes_type_check check (event_type in ('PUBLISHED', 'REVISED',
    'UPDATED', 'AMENDED', 'WITHDRAWN', 'REPLACED', 'PROFILE', 'STATED'));

-- A new organization is reminded once to self-evaluate within 3 months of its first standard (PUB-2).
alter table notifications drop constraint notifications_kind_check;
alter table notifications add constraint notifications_kind_check check (kind in ('ACTION_REQUIRED', 'PATENT_CALL',
    'COMMENT_PERIOD_CLOSING', 'COMMENT_PERIOD_CLOSED', 'REVIEW_DUE', 'REVIEW_OVERDUE', 'CASE_FILED',
    'CASE_ACKNOWLEDGED', 'CASE_SCOPE_DECIDED', 'CASE_DECIDED', 'CASE_DEADLINE', 'CASE_OVERDUE', 'CASE_ESCALATED',
    'REFERRAL_RECEIVED', 'REFERRAL_UPDATED', 'BALLOT_OPENED', 'BALLOT_CLOSING', 'MEETING_CONVENED',
    'CENTRE_DEADLINE', 'CENTRE_OVERDUE', 'CENTRE_SUBMITTED', 'CENTRE_DECIDED', 'GOOD_PRACTICE_DUE'));

-- [jooq ignore start]
grant select, insert on practice_schemes to ${app_role};
grant select, insert on practice_indicators to ${app_role};

alter table practice_evaluations enable row level security;
alter table practice_evaluations force row level security;
-- An organization evaluates only itself; with no tenant set, nothing.
create policy tenant_isolation on practice_evaluations
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

alter table practice_scores enable row level security;
alter table practice_scores force row level security;
create policy tenant_isolation on practice_scores
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

grant select, insert, update on practice_evaluations to ${app_role};
grant select, insert, update on practice_scores to ${app_role};

-- The daily scan reads, across organizations, whether an organization has submitted a
-- self-evaluation (owner only, as V21's deadline_scan policies; published_standards is public).
create policy deadline_scan on practice_evaluations for select to current_user using (true);

-- Organizations whose first standard was published within the last 3 months (by p_today, China's
-- date), that have not submitted a self-evaluation and were never reminded of it: one row each with
-- the date the self-evaluation is due. Same conventions as V24's case_deadlines_due.
create function good_practice_reminders_due(p_today date)
    returns table (due_tenant_id uuid, first_published_on date, due_on date)
    language plpgsql stable security definer
    set search_path = pg_catalog, public, pg_temp
as $$
begin
    perform require_no_tenant();
    return query
        with firsts as (
                select p.organization_id, min(p.published_on) as first_on
                  from published_standards p
                 group by p.organization_id)
        select f.organization_id, f.first_on, (f.first_on + interval '3 months')::date
          from firsts f
         where f.first_on <= p_today and f.first_on > (p_today - interval '3 months')::date
           and not exists (select 1 from practice_evaluations e
                            where e.tenant_id = f.organization_id and e.status = 'SUBMITTED')
           and not exists (select 1 from notifications n
                            where n.tenant_id = f.organization_id and n.kind = 'GOOD_PRACTICE_DUE')
         order by f.organization_id;
end
$$;

revoke all on function good_practice_reminders_due(date) from public;
grant execute on function good_practice_reminders_due(date) to ${app_role};
-- [jooq ignore stop]
