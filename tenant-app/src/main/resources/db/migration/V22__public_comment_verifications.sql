-- A member of the public comments on a draft open for public comment (PART-1) after proving an
-- e-mail address with a one-time code: no account, no captcha. Codes are kept only as salted
-- hashes, expire, count wrong attempts, and the requests per address and per network address are
-- counted for the rate limit.

create table comment_verifications (
    tenant_id       uuid          not null references organizations (id),
    id              uuid          not null,
    standard_id     uuid          not null,
    email           varchar(254)  not null,
    code_sha256     char(64)      not null,
    requested_from  varchar(64)   not null,
    requested_at    timestamptz   not null,
    expires_at      timestamptz   not null,
    attempts        integer       not null default 0,
    verified_at     timestamptz,
    constraint comment_verifications_pkey primary key (tenant_id, id),
    constraint comment_verifications_standard_fkey foreign key (tenant_id, standard_id) references standards (tenant_id, id)
);

-- the rate limits count recent requests per address and per network address
create index comment_verifications_email_idx on comment_verifications (tenant_id, email, requested_at);
create index comment_verifications_requested_from_idx on comment_verifications (tenant_id, requested_from, requested_at);

-- [jooq ignore start]
alter table comment_verifications enable row level security;
alter table comment_verifications force row level security;
-- a verification belongs to the organization whose draft is commented on
create policy tenant_isolation on comment_verifications
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

-- a code is never changed after it is issued; only its attempts and verification are recorded
grant select, insert, update (attempts, verified_at) on comment_verifications to ${app_role};
-- [jooq ignore stop]
