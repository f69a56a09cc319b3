-- Violations and their handling as decided by supervisory authorities (PUB-4, PROTOCOL §5c): an
-- authority's decision on a violation by an organization, made public through the registry. One
-- current row per decision, as its last applied event (DECIDED, then UPDATED for a correction) left
-- it; every event stays in `versions` like the others. The organization concerned need not be known
-- here (its own deployment sends its profile, the authority does not), so there is no foreign key to
-- organizations: the event names both parties.
create table violations (
    violation_key          varchar(80)   primary key,        -- "{creditCode}:violation:{violationId}"
    deployment_id          uuid          not null references deployments (id),
    credit_code            char(18)      not null,           -- the organization concerned
    organization_name      varchar(200)  not null,
    authority_credit_code  char(18)      not null,
    authority_name         varchar(200)  not null,
    measure                varchar(16)   not null,           -- 责令整改, 警告, 通报批评, 责令废止团体标准
    decision_number        varchar(60)   not null,
    decided_on             date          not null,
    published_on           date          not null,
    last_sequence          integer       not null,
    content_hash           char(64)      not null,
    violation              jsonb         not null,
    updated_at             timestamptz   not null,
    constraint violations_measure_check check (measure in ('责令整改', '警告', '通报批评', '责令废止团体标准')),
    constraint violations_published_check check (published_on >= decided_on)
);
-- An organization's violations, newest decision first (GET /v1/organizations/{creditCode}/violations).
create index violations_organization_idx on violations (credit_code, decided_on desc, violation_key);
-- A deployment's subjects in key order (reconciliation digests).
create index violations_deployment_idx on violations (deployment_id, violation_key);

grant select, insert, update on violations to ${app_role};
