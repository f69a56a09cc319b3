-- Invitations to join an organization (the operator invites an organization's first
-- administrator; administrators invite their users). The token handed to the invitee is
-- "<tenant id>.<secret>": the tenant part lets acceptance set the tenant before it looks
-- the invitation up under RLS; only the SHA-256 of the secret is stored.
create table invitations (
    tenant_id    uuid          not null references organizations (id),
    id           uuid          not null,
    email        varchar(200)  not null,
    display_name varchar(100)  not null,
    roles        varchar(32)[] not null,
    secret_hash  char(64)      not null,
    invited_by   uuid          not null references users (id),
    created_at   timestamptz   not null,
    expires_at   timestamptz   not null,
    accepted_at  timestamptz,
    constraint invitations_pkey primary key (tenant_id, id),
    constraint invitations_secret_key unique (tenant_id, secret_hash),
    constraint invitations_has_role check (cardinality(roles) > 0)
);
create index invitations_open_idx on invitations (tenant_id, created_at desc) where accepted_at is null;

-- [jooq ignore start]
alter table invitations enable row level security;
alter table invitations force row level security;

-- Every statement sees and writes only the current tenant's rows; with no tenant set, none.
create policy tenant_isolation on invitations
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

grant select, insert, update on invitations to ${app_role};
-- [jooq ignore stop]
