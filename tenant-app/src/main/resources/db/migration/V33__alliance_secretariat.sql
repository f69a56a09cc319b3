-- The alliance secretariat's console (SUP-1, ORG-5): per member organization the indicators the
-- secretariat oversees, kept current by the statistics fold; and the alliance's own records — its
-- self-regulation convention with each member's acceptance, its shared expert pool with the
-- invitations of pool experts to members' reviews.
--
-- Part 1: member indicators (a platform read model, like V28's rollups)
-- ====================================================================
-- Per organization, beside V28's counts by status and in progress (organization_statistics):
--   comment_periods           standards whose comment period was opened (LC-2);
--   comment_periods_honoured  of them, those that ran at least 30 days (LC-2's minimum);
--   votes_by_rule             ballots closed with their result computed by LC-3 (ballot_results);
--   published_standards       standards published and in force (the self-declaration rate's base);
--   declarations_confirmed    of them, those whose self-declaration is confirmed (PUB-1);
--   cases_open                appeals, complaints and disputes received and not yet decided (PART-6);
--   practice_year/_stars      the latest submitted good-practice self-evaluation and its stars (PUB-2);
-- and in member_review_due the published standards per periodic-review due date (LC-6), so that
-- the number overdue on any day is a sum over one organization's index range, never a scan.
-- Only numbers: no title, stage, date of a draft or name of a complainant leaves the organization.
--
-- How they stay current: statement triggers on the five source tables append the organizations a
-- statement touched to member_indicator_changes (an append: tenants never queue on a shared row);
-- the statistics fold (StatisticsFold, every second) calls member_indicators_refresh, which claims
-- a batch of changes and recounts those organizations' figures from their own rows (by their
-- tenant_id-led indexes: milliseconds per organization), then deletes the changes it served. A
-- change shows about a second after it commits. The application role reads the two read models,
-- writes neither and cannot see the queue; the trigger and refresh functions run as the owner
-- (SECURITY DEFINER, search_path pinned, revoked from PUBLIC), named in RowLevelSecurityCatalogTest.

create table member_indicator_changes (
    id               bigint       generated always as identity,
    organization_id  uuid         not null,
    recorded_at      timestamptz  not null default now(),
    constraint member_indicator_changes_pkey primary key (id)
);

create table member_indicators (
    organization_id           uuid         not null references organizations (id),
    comment_periods           integer      not null,
    comment_periods_honoured  integer      not null,
    votes_by_rule             integer      not null,
    published_standards       integer      not null,
    declarations_confirmed    integer      not null,
    cases_open                integer      not null,
    practice_year             integer,
    practice_stars            smallint,
    updated_at                timestamptz  not null,
    constraint member_indicators_pkey primary key (organization_id)
);

create table member_review_due (
    organization_id  uuid     not null references organizations (id),
    due_on           date     not null,
    standards        integer  not null,
    constraint member_review_due_pkey primary key (organization_id, due_on)
);

-- Part 2: the alliance's own records (tenant tables of the alliance, under RLS)
-- ============================================================================
-- The self-regulation convention (自律公约), versioned: each version is published whole by the
-- alliance's secretariat and never changed.
create table alliance_conventions (
    tenant_id          uuid          not null references organizations (id),
    version            integer       not null,
    title              varchar(200)  not null,
    body               text          not null,
    published_at       timestamptz   not null,
    published_by       uuid          not null references users (id),
    published_by_name  varchar(100)  not null,
    constraint alliance_conventions_pkey primary key (tenant_id, version),
    constraint alliance_conventions_version_check check (version > 0)
);

-- A member organization's acceptance of one version, by its administrator (from the member's side,
-- through AllianceChannel): who and when. A member accepts each version at most once.
create table alliance_convention_acceptances (
    tenant_id         uuid          not null references organizations (id),
    member_id         uuid          not null references organizations (id),
    version           integer       not null,
    accepted_at       timestamptz   not null,
    accepted_by       uuid          not null references users (id),
    accepted_by_name  varchar(100)  not null,
    constraint alliance_convention_acceptances_pkey primary key (tenant_id, member_id, version),
    constraint alliance_convention_acceptances_version_fkey foreign key (tenant_id, version)
        references alliance_conventions (tenant_id, version)
);

-- The shared expert pool (ORG-5): a council member of the alliance nominates an expert of a member
-- organization they belong to; the secretariat admits or declines the nomination.
create table alliance_experts (
    tenant_id           uuid          not null references organizations (id),
    id                  uuid          not null,
    member_id           uuid          not null references organizations (id),
    name                varchar(100)  not null,
    field               varchar(200)  not null,
    title               varchar(100),
    status              varchar(16)   not null,
    nominated_by        uuid          not null references users (id),
    nominated_by_name   varchar(100)  not null,
    nominated_at        timestamptz   not null,
    decided_by          uuid          references users (id),
    decided_at          timestamptz,
    constraint alliance_experts_pkey primary key (tenant_id, id),
    constraint alliance_experts_status_check check (status in ('NOMINATED', 'ADMITTED', 'DECLINED')),
    constraint alliance_experts_decided_check check ((status = 'NOMINATED') = (decided_at is null)
        and (decided_at is null) = (decided_by is null))
);
create index alliance_experts_pool_idx on alliance_experts (tenant_id, status, name, id);
create index alliance_experts_nominator_idx on alliance_experts (tenant_id, nominated_by);

-- A member's secretariat invites an admitted pool expert to one of its technical reviews. The review
-- is named by the member's standard id only: its title stays with the member (its internal draft).
create table alliance_expert_invitations (
    tenant_id      uuid          not null references organizations (id),
    id             uuid          not null,
    expert_id      uuid          not null,
    member_id      uuid          not null references organizations (id),
    standard_id    uuid          not null,
    review_on      date,
    invited_at     timestamptz   not null,
    invited_by     uuid          not null references users (id),
    constraint alliance_expert_invitations_pkey primary key (tenant_id, id),
    constraint alliance_expert_invitations_expert_fkey foreign key (tenant_id, expert_id)
        references alliance_experts (tenant_id, id),
    constraint alliance_expert_invitations_once_key unique (tenant_id, expert_id, member_id, standard_id)
);
create index alliance_expert_invitations_member_idx on alliance_expert_invitations (tenant_id, member_id, invited_at desc);

-- [jooq ignore start]
alter table alliance_conventions enable row level security;
alter table alliance_conventions force row level security;
-- the alliance's convention belongs to the alliance; members read it through AllianceChannel only
create policy tenant_isolation on alliance_conventions
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

alter table alliance_convention_acceptances enable row level security;
alter table alliance_convention_acceptances force row level security;
-- acceptances are kept by the alliance whose convention was accepted
create policy tenant_isolation on alliance_convention_acceptances
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

alter table alliance_experts enable row level security;
alter table alliance_experts force row level security;
-- the pool belongs to the alliance that keeps it
create policy tenant_isolation on alliance_experts
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

alter table alliance_expert_invitations enable row level security;
alter table alliance_expert_invitations force row level security;
-- invitations of pool experts are kept by the alliance whose pool they draw on
create policy tenant_isolation on alliance_expert_invitations
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

-- conventions and acceptances are records: never changed, never deleted
grant select, insert on alliance_conventions to ${app_role};
grant select, insert on alliance_convention_acceptances to ${app_role};
-- a nomination is decided once (status, decided_*)
grant select, insert, update (status, decided_by, decided_at) on alliance_experts to ${app_role};
grant select, insert on alliance_expert_invitations to ${app_role};

-- The refresh reads each organization's self-declarations (owner only, as V21's deadline_scan
-- policies; standards, ballot_results, cases and practice_evaluations already have theirs).
create policy member_indicators on standard_declarations for select to current_user using (true);

-- After a statement on standards: the organizations whose counted columns changed.
create function member_indicators_standards_changed() returns trigger
    language plpgsql volatile security definer
    set search_path = pg_catalog, public, pg_temp
as $$
begin
    if tg_op = 'UPDATE' then
        insert into member_indicator_changes (organization_id)
        select distinct n.tenant_id
          from new_rows n join old_rows o on o.tenant_id = n.tenant_id and o.id = n.id
         where (n.stage, n.comment_opens, n.comment_closes, n.review_due)
               is distinct from (o.stage, o.comment_opens, o.comment_closes, o.review_due);
    elsif tg_op = 'INSERT' then
        insert into member_indicator_changes (organization_id) select distinct tenant_id from new_rows;
    else
        insert into member_indicator_changes (organization_id) select distinct tenant_id from old_rows;
    end if;
    return null;
end
$$;

-- After a statement on ballot_results, standard_declarations, cases or practice_evaluations: the
-- organizations it touched.
create function member_indicators_records_changed() returns trigger
    language plpgsql volatile security definer
    set search_path = pg_catalog, public, pg_temp
as $$
begin
    if tg_op = 'DELETE' then
        insert into member_indicator_changes (organization_id) select distinct tenant_id from old_rows;
    else
        insert into member_indicator_changes (organization_id) select distinct tenant_id from new_rows;
    end if;
    return null;
end
$$;

create trigger standards_member_indicators_insert after insert on standards
    referencing new table as new_rows for each statement execute function member_indicators_standards_changed();
create trigger standards_member_indicators_update after update on standards
    referencing old table as old_rows new table as new_rows
    for each statement execute function member_indicators_standards_changed();
create trigger standards_member_indicators_delete after delete on standards
    referencing old table as old_rows for each statement execute function member_indicators_standards_changed();

create trigger ballot_results_member_indicators_insert after insert on ballot_results
    referencing new table as new_rows for each statement execute function member_indicators_records_changed();
create trigger ballot_results_member_indicators_delete after delete on ballot_results
    referencing old table as old_rows for each statement execute function member_indicators_records_changed();

create trigger standard_declarations_member_indicators_insert after insert on standard_declarations
    referencing new table as new_rows for each statement execute function member_indicators_records_changed();
create trigger standard_declarations_member_indicators_update after update on standard_declarations
    referencing old table as old_rows new table as new_rows
    for each statement execute function member_indicators_records_changed();

create trigger cases_member_indicators_insert after insert on cases
    referencing new table as new_rows for each statement execute function member_indicators_records_changed();
create trigger cases_member_indicators_update after update on cases
    referencing old table as old_rows new table as new_rows
    for each statement execute function member_indicators_records_changed();

create trigger practice_evaluations_member_indicators_insert after insert on practice_evaluations
    referencing new table as new_rows for each statement execute function member_indicators_records_changed();
create trigger practice_evaluations_member_indicators_update after update on practice_evaluations
    referencing old table as old_rows new table as new_rows
    for each statement execute function member_indicators_records_changed();

-- Recounts the figures of the organizations named by up to p_limit pending changes, oldest first,
-- and deletes those changes; returns how many changes it served (0 when none are pending or
-- another refresh runs: one at a time, a tried advisory lock; the claim skips locked rows).
create function member_indicators_refresh(p_limit integer) returns integer
    language plpgsql volatile security definer
    set search_path = pg_catalog, public, pg_temp
as $$
declare
    v_ids   bigint[];
    v_orgs  uuid[];
begin
    perform require_no_tenant();
    if not pg_try_advisory_xact_lock(2826, 2) then
        return 0;
    end if;
    select array_agg(c.id) into v_ids
      from (select q.id from member_indicator_changes q order by q.id limit p_limit for update skip locked) c;
    if v_ids is null then
        return 0;
    end if;
    select array_agg(distinct q.organization_id) into v_orgs
      from unnest(v_ids) c (id) join member_indicator_changes q on q.id = c.id
      join organizations o on o.id = q.organization_id;

    if v_orgs is not null then
        insert into member_indicators (organization_id, comment_periods, comment_periods_honoured, votes_by_rule,
                                       published_standards, declarations_confirmed, cases_open, practice_year,
                                       practice_stars, updated_at)
        select a.organization_id,
               (select count(*) from standards s
                 where s.tenant_id = a.organization_id and s.comment_opens is not null),
               (select count(*) from standards s
                 where s.tenant_id = a.organization_id and s.comment_opens is not null
                   and s.comment_closes >= s.comment_opens + 30),
               (select count(*) from ballot_results b where b.tenant_id = a.organization_id),
               (select count(*) from standards s where s.tenant_id = a.organization_id and s.stage = 'PUBLISHED'),
               (select count(*) from standards s
                  join standard_declarations d on d.tenant_id = s.tenant_id and d.standard_id = s.id
                 where s.tenant_id = a.organization_id and s.stage = 'PUBLISHED' and d.confirmed_at is not null),
               (select count(*) from cases c
                 where c.tenant_id = a.organization_id and c.status in ('RECEIVED', 'ACKNOWLEDGED', 'ACCEPTED')),
               p.year, p.stars, now()
          from unnest(v_orgs) a (organization_id)
          left join lateral (select e.year, e.stars from practice_evaluations e
                              where e.tenant_id = a.organization_id and e.status = 'SUBMITTED'
                              order by e.year desc limit 1) p on true
        on conflict (organization_id) do update
            set comment_periods = excluded.comment_periods,
                comment_periods_honoured = excluded.comment_periods_honoured,
                votes_by_rule = excluded.votes_by_rule, published_standards = excluded.published_standards,
                declarations_confirmed = excluded.declarations_confirmed, cases_open = excluded.cases_open,
                practice_year = excluded.practice_year, practice_stars = excluded.practice_stars,
                updated_at = excluded.updated_at;

        delete from member_review_due r using unnest(v_orgs) a (organization_id)
         where r.organization_id = a.organization_id;
        insert into member_review_due (organization_id, due_on, standards)
        select s.tenant_id, s.review_due, count(*)::integer
          from unnest(v_orgs) a (organization_id)
          join standards s on s.tenant_id = a.organization_id and s.stage = 'PUBLISHED' and s.review_due is not null
         group by s.tenant_id, s.review_due;
    end if;

    delete from member_indicator_changes q using unnest(v_ids) c (id) where q.id = c.id;
    return array_length(v_ids, 1);
end
$$;

revoke all on function member_indicators_standards_changed() from public;
revoke all on function member_indicators_records_changed() from public;
revoke all on function member_indicators_refresh(integer) from public;
grant execute on function member_indicators_refresh(integer) to ${app_role};

grant select on member_indicators to ${app_role};
grant select on member_review_due to ${app_role};

-- The initial fill: every organization once.
insert into member_indicator_changes (organization_id) select id from organizations;
select member_indicators_refresh(2147483647);
-- [jooq ignore stop]
