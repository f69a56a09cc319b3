-- What happens to a published standard afterwards (LC-8): dissemination and training events,
-- implementation feedback, adoption records, conversion requests into national/industry/local
-- standards with their outcome, and use of the standard's logo as a registered trademark.

create table implementation_records (
    tenant_id           uuid          not null references organizations (id),
    id                  uuid          not null,
    standard_id         uuid          not null,
    kind                varchar(32)   not null,
    occurred_on         date          not null,
    title               varchar(200)  not null,
    counterpart         varchar(200),
    participants        integer,
    description         text,
    conversion_level    varchar(16),
    conversion_outcome  varchar(16),
    outcome_on          date,
    outcome_note        text,
    recorded_by         uuid          not null references users (id),
    recorded_at         timestamptz   not null,
    constraint implementation_records_pkey primary key (tenant_id, id),
    constraint implementation_records_standard_fkey foreign key (tenant_id, standard_id)
        references standards (tenant_id, id),
    constraint implementation_records_kind_check check (kind in ('DISSEMINATION_EVENT', 'TRAINING',
        'IMPLEMENTATION_FEEDBACK', 'ADOPTION', 'CONVERSION_REQUEST', 'TRADEMARK_USE')),
    -- only events count participants
    constraint implementation_records_participants_check check (
        participants is null or (participants > 0 and kind in ('DISSEMINATION_EVENT', 'TRAINING'))),
    -- a conversion request names the level and carries an outcome; nothing else does
    constraint implementation_records_conversion_check check (
        (kind = 'CONVERSION_REQUEST' and conversion_level in ('NATIONAL', 'INDUSTRY', 'LOCAL')
            and conversion_outcome in ('PENDING', 'ACCEPTED', 'REJECTED'))
        or (kind <> 'CONVERSION_REQUEST' and conversion_level is null and conversion_outcome is null)),
    constraint implementation_records_outcome_check check ((conversion_outcome in ('ACCEPTED', 'REJECTED')) = (outcome_on is not null))
);
-- A standard's records by kind, newest first; and the organization's open conversion requests.
create index implementation_records_standard_idx on implementation_records (tenant_id, standard_id, kind, occurred_on desc);
create index implementation_records_pending_idx on implementation_records (tenant_id, occurred_on)
    where conversion_outcome = 'PENDING';

-- [jooq ignore start]
alter table implementation_records enable row level security;
alter table implementation_records force row level security;
create policy tenant_isolation on implementation_records
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

-- Records are facts: kept, never deleted; only a pending conversion request gets its outcome.
grant select, insert, update on implementation_records to ${app_role};
-- [jooq ignore stop]
