-- A person's roles inside one organization. Tenant-owned: tenant_id leads the primary key
-- (the Citus distribution column) and row-level security confines every statement to the
-- transaction's tenant.
create table memberships (
    tenant_id  uuid         not null references organizations (id),
    user_id    uuid         not null references users (id),
    roles      varchar(32)[] not null,
    title      varchar(100),
    status     varchar(16)  not null,
    joined_at  timestamptz  not null,
    constraint memberships_pkey primary key (tenant_id, user_id),
    constraint memberships_status_check check (status in ('ACTIVE', 'SUSPENDED')),
    constraint memberships_has_role check (cardinality(roles) > 0)
);
create index memberships_user_idx on memberships (user_id);

-- [jooq ignore start]
alter table memberships enable row level security;
alter table memberships force row level security;

-- Every statement sees and writes only the current tenant's rows; with no tenant set, none.
create policy tenant_isolation on memberships
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

-- A signed-in person may read their own memberships across organizations (and nothing
-- else of those organizations), so that the organization switcher can list them.
create policy own_memberships on memberships for select
    using (user_id = current_app_user_id());

grant select, insert, update, delete on memberships to ${app_role};
-- [jooq ignore stop]
