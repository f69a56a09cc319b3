-- Amendments (修改单) attached to a published standard (LC-1): numbered per standard, approved by
-- the decision body under a decision reference, with their text kept as a document version.

create table standard_amendments (
    tenant_id           uuid          not null references organizations (id),
    standard_id         uuid          not null,
    sequence            integer       not null,
    summary             text          not null,
    decision_reference  varchar(200)  not null,
    published_on        date          not null,
    in_force_from       date          not null,
    document_id         uuid          not null,
    recorded_by         uuid          not null references users (id),
    recorded_at         timestamptz   not null,
    constraint standard_amendments_pkey primary key (tenant_id, standard_id, sequence),
    constraint standard_amendments_standard_fkey foreign key (tenant_id, standard_id) references standards (tenant_id, id),
    constraint standard_amendments_document_fkey foreign key (tenant_id, document_id) references documents (tenant_id, id),
    constraint standard_amendments_sequence_check check (sequence > 0),
    constraint standard_amendments_in_force_check check (in_force_from >= published_on)
);

-- [jooq ignore start]
alter table standard_amendments enable row level security;
alter table standard_amendments force row level security;
create policy tenant_isolation on standard_amendments
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

-- An amendment, once published, is a record: never changed or removed.
grant select, insert on standard_amendments to ${app_role};
-- [jooq ignore stop]
