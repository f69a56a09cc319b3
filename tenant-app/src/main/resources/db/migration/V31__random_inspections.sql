-- Random inspections of a supervisory authority (双随机、一公开, SUP-2): organizations of its
-- jurisdiction and its own inspectors drawn at random with a recorded seed, the findings per
-- organization, and the publication of the results.
--
-- A draw keeps everything needed to re-run it: the seed, the two pools as they were when drawn
-- (one row per candidate, each with its stable key: an organization's code, an inspector's person
-- id) and each candidate's rank. The rank is the position of SHA-256(seed || ':' || key) among the
-- pool's hashes, ascending (cn.tuanbiao.console.supervision.domain.SeededDraw): the first N
-- organizations and the first M inspectors are the ones drawn. Anyone holding the seed and the
-- pool gets the same draw, with or without this platform.
--
-- The data belongs to the authority alone (its tenant): the organizations drawn are not told
-- through these tables; what the public sees is what the authority published.

create table inspection_draws (
    tenant_id                uuid          not null references organizations (id),
    id                       uuid          not null,
    title                    varchar(200)  not null,
    seed                     varchar(128)  not null,
    -- the pool's filter: the territory (GB/T 2260 prefix), kind of organization, industry prefix
    region_prefix            varchar(6)    not null,
    kind                     varchar(32),
    industry_prefix          varchar(5),
    organizations_requested  integer       not null,
    inspectors_requested     integer       not null,
    -- SHA-256 over the pools' keys in key order, so a published pool can be checked against the draw
    pool_digest              char(64)      not null,
    drawn_at                 timestamptz   not null,
    drawn_by                 uuid          not null,
    published_at             timestamptz,
    published_by             uuid,
    constraint inspection_draws_pkey primary key (tenant_id, id),
    constraint inspection_draws_requested_check check (organizations_requested > 0 and inspectors_requested > 0),
    constraint inspection_draws_published_check check ((published_at is null) = (published_by is null))
);
create index inspection_draws_recent_idx on inspection_draws (tenant_id, drawn_at desc, id);

-- Every candidate of a draw's two pools, with its rank; the drawn ones (rank <= requested) carry
-- the findings (organizations) once the inspection is done.
create table inspection_candidates (
    tenant_id     uuid          not null references organizations (id),
    draw_id       uuid          not null,
    pool          varchar(16)   not null,
    candidate_key varchar(64)   not null,
    subject_id    uuid          not null,
    label         varchar(300)  not null,
    region_code   char(6),
    rank          integer       not null,
    drawn         boolean       not null,
    result        varchar(24),
    finding       text,
    recorded_at   timestamptz,
    recorded_by   uuid,
    constraint inspection_candidates_pkey primary key (tenant_id, draw_id, pool, candidate_key),
    constraint inspection_candidates_rank_key unique (tenant_id, draw_id, pool, rank),
    constraint inspection_candidates_draw_fkey foreign key (tenant_id, draw_id)
        references inspection_draws (tenant_id, id),
    constraint inspection_candidates_pool_check check (pool in ('ORGANIZATION', 'INSPECTOR')),
    constraint inspection_candidates_result_check check (result in ('COMPLIANT', 'RECTIFICATION_REQUIRED',
        'VIOLATION')),
    -- only a drawn organization has a finding, and a finding has its reasons
    constraint inspection_candidates_finding_check check (result is null
        or (pool = 'ORGANIZATION' and drawn and finding is not null and recorded_at is not null))
);

-- [jooq ignore start]
alter table inspection_draws enable row level security;
alter table inspection_draws force row level security;
-- a draw belongs to the authority that made it; nobody else reads it through this table
create policy tenant_isolation on inspection_draws
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

alter table inspection_candidates enable row level security;
alter table inspection_candidates force row level security;
-- the pools and findings belong to the authority that drew them
create policy tenant_isolation on inspection_candidates
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

-- a draw is never deleted; it is published once (published_at, published_by)
grant select, insert, update (published_at, published_by) on inspection_draws to ${app_role};
-- the pools are fixed when drawn; only the findings are written afterwards
grant select, insert, update (result, finding, recorded_at, recorded_by) on inspection_candidates to ${app_role};
-- [jooq ignore stop]
