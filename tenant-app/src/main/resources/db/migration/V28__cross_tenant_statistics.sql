-- Statistics across the organizations of a deployment (SUP-1 alliance indicators per member,
-- SUP-2 supervisors' reports by region, industry, kind, year and status), kept as incremental
-- rollups so that every report is an index lookup or a small aggregate, never a recount.
--
-- What is counted, precisely
-- ==========================
-- A standard counts by its stage (LC-1), and only in these measures:
--   PUBLISHED    stage PUBLISHED: published and neither withdrawn nor replaced (现行), whether or
--                not its entry-into-force date has come;
--   WITHDRAWN    stage WITHDRAWN (废止);
--   REPLACED     stage REPLACED (被代替);
--   IN_PROGRESS  stages PROJECT_APPROVED … APPROVED: projects the organization has approved (立项)
--                and not yet published. Proposals still being evaluated (PROPOSAL,
--                PROJECT_PROPOSAL) are the organization's own deliberation and count nowhere;
--                terminated projects count nowhere.
-- The first three are public by law: the national platform shows each published standard with
-- its status, number and publication date (PUB-1), and `published_standards` (V12) already lists
-- them for every organization. They are counted per organization, per publication year (the
-- year of published_on, which is the year of the standard's number, LC-4) and per status now, and
-- rolled up by the organization's region (GB/T 2260), industry (GB/T 4754) and kind.
-- IN_PROGRESS is kept per organization only, as a bare number (no title, stage or date): the
-- alliance secretariat may see it for its members (SUP-1). It is never rolled up by region,
-- industry, kind or year, and the service shows it only to an alliance secretariat for its own
-- current members. Organizations are counted by region, industry, kind and status: the
-- registry (V2) is public anyway.
--
-- How the rollups stay current
-- ============================
-- Triggers on `standards` (per statement, with transition tables) and on `organizations` append
-- small rows to `statistics_deltas`: a statement that moves standards between measures adds one
-- row per organization, measure and year with the net change; a change of an organization's
-- region, industry, kind or status adds a PROFILE marker. Appending never updates a shared row,
-- so tenants' transactions never queue behind each other for statistics. A scheduled folder
-- (StatisticsFoldSchedule, every second) calls statistics_fold(), which consumes a batch of
-- deltas in one transaction: per organization touched, the rollups change by the difference
-- between its contribution before (its stored figures under its stored profile) and after (with
-- the deltas, under its profile now), and the deltas it folded are deleted. A change shows in the
-- reports about a second after it commits; a moved organization takes its counts along.
-- Rollups: organization_statistics and organization_year_statistics (per organization),
-- published_standard_counts and organization_counts (by region, industry, kind), and the same two
-- by province and industry section for reports over the whole deployment or a province.
--
-- Why these tables are safe outside row-level security
-- ====================================================
-- The rollups are cross-tenant read models, owned by no tenant (so their key column is
-- organization_id, not tenant_id, as in published_standards). They hold only the public counts
-- above and the bare in-progress number per organization. The application role may read them
-- and write none of them; it has no privilege at all on statistics_deltas, so no statement of
-- the application can forge a count: deltas are written only by the trigger functions, from the
-- rows a statement actually changed under its tenant's policies, and folded only by
-- statistics_fold(). The trigger and fold functions run as the owner role (SECURITY DEFINER,
-- search_path pinned, revoked from PUBLIC), reviewed by name in RowLevelSecurityCatalogTest.

-- The append-only log of changes not yet folded. No foreign key: appending stays one index
-- insert; the organization comes from a standard's tenant_id or an organization's id.
create table statistics_deltas (
    id               bigint       generated always as identity,
    organization_id  uuid         not null,
    measure          varchar(16)  not null,
    year             integer,
    delta            integer      not null,
    recorded_at      timestamptz  not null default now(),
    constraint statistics_deltas_pkey primary key (id),
    constraint statistics_deltas_measure_check check (measure in ('PUBLISHED', 'WITHDRAWN', 'REPLACED',
        'IN_PROGRESS', 'PROFILE')),
    -- the public measures carry their publication year; IN_PROGRESS and PROFILE none
    constraint statistics_deltas_year_check check ((year is not null) = (measure in ('PUBLISHED', 'WITHDRAWN',
        'REPLACED')))
);

-- One row per organization: its figures and the profile under which they are in the rollups.
create table organization_statistics (
    organization_id        uuid          not null references organizations (id),
    region_code            char(6)       not null,
    industry_code          varchar(8)    not null,
    kind                   varchar(32)   not null,
    status                 varchar(16)   not null,
    published_standards    integer       not null,
    withdrawn_standards    integer       not null,
    replaced_standards     integer       not null,
    in_progress_standards  integer       not null,
    updated_at             timestamptz   not null,
    constraint organization_statistics_pkey primary key (organization_id)
);
-- A jurisdiction's organizations (region ranges: '330000' … '339999' is Zhejiang).
create index organization_statistics_region_idx on organization_statistics (region_code, organization_id);

-- An organization's public standards per status and publication year.
create table organization_year_statistics (
    organization_id  uuid          not null references organizations (id),
    status           varchar(16)   not null,
    year             integer       not null,
    standards        integer       not null,
    constraint organization_year_statistics_pkey primary key (organization_id, status, year),
    constraint organization_year_statistics_status_check check (status in ('PUBLISHED', 'WITHDRAWN', 'REPLACED'))
);

-- Public standards by the publishing organization's region, industry and kind, by publication
-- year and status now. Rows are few (one per combination that occurs), a region is a key range.
create table published_standard_counts (
    region_code    char(6)       not null,
    industry_code  varchar(8)    not null,
    kind           varchar(32)   not null,
    year           integer       not null,
    status         varchar(16)   not null,
    standards      integer       not null,
    constraint published_standard_counts_pkey primary key (region_code, industry_code, kind, year, status),
    constraint published_standard_counts_status_check check (status in ('PUBLISHED', 'WITHDRAWN', 'REPLACED'))
);
create index published_standard_counts_industry_idx on published_standard_counts (industry_code);

-- Organizations by region, industry, kind and status.
create table organization_counts (
    region_code    char(6)       not null,
    industry_code  varchar(8)    not null,
    kind           varchar(32)   not null,
    status         varchar(16)   not null,
    organizations  integer       not null,
    constraint organization_counts_pkey primary key (region_code, industry_code, kind, status)
);

-- The same two rollups by province (the first two digits of the region code) and industry section
-- (the letter of the industry code): what reports over the whole deployment or one province by
-- province, section, kind, year or status read, a few times fewer rows than the detailed ones.
create table province_standard_counts (
    province          char(2)       not null,
    industry_section  char(1)       not null,
    kind              varchar(32)   not null,
    year              integer       not null,
    status            varchar(16)   not null,
    standards         integer       not null,
    constraint province_standard_counts_pkey primary key (province, industry_section, kind, year, status)
);
create table province_organization_counts (
    province          char(2)       not null,
    industry_section  char(1)       not null,
    kind              varchar(32)   not null,
    status            varchar(16)   not null,
    organizations     integer       not null,
    constraint province_organization_counts_pkey primary key (province, industry_section, kind, status)
);

-- [jooq ignore start]
-- The fold deletes emptied rows through these (tiny) partial indexes instead of scanning.
create index published_standard_counts_empty_idx on published_standard_counts (region_code) where standards = 0;
create index organization_counts_empty_idx on organization_counts (region_code) where organizations = 0;
create index province_standard_counts_empty_idx on province_standard_counts (province) where standards = 0;
create index province_organization_counts_empty_idx on province_organization_counts (province)
    where organizations = 0;

-- The rebuild counts every organization's standards (owner only, as the scans of V21).
create policy statistics_rebuild on standards for select to current_user using (true);

-- The measure a stage counts in (see "What is counted"), or null.
create function statistics_measure(p_stage varchar) returns varchar
    language sql immutable
    set search_path = pg_catalog, public, pg_temp
as $$
    select case
               when p_stage in ('PUBLISHED', 'WITHDRAWN', 'REPLACED') then p_stage
               when p_stage in ('PROJECT_APPROVED', 'PLAN_ANNOUNCED', 'DRAFTING', 'DRAFT_FOR_COMMENT', 'COMMENT_PERIOD',
                                'COMMENT_RESOLUTION', 'DRAFT_FOR_REVIEW', 'TECHNICAL_REVIEW', 'REVIEW_PASSED',
                                'DRAFT_FOR_APPROVAL', 'APPROVED') then 'IN_PROGRESS'
           end
$$;

-- After each statement on standards: the net change per organization, measure and year, from
-- the statement's own transition tables (the rows it changed, under its tenant's policies).
-- Runs as the owner so that it can append to statistics_deltas, which the application role
-- cannot touch; it reads nothing but the transition tables and writes nothing but deltas.
create function statistics_standards_changed() returns trigger
    language plpgsql volatile security definer
    set search_path = pg_catalog, public, pg_temp
as $$
begin
    if tg_op = 'INSERT' then
        insert into statistics_deltas (organization_id, measure, year, delta)
        select c.organization_id, c.measure, c.year, sum(c.delta)::integer
          from (select n.tenant_id as organization_id, statistics_measure(n.stage) as measure,
                       case when n.stage in ('PUBLISHED', 'WITHDRAWN', 'REPLACED')
                            then extract(year from n.published_on)::integer end as year, 1 as delta
                  from new_rows n) c
         where c.measure is not null
         group by c.organization_id, c.measure, c.year;
    elsif tg_op = 'UPDATE' then
        insert into statistics_deltas (organization_id, measure, year, delta)
        select c.organization_id, c.measure, c.year, sum(c.delta)::integer
          from (select n.tenant_id as organization_id, statistics_measure(n.stage) as measure,
                       case when n.stage in ('PUBLISHED', 'WITHDRAWN', 'REPLACED')
                            then extract(year from n.published_on)::integer end as year, 1 as delta
                  from new_rows n
                union all
                select o.tenant_id, statistics_measure(o.stage),
                       case when o.stage in ('PUBLISHED', 'WITHDRAWN', 'REPLACED')
                            then extract(year from o.published_on)::integer end, -1
                  from old_rows o) c
         where c.measure is not null
         group by c.organization_id, c.measure, c.year
        having sum(c.delta) <> 0;
    else
        insert into statistics_deltas (organization_id, measure, year, delta)
        select c.organization_id, c.measure, c.year, sum(c.delta)::integer
          from (select o.tenant_id as organization_id, statistics_measure(o.stage) as measure,
                       case when o.stage in ('PUBLISHED', 'WITHDRAWN', 'REPLACED')
                            then extract(year from o.published_on)::integer end as year, -1 as delta
                  from old_rows o) c
         where c.measure is not null
         group by c.organization_id, c.measure, c.year;
    end if;
    return null;
end
$$;

create trigger standards_statistics_insert after insert on standards
    referencing new table as new_rows
    for each statement execute function statistics_standards_changed();
create trigger standards_statistics_update after update on standards
    referencing old table as old_rows new table as new_rows
    for each statement execute function statistics_standards_changed();
create trigger standards_statistics_delete after delete on standards
    referencing old table as old_rows
    for each statement execute function statistics_standards_changed();

-- A new organization, or one whose region, industry, kind or status changed: a PROFILE marker,
-- so that the next fold moves its counts under its current profile.
create function statistics_organization_changed() returns trigger
    language plpgsql volatile security definer
    set search_path = pg_catalog, public, pg_temp
as $$
begin
    insert into statistics_deltas (organization_id, measure, year, delta) values (new.id, 'PROFILE', null, 0);
    return null;
end
$$;

create trigger organizations_statistics_insert after insert on organizations
    for each row execute function statistics_organization_changed();
create trigger organizations_statistics_update after update on organizations
    for each row
    when (old.region_code is distinct from new.region_code or old.industry_code is distinct from new.industry_code
          or old.kind is distinct from new.kind or old.status is distinct from new.status)
    execute function statistics_organization_changed();

-- Folds up to p_limit deltas, oldest first, into the rollups and deletes them, all in the
-- caller's transaction; returns how many it folded (0 when none are pending or another fold is
-- running). One fold at a time: a transaction-level advisory lock, tried, not waited for, so a
-- second server's fold returns at once instead of double counting; the claim also skips rows
-- locked by anyone else. A fold that fails rolls back whole and leaves its deltas for the next.
--
-- The rollups change by the net difference, per key, between the affected organizations'
-- contribution before (their stored figures under their stored profile) and after (with the
-- deltas, under their profile now), all computed in one statement from one snapshot: the profile
-- added to the rollups is the profile stored, even while the operator edits it, and a key whose
-- count does not change is not written at all.
create function statistics_fold(p_limit integer) returns integer
    language plpgsql volatile security definer
    set search_path = pg_catalog, public, pg_temp
as $$
declare
    v_ids     bigint[];
    v_orgs    uuid[];
    v_written bigint;
begin
    perform require_no_tenant();
    if not pg_try_advisory_xact_lock(2826, 1) then
        return 0;
    end if;
    select array_agg(c.id) into v_ids
      from (select d.id from statistics_deltas d order by d.id limit p_limit for update skip locked) c;
    if v_ids is null then
        return 0;
    end if;
    select array_agg(distinct d.organization_id) into v_orgs
      from unnest(v_ids) c (id) join statistics_deltas d on d.id = c.id;

    with deltas as (
            select d.organization_id, d.measure, d.year, sum(d.delta)::integer as delta
              from unnest(v_ids) c (id) join statistics_deltas d on d.id = c.id
             group by d.organization_id, d.measure, d.year),
        old_years as (
            select y.organization_id, y.status, y.year, y.standards
              from unnest(v_orgs) a (organization_id)
              join organization_year_statistics y on y.organization_id = a.organization_id),
        new_years as (
            select u.organization_id, u.status, u.year, sum(u.standards)::integer as standards
              from (select organization_id, status, year, standards from old_years
                    union all
                    select organization_id, measure, year, delta from deltas
                     where measure in ('PUBLISHED', 'WITHDRAWN', 'REPLACED')) u
             group by u.organization_id, u.status, u.year),
        old_profiles as (
            select s.organization_id, s.region_code, s.industry_code, s.kind, s.status, s.in_progress_standards
              from unnest(v_orgs) a (organization_id)
              join organization_statistics s on s.organization_id = a.organization_id),
        new_profiles as (
            select o.id as organization_id, o.region_code, o.industry_code, o.kind, o.status,
                   coalesce(t.published, 0)::integer as published, coalesce(t.withdrawn, 0)::integer as withdrawn,
                   coalesce(t.replaced, 0)::integer as replaced,
                   (coalesce(p.in_progress_standards, 0) + w.in_progress)::integer as in_progress
              from (select organization_id, coalesce(sum(delta) filter (where measure = 'IN_PROGRESS'), 0) as in_progress
                      from deltas group by organization_id) w
              join organizations o on o.id = w.organization_id
              left join old_profiles p on p.organization_id = o.id
              left join (select organization_id,
                                sum(standards) filter (where status = 'PUBLISHED') as published,
                                sum(standards) filter (where status = 'WITHDRAWN') as withdrawn,
                                sum(standards) filter (where status = 'REPLACED') as replaced
                           from new_years group by organization_id) t on t.organization_id = o.id),
        standard_changes as (
            select p.region_code, p.industry_code, p.kind, y.year, y.status, y.standards as n
              from new_years y join new_profiles p on p.organization_id = y.organization_id
            union all
            select p.region_code, p.industry_code, p.kind, y.year, y.status, -y.standards
              from old_years y join old_profiles p on p.organization_id = y.organization_id),
        standards_counted as (
            insert into published_standard_counts (region_code, industry_code, kind, year, status, standards)
            select region_code, industry_code, kind, year, status, sum(n)::integer
              from standard_changes
             group by region_code, industry_code, kind, year, status
            having sum(n) <> 0
            on conflict (region_code, industry_code, kind, year, status)
            do update set standards = published_standard_counts.standards + excluded.standards
            returning 1),
        province_standards_counted as (
            insert into province_standard_counts (province, industry_section, kind, year, status, standards)
            select left(region_code, 2), left(industry_code, 1), kind, year, status, sum(n)::integer
              from standard_changes
             group by left(region_code, 2), left(industry_code, 1), kind, year, status
            having sum(n) <> 0
            on conflict (province, industry_section, kind, year, status)
            do update set standards = province_standard_counts.standards + excluded.standards
            returning 1),
        organization_changes as (
            select region_code, industry_code, kind, status, 1 as n from new_profiles
            union all
            select region_code, industry_code, kind, status, -1 from old_profiles),
        organizations_counted as (
            insert into organization_counts (region_code, industry_code, kind, status, organizations)
            select region_code, industry_code, kind, status, sum(n)::integer
              from organization_changes
             group by region_code, industry_code, kind, status
            having sum(n) <> 0
            on conflict (region_code, industry_code, kind, status)
            do update set organizations = organization_counts.organizations + excluded.organizations
            returning 1),
        province_organizations_counted as (
            insert into province_organization_counts (province, industry_section, kind, status, organizations)
            select left(region_code, 2), left(industry_code, 1), kind, status, sum(n)::integer
              from organization_changes
             group by left(region_code, 2), left(industry_code, 1), kind, status
            having sum(n) <> 0
            on conflict (province, industry_section, kind, status)
            do update set organizations = province_organization_counts.organizations + excluded.organizations
            returning 1),
        years_counted as (
            insert into organization_year_statistics (organization_id, status, year, standards)
            select organization_id, measure, year, delta
              from deltas
             where measure in ('PUBLISHED', 'WITHDRAWN', 'REPLACED') and delta <> 0
            on conflict (organization_id, status, year)
            do update set standards = organization_year_statistics.standards + excluded.standards
            returning 1),
        profiles_stored as (
            insert into organization_statistics (organization_id, region_code, industry_code, kind, status,
                                                 published_standards, withdrawn_standards, replaced_standards,
                                                 in_progress_standards, updated_at)
            select organization_id, region_code, industry_code, kind, status, published, withdrawn, replaced,
                   in_progress, now()
              from new_profiles
            on conflict (organization_id) do update
                set region_code = excluded.region_code, industry_code = excluded.industry_code,
                    kind = excluded.kind, status = excluded.status,
                    published_standards = excluded.published_standards,
                    withdrawn_standards = excluded.withdrawn_standards,
                    replaced_standards = excluded.replaced_standards,
                    in_progress_standards = excluded.in_progress_standards, updated_at = excluded.updated_at
            returning 1)
    -- (the four writes above run to completion whether read or not; counting them only ends the statement)
    select (select count(*) from standards_counted) + (select count(*) from organizations_counted)
           + (select count(*) from province_standards_counted) + (select count(*) from province_organizations_counted)
           + (select count(*) from years_counted) + (select count(*) from profiles_stored)
      into v_written;

    delete from organization_year_statistics y
     using unnest(v_orgs) a (organization_id)
     where y.organization_id = a.organization_id and y.standards = 0;
    delete from published_standard_counts where standards = 0;
    delete from organization_counts where organizations = 0;
    delete from province_standard_counts where standards = 0;
    delete from province_organization_counts where organizations = 0;

    delete from statistics_deltas d using unnest(v_ids) c (id) where d.id = c.id;
    return array_length(v_ids, 1);
end
$$;

-- Builds every rollup again from the standards and organizations themselves (after a restore,
-- or a change of what is counted); returns the organizations counted. It waits for a running
-- fold, and holds writers of standards and organizations back until it commits (their SHARE
-- lock), so that no change can be both counted here and left in a delta: pending deltas are
-- dropped, as their changes are in what it counts. Seconds at national scale; run it rarely.
create function statistics_rebuild() returns integer
    language plpgsql volatile security definer
    set search_path = pg_catalog, public, pg_temp
as $$
declare
    counted integer;
begin
    perform require_no_tenant();
    perform pg_advisory_xact_lock(2826, 1);
    lock table standards, organizations in share mode;

    delete from statistics_deltas;
    delete from published_standard_counts;
    delete from organization_counts;
    delete from province_standard_counts;
    delete from province_organization_counts;
    delete from organization_year_statistics;
    delete from organization_statistics;

    insert into organization_year_statistics (organization_id, status, year, standards)
    select s.tenant_id, s.stage, extract(year from s.published_on)::integer, count(*)::integer
      from standards s
     where s.stage in ('PUBLISHED', 'WITHDRAWN', 'REPLACED')
     group by s.tenant_id, s.stage, extract(year from s.published_on);

    insert into organization_statistics (organization_id, region_code, industry_code, kind, status,
                                         published_standards, withdrawn_standards, replaced_standards,
                                         in_progress_standards, updated_at)
    select o.id, o.region_code, o.industry_code, o.kind, o.status,
           coalesce(c.published, 0), coalesce(c.withdrawn, 0), coalesce(c.replaced, 0), coalesce(c.in_progress, 0),
           now()
      from organizations o
      left join (select s.tenant_id,
                        count(*) filter (where s.stage = 'PUBLISHED')::integer as published,
                        count(*) filter (where s.stage = 'WITHDRAWN')::integer as withdrawn,
                        count(*) filter (where s.stage = 'REPLACED')::integer as replaced,
                        count(*) filter (where statistics_measure(s.stage) = 'IN_PROGRESS')::integer as in_progress
                   from standards s group by s.tenant_id) c on c.tenant_id = o.id;
    get diagnostics counted = row_count;

    insert into published_standard_counts (region_code, industry_code, kind, year, status, standards)
    select s.region_code, s.industry_code, s.kind, y.year, y.status, sum(y.standards)::integer
      from organization_statistics s
      join organization_year_statistics y on y.organization_id = s.organization_id
     group by s.region_code, s.industry_code, s.kind, y.year, y.status;

    insert into organization_counts (region_code, industry_code, kind, status, organizations)
    select s.region_code, s.industry_code, s.kind, s.status, count(*)::integer
      from organization_statistics s
     group by s.region_code, s.industry_code, s.kind, s.status;

    insert into province_standard_counts (province, industry_section, kind, year, status, standards)
    select left(c.region_code, 2), left(c.industry_code, 1), c.kind, c.year, c.status, sum(c.standards)::integer
      from published_standard_counts c
     group by left(c.region_code, 2), left(c.industry_code, 1), c.kind, c.year, c.status;

    insert into province_organization_counts (province, industry_section, kind, status, organizations)
    select left(c.region_code, 2), left(c.industry_code, 1), c.kind, c.status, sum(c.organizations)::integer
      from organization_counts c
     group by left(c.region_code, 2), left(c.industry_code, 1), c.kind, c.status;
    return counted;
end
$$;

revoke all on function statistics_measure(varchar) from public;
revoke all on function statistics_standards_changed() from public;
revoke all on function statistics_organization_changed() from public;
revoke all on function statistics_fold(integer) from public;
revoke all on function statistics_rebuild() from public;
-- The triggers fire whoever writes (PostgreSQL checks EXECUTE on a trigger function only when the
-- trigger is created): the application role may call the fold and the rebuild, nothing else here.
grant execute on function statistics_fold(integer) to ${app_role};
grant execute on function statistics_rebuild() to ${app_role};

-- Read models: the application reads them; only the functions above write them.
grant select on organization_statistics to ${app_role};
grant select on organization_year_statistics to ${app_role};
grant select on published_standard_counts to ${app_role};
grant select on organization_counts to ${app_role};
grant select on province_standard_counts to ${app_role};
grant select on province_organization_counts to ${app_role};

-- The initial fill, from the data already there (the triggers above already hold every writer
-- of standards and organizations back until this migration commits).
select statistics_rebuild();
-- [jooq ignore stop]
