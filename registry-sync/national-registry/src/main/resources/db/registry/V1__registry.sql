-- The reference national registry's own database (registry-sync/PROTOCOL.md). It receives signed
-- events from many deployments (the federation), keeps every version it applied, and answers public
-- search, OAI-PMH harvesting and national statistics from the current rows.

create extension if not exists pg_trgm;

-- A deployment is enrolled once; its Ed25519 public keys sign everything it sends (section 1).
create table deployments (
    id           uuid          primary key,
    name         varchar(200)  not null,
    enrolled_at  timestamptz   not null
);

create table deployment_keys (
    key_id         varchar(100)  primary key,          -- "{deploymentId}#{n}"
    deployment_id  uuid          not null references deployments (id),
    public_key     bytea         not null,             -- X.509 SubjectPublicKeyInfo (DER) of the Ed25519 key
    added_at       timestamptz   not null,
    revoked_at     timestamptz
);
create index deployment_keys_deployment_idx on deployment_keys (deployment_id);
-- Enrolling the same public key again answers the key already enrolled (idempotent enrolment).
create unique index deployment_keys_public_key_idx on deployment_keys (public_key);

-- Organizations as their deployments last described them (section 5a). The credit code is national:
-- the deployment that first sent it owns it.
create table organizations (
    credit_code       char(18)      primary key,
    deployment_id     uuid          not null references deployments (id),
    name              varchar(200)  not null,
    kind              varchar(16)   not null,
    region_code       char(6)       not null,           -- GB/T 2260
    industry_section  char(1)       not null,           -- GB/T 4754 section, A–T
    sector            varchar(16)   not null,           -- INDUSTRY, SERVICES, AGRICULTURE, SOCIAL
    registered_on     date          not null,
    last_sequence     integer       not null,
    content_hash      char(64)      not null,
    profile           jsonb         not null,
    updated_at        timestamptz   not null,
    constraint organizations_kind_check check (kind in ('ASSOCIATION', 'SOCIETY', 'CHAMBER', 'ALLIANCE', 'OTHER')),
    constraint organizations_sector_check check (sector in ('INDUSTRY', 'SERVICES', 'AGRICULTURE', 'SOCIAL'))
);
create index organizations_deployment_idx on organizations (deployment_id, credit_code);
create index organizations_region_idx on organizations (region_code);

-- Standards as their last applied event left them (section 5): what search, OAI-PMH and statistics
-- read. A withdrawn or replaced standard stays (OAI-PMH: deletedRecord=persistent).
create table standards (
    standard_key   varchar(80)   primary key,          -- "{creditCode}:{standardId}"
    deployment_id  uuid          not null references deployments (id),
    credit_code    char(18)      not null references organizations (credit_code),
    number         varchar(60)   not null,
    title          varchar(500)  not null,
    title_en       varchar(500),
    status         varchar(8)    not null,             -- 现行, 废止, 被代替 (the platform's labels)
    published_on   date          not null,
    in_force_from  date,
    ics            varchar(32),
    ccs            varchar(32),
    replaces       varchar(80),
    last_sequence  integer       not null,
    content_hash   char(64)      not null,
    declaration    jsonb         not null,
    -- when it last changed here: OAI-PMH's datestamp (from/until) and the order of incremental harvests
    datestamp      timestamptz   not null,
    -- title, English title, number (also with a hyphen for the em dash) and scope, for substring
    -- search in Chinese (trigram index)
    search_text    text          not null,
    constraint standards_status_check check (status in ('现行', '废止', '被代替'))
);
create index standards_organization_idx on standards (credit_code, standard_key);
create index standards_deployment_idx on standards (deployment_id, standard_key);
create index standards_datestamp_idx on standards (datestamp, standard_key);
create index standards_published_idx on standards (published_on);
create index standards_search_idx on standards using gin (search_text gin_trgm_ops);

-- Every event applied, standards' and organizations' alike, exactly as received (canonical JSON),
-- with the receipt the deployment got and the key that signed it.
create table versions (
    subject          varchar(16)   not null,            -- STANDARD, ORGANIZATION
    subject_key      varchar(80)   not null,
    sequence         integer       not null,
    event_type       varchar(16)   not null,
    idempotency_key  uuid          not null,
    event            jsonb         not null,
    event_digest     char(64)      not null,            -- SHA-256 of the canonical event: a reused key must match it
    content_hash     char(64)      not null,
    receipt          uuid          not null,
    key_id           varchar(100)  not null references deployment_keys (key_id),
    received_at      timestamptz   not null,
    constraint versions_pkey primary key (subject, subject_key, sequence),
    constraint versions_idempotency_key_key unique (idempotency_key)
);

-- Batch-level idempotency (section 4): the answer given to each batch, replayed for the same key and
-- body digest, refused for another digest. Kept 30 days.
create table batches (
    idempotency_key  uuid          primary key,
    deployment_id    uuid          not null references deployments (id),
    body_digest      varchar(100)  not null,
    response         jsonb         not null,
    received_at      timestamptz   not null
);
create index batches_received_idx on batches (received_at);

-- The application role (the pool the service answers on) owns nothing and gets only what it needs:
-- versions are append-only, deployments are never deleted, answers to batches expire after 30 days.
grant usage on schema public to ${app_role};
grant select, insert on deployments, versions to ${app_role};
grant select, insert, update on deployment_keys, organizations, standards to ${app_role};
grant select, insert, delete on batches to ${app_role};
