-- The platform's registry of organizations (ORG-1, ORG-2). Every organization is a tenant:
-- its id is the tenant_id of everything it owns.
--
-- Platform-level table, deliberately without RLS: the operator onboards organizations,
-- sign-in must resolve an organization before any tenant is chosen, and the organization
-- code must be unique across the whole platform. It holds only the public registration
-- profile that the national registry publishes anyway (PUB-1), nothing an organization
-- keeps private.
create table organizations (
    id                     uuid        not null primary key,
    kind                   varchar(32) not null,
    name_zh                varchar(200) not null,
    name_en                varchar(300),
    code                   varchar(16) not null,
    credit_code            char(18)    not null,
    registration_authority varchar(200) not null,
    business_scope         text        not null,
    region_code            char(6)     not null,
    industry_code          varchar(8)  not null,
    contact_name           varchar(100) not null,
    contact_phone          varchar(40) not null,
    contact_email          varchar(200) not null,
    status                 varchar(16) not null default 'ACTIVE',
    created_at             timestamptz not null,
    constraint organizations_kind_check check (kind in ('ASSOCIATION', 'SOCIETY', 'CHAMBER_OF_COMMERCE', 'ALLIANCE',
        'INNOVATION_BASE', 'INNOVATION_CENTRE', 'SUPERVISORY_AUTHORITY', 'PLATFORM_OPERATOR')),
    constraint organizations_status_check check (status in ('ACTIVE', 'SUSPENDED', 'DEREGISTERED')),
    constraint organizations_code_format check (code ~ '^[A-Z][A-Z0-9]{1,15}$'),
    constraint organizations_code_key unique (code),
    constraint organizations_credit_code_key unique (credit_code)
);

-- Lists page by name and filter by kind and region.
create index organizations_kind_name_idx on organizations (kind, name_zh);
create index organizations_region_idx on organizations (region_code);
create index organizations_name_idx on organizations (name_zh);

-- Alliances and their member organizations, innovation bases and their centres, with history
-- (SUP-1 shows the join/leave history; SUP-5 the centres of a base).
create table organization_links (
    id          uuid        not null primary key,
    parent_id   uuid        not null references organizations (id),
    child_id    uuid        not null references organizations (id),
    link_kind   varchar(32) not null,
    joined_on   date        not null,
    left_on     date,
    constraint organization_links_kind_check check (link_kind in ('ALLIANCE_MEMBER', 'INNOVATION_CENTRE')),
    constraint organization_links_not_self check (parent_id <> child_id)
);
create index organization_links_parent_idx on organization_links (parent_id, link_kind);
create index organization_links_child_idx on organization_links (child_id);
create unique index organization_links_current_key on organization_links (parent_id, child_id, link_kind) where left_on is null;

-- [jooq ignore start]
grant select, insert, update on organizations to ${app_role};
grant select, insert, update on organization_links to ${app_role};
-- [jooq ignore stop]
