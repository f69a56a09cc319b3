-- Chambers of commerce (SUP-3) and the excellence programme of a supervisory authority (SUP-4).
--
-- SUP-3: a chamber declares its fee rules for standardization (收费规则声明): what it charges for
-- (membership dues, training, printed texts …), on which basis, and the commitment that no fee is
-- charged in the name of standardization. Each declaration is a new, immutable version; the latest
-- is the one in force. The annual standardization report is computed from the records, not stored.
--
-- SUP-4: an authority keeps a pool of organizations of its jurisdiction (培优计划): entries (入选)
-- with year and reason, one assessment per member and year, exits (退出) with reason. The rows are
-- the authority's own (tenant_id = the authority, as V31's inspections); the organizations pooled
-- are not told through these tables.

create table fee_declarations (
    tenant_id          uuid          not null references organizations (id),
    version            integer       not null,
    declared_on        date          not null,
    -- SUP-3: 不以标准化名义收取任何费用 — a declaration without the commitment is never stored
    no_fee_commitment  boolean       not null,
    -- the fee management procedure (ORG-6, topic FEES) it rests on, as the chamber names it
    policy_reference   varchar(200),
    note               text,
    declared_by        uuid          not null references users (id),
    declared_by_name   varchar(100)  not null,
    declared_at        timestamptz   not null,
    constraint fee_declarations_pkey primary key (tenant_id, version),
    constraint fee_declarations_version_check check (version > 0),
    constraint fee_declarations_commitment_check check (no_fee_commitment)
);

-- What the chamber charges for, in its declared order. Standard-setting itself (立项、起草、审查、
-- 发布、参编署名) is not a purpose a chamber may charge for (SUP-3): the domain refuses it, the
-- check below keeps it out whatever writes here.
create table fee_declaration_items (
    tenant_id  uuid          not null references organizations (id),
    version    integer       not null,
    position   integer       not null,
    purpose    varchar(32)   not null,
    item       varchar(200)  not null,
    basis      varchar(300)  not null,
    note       text,
    constraint fee_declaration_items_pkey primary key (tenant_id, version, position),
    constraint fee_declaration_items_declaration_fkey foreign key (tenant_id, version)
        references fee_declarations (tenant_id, version),
    constraint fee_declaration_items_purpose_check check (purpose in ('MEMBERSHIP_DUES', 'TRAINING', 'PUBLICATION',
        'CONSULTING', 'TESTING_CERTIFICATION', 'OTHER'))
);

-- An organization's membership of the authority's excellence pool: entered once, exited at most
-- once; entering again after an exit is a new membership, so the history keeps both.
create table excellence_memberships (
    tenant_id          uuid          not null references organizations (id),
    id                 uuid          not null,
    organization_id    uuid          not null references organizations (id),
    -- the organization as registered when it entered (the list pages by name without another join)
    organization_code  varchar(16)   not null,
    organization_name  varchar(200)  not null,
    region_code        char(6)       not null,
    entry_year         integer       not null,
    entered_on         date          not null,
    entry_reason       text          not null,
    entered_by         uuid          not null references users (id),
    exited_on          date,
    exit_reason        text,
    exited_by          uuid          references users (id),
    constraint excellence_memberships_pkey primary key (tenant_id, id),
    constraint excellence_memberships_year_check check (entry_year between 1900 and 2999),
    constraint excellence_memberships_exit_check check ((exited_on is null) = (exit_reason is null)
        and (exited_on is null) = (exited_by is null) and (exited_on is null or exited_on >= entered_on))
);
-- SUP-4: no double entry — one current membership per organization in an authority's pool.
create unique index excellence_memberships_current_key on excellence_memberships (tenant_id, organization_id)
    where exited_on is null;
-- The pool list by name; an organization's history.
create index excellence_memberships_name_idx on excellence_memberships (tenant_id, organization_name, id);
create index excellence_memberships_organization_idx on excellence_memberships (tenant_id, organization_id, entered_on);

-- One assessment per member and year, with the indicators it was made from as they were shown.
create table excellence_assessments (
    tenant_id             uuid          not null references organizations (id),
    membership_id         uuid          not null,
    year                  integer       not null,
    score                 numeric(4,1)  not null,
    grade                 varchar(16)   not null,
    comment               text          not null,
    published_standards   integer       not null,
    standards_in_force    integer       not null,
    good_practice_year    integer,
    good_practice_stars   smallint,
    complaints            integer       not null,
    overdue_reviews       integer       not null,
    assessed_by           uuid          not null references users (id),
    assessed_by_name      varchar(100)  not null,
    assessed_at           timestamptz   not null,
    constraint excellence_assessments_pkey primary key (tenant_id, membership_id, year),
    constraint excellence_assessments_membership_fkey foreign key (tenant_id, membership_id)
        references excellence_memberships (tenant_id, id),
    constraint excellence_assessments_score_check check (score >= 0 and score <= 100),
    constraint excellence_assessments_grade_check check (grade in ('EXCELLENT', 'GOOD', 'PASS', 'FAIL'))
);
-- The latest assessments of an authority (list filters by year).
create index excellence_assessments_year_idx on excellence_assessments (tenant_id, year, membership_id);

-- [jooq ignore start]
alter table fee_declarations enable row level security;
alter table fee_declarations force row level security;
-- a chamber's fee rules are its own; the public reads them through its catalogue, in its tenant
create policy tenant_isolation on fee_declarations
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

alter table fee_declaration_items enable row level security;
alter table fee_declaration_items force row level security;
-- the items belong to the chamber's declaration
create policy tenant_isolation on fee_declaration_items
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

-- a declaration is never changed or deleted: a correction is a new version
grant select, insert on fee_declarations to ${app_role};
grant select, insert on fee_declaration_items to ${app_role};

alter table excellence_memberships enable row level security;
alter table excellence_memberships force row level security;
-- the pool belongs to the authority that keeps it; nobody else reads it through this table
create policy tenant_isolation on excellence_memberships
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

alter table excellence_assessments enable row level security;
alter table excellence_assessments force row level security;
-- the assessments belong to the authority that made them
create policy tenant_isolation on excellence_assessments
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

-- a membership is entered, then exited once (the exit columns only); never deleted
grant select, insert, update (exited_on, exit_reason, exited_by) on excellence_memberships to ${app_role};
-- an assessment is recorded once per year and kept as made
grant select, insert on excellence_assessments to ${app_role};

-- The indicators function below reads the authority's pool across tenants (owner only, as V21's
-- deadline_scan policies); standards, cases and practice_evaluations already have theirs.
create policy excellence_indicators on excellence_memberships for select to current_user using (true);

-- The indicators an assessment of the authority's current pool members is made from (SUP-4), as
-- counts only: the latest good-practice statement submitted up to p_year (its year and stars — a
-- public statement, PUB-2), the published standards whose periodic review is overdue on p_today
-- (LC-6), and the complaints the organization received in p_year (PART-6). Only for organizations in
-- p_authority's pool (each entered after a jurisdiction check); the caller has checked that the
-- person acts for p_authority. Published standards come from the statistics rollups of V28.
create function excellence_indicators(p_authority uuid, p_year integer, p_today date)
    returns table (member_organization_id uuid, good_practice_year integer, good_practice_stars smallint,
                   overdue_reviews bigint, complaints bigint)
    language plpgsql stable security definer
    set search_path = pg_catalog, public, pg_temp
as $$
begin
    perform require_no_tenant();
    return query
        select m.organization_id,
               gp.year, gp.stars,
               (select count(*) from standards s
                 where s.tenant_id = m.organization_id and s.stage = 'PUBLISHED' and s.review_due < p_today),
               (select count(*) from cases c
                 where c.tenant_id = m.organization_id and c.kind = 'COMPLAINT'
                   and c.received_at >= make_timestamptz(p_year, 1, 1, 0, 0, 0, 'Asia/Shanghai')
                   and c.received_at < make_timestamptz(p_year + 1, 1, 1, 0, 0, 0, 'Asia/Shanghai'))
          from excellence_memberships m
          left join lateral (select e.year, e.stars from practice_evaluations e
                              where e.tenant_id = m.organization_id and e.status = 'SUBMITTED' and e.year <= p_year
                              order by e.year desc limit 1) gp on true
         where m.tenant_id = p_authority and m.exited_on is null
         order by m.organization_id;
end
$$;

revoke all on function excellence_indicators(uuid, integer, date) from public;
grant execute on function excellence_indicators(uuid, integer, date) to ${app_role};
-- [jooq ignore stop]
