-- What a project is checked against before approval (LC-7): the mandatory national standards
-- the operator imports, and every standard published on the platform. Both are public by
-- nature, so they are readable across organizations; their Chinese text is segmented in Java
-- (Lucene smartcn) into `terms`, a 'simple' tsvector with a GIN index.

-- Platform reference data, like the organizations registry: no tenant owns it.
create table mandatory_standards (
    number       varchar(60)   not null,
    title        varchar(300)  not null,
    scope        text,
    imported_at  timestamptz   not null,
    imported_by  uuid          not null references users (id),
    constraint mandatory_standards_pkey primary key (number)
);
-- [jooq ignore start]
-- (jOOQ's DDL parser knows no tsvector: the column is added here and queried by name.)
alter table mandatory_standards add column terms tsvector not null;
create index mandatory_standards_terms_idx on mandatory_standards using gin (terms);
-- [jooq ignore stop]

-- The platform-wide register of published group standards. Its column is organization_id, not
-- tenant_id: every organization reads every row (what is published is public, PUB-3), but
-- row-level security lets an organization write only its own rows.
create table published_standards (
    organization_id  uuid          not null references organizations (id),
    standard_id      uuid          not null,
    number           varchar(60)   not null,
    title_zh         varchar(300)  not null,
    scope            text          not null,
    published_on     date          not null,
    status           varchar(16)   not null,
    constraint published_standards_pkey primary key (organization_id, standard_id),
    constraint published_standards_status_check check (status in ('PUBLISHED', 'WITHDRAWN', 'REPLACED'))
);
-- [jooq ignore start]
alter table published_standards add column terms tsvector not null;
create index published_standards_terms_idx on published_standards using gin (terms);
-- [jooq ignore stop]

-- [jooq ignore start]
alter table published_standards enable row level security;
alter table published_standards force row level security;
-- Everyone reads the register of published standards: it is public by law.
create policy public_read on published_standards for select
    using (true);
-- An organization adds only its own standards.
create policy own_insert on published_standards for insert
    with check (organization_id = current_tenant_id());
-- An organization changes only its own standards' status.
create policy own_update on published_standards for update
    using (organization_id = current_tenant_id())
    with check (organization_id = current_tenant_id());

grant select, insert, update on mandatory_standards to ${app_role};
grant select, insert, update on published_standards to ${app_role};
-- [jooq ignore stop]
