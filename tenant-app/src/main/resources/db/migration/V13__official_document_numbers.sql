-- Numbers of the organization's own documents, notices and decisions (LC-4), by a rule each
-- organization sets per series; the sequence restarts every year and never repeats within one.

create table document_numbering_rules (
    tenant_id  uuid          not null references organizations (id),
    series     varchar(16)   not null,
    pattern    varchar(100)  not null,
    constraint document_numbering_rules_pkey primary key (tenant_id, series),
    constraint document_numbering_rules_series_check check (series in ('NOTICE', 'DECISION')),
    -- without the year and the sequence a number could repeat
    constraint document_numbering_rules_pattern_check check ((pattern like '%{seq}%' or pattern like '%{seq3}%') and pattern like '%{year}%')
);

-- One row per organization, series and year, advanced inside the issuing transaction.
create table document_number_sequences (
    tenant_id      uuid         not null references organizations (id),
    series         varchar(16)  not null,
    year           integer      not null,
    last_sequence  integer      not null,
    constraint document_number_sequences_pkey primary key (tenant_id, series, year)
);

-- The register of every number issued, and to what.
create table issued_document_numbers (
    tenant_id     uuid          not null references organizations (id),
    series        varchar(16)   not null,
    year          integer       not null,
    sequence      integer       not null,
    number        varchar(120)  not null,
    subject_type  varchar(32)   not null,
    subject_id    uuid          not null,
    issued_by     uuid          not null references users (id),
    issued_at     timestamptz   not null,
    constraint issued_document_numbers_pkey primary key (tenant_id, series, year, sequence),
    constraint issued_document_numbers_number_key unique (tenant_id, number)
);
create index issued_document_numbers_subject_idx on issued_document_numbers (tenant_id, subject_type, subject_id);

-- [jooq ignore start]
alter table document_numbering_rules enable row level security;
alter table document_numbering_rules force row level security;
-- Each organization reads and sets only its own rules.
create policy tenant_isolation on document_numbering_rules
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

alter table document_number_sequences enable row level security;
alter table document_number_sequences force row level security;
-- Each organization advances only its own sequences.
create policy tenant_isolation on document_number_sequences
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

alter table issued_document_numbers enable row level security;
alter table issued_document_numbers force row level security;
-- Each organization sees and issues only its own numbers.
create policy tenant_isolation on issued_document_numbers
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

grant select, insert, update on document_numbering_rules to ${app_role};
grant select, insert, update on document_number_sequences to ${app_role};
-- An issued number is never changed or given back.
grant select, insert on issued_document_numbers to ${app_role};
-- [jooq ignore stop]
