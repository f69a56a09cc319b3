-- Good-practice statements (PUB-2, PROTOCOL §5b): an organization's public statement of its
-- self-evaluation against the good-practice scheme (GB/T 20004) for a year, which places it on the
-- good-practice list. One current row per organization and year, as its last applied event (STATED,
-- then UPDATED for a resubmission) left it; every event stays in `versions` like the others.
create table statements (
    statement_key         varchar(80)   primary key,        -- "{creditCode}:statement:{year}"
    deployment_id         uuid          not null references deployments (id),
    credit_code           char(18)      not null references organizations (credit_code),
    year                  integer       not null,
    scheme_version        varchar(32)   not null,
    total_score           numeric(4,1)  not null,
    stars                 smallint      not null,
    -- false when any basic condition failed: then standard-setting should pause, and there is no star
    basic_conditions_met  boolean       not null,
    stated_on             date          not null,
    last_sequence         integer       not null,
    content_hash          char(64)      not null,
    statement             jsonb         not null,
    updated_at            timestamptz   not null,
    constraint statements_year_key unique (credit_code, year),
    constraint statements_score_check check (total_score between 0 and 100),
    constraint statements_stars_check check (stars between 0 and 3 and (basic_conditions_met or stars = 0))
);
-- An organization's statements, newest year first (GET /v1/organizations/{creditCode}/statements).
create index statements_organization_idx on statements (credit_code, year desc);
-- A deployment's subjects in key order (reconciliation digests).
create index statements_deployment_idx on statements (deployment_id, statement_key);

grant select, insert, update on statements to ${app_role};
