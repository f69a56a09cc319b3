-- Patent declarations on a standard in work and the organization's IP register (PART-4). A
-- declaration refusing a licence blocks approval until the decision taken about it is recorded.

create table patent_declarations (
    tenant_id            uuid          not null references organizations (id),
    id                   uuid          not null,
    standard_id          uuid          not null,
    patent_number        varchar(40)   not null,
    patent_title         varchar(300)  not null,
    holder               varchar(200)  not null,
    licensing            varchar(16)   not null,
    declarant_name       varchar(100)  not null,
    declarant_contact    varchar(200),
    declared_by          uuid          references users (id),
    declared_at          timestamptz   not null,
    refusal_decision     text,
    refusal_decided_by   uuid          references users (id),
    refusal_decided_at   timestamptz,
    constraint patent_declarations_pkey primary key (tenant_id, id),
    constraint patent_declarations_standard_fkey foreign key (tenant_id, standard_id) references standards (tenant_id, id),
    constraint patent_declarations_licensing_check check (licensing in ('FREE', 'FRAND', 'REFUSE')),
    -- only a refusal is decided on
    constraint patent_declarations_decision_check check (refusal_decision is null or licensing = 'REFUSE')
);
-- A standard's declarations, and the organization's register, newest first.
create index patent_declarations_standard_idx on patent_declarations (tenant_id, standard_id, declared_at desc);
create index patent_declarations_register_idx on patent_declarations (tenant_id, declared_at desc);

-- [jooq ignore start]
alter table patent_declarations enable row level security;
alter table patent_declarations force row level security;
create policy tenant_isolation on patent_declarations
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

-- Declarations are kept; only the decision on a refusal is added to one.
grant select, insert, update on patent_declarations to ${app_role};
-- [jooq ignore stop]
