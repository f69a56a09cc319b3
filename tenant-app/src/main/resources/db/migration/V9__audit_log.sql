-- The organization's append-only, hash-chained audit log (AUD-1).
--
-- Each event carries the SHA-256 of its predecessor in the same organization, so that a changed,
-- removed or inserted event breaks the chain at that point and the verification finds it. The
-- head row per organization serializes appends: an appender locks it, so two transactions never
-- claim the same sequence or chain onto the same predecessor.

create table audit_events (
    tenant_id      uuid          not null references organizations (id),
    sequence       bigint        not null,
    recorded_at    timestamptz   not null,
    actor_id       uuid          not null,
    subject_type   varchar(40)   not null,
    subject_id     uuid          not null,
    action         varchar(60)   not null,
    reason         text,
    -- the details as canonical JSON text, stored exactly as hashed
    details        text          not null,
    previous_hash  char(64)      not null,
    hash           char(64)      not null,
    constraint audit_events_pkey primary key (tenant_id, sequence),
    constraint audit_events_sequence_check check (sequence > 0)
);
-- A subject's history, newest first (a standard's full history in the UI).
create index audit_events_subject_idx on audit_events (tenant_id, subject_type, subject_id, sequence);

create table audit_heads (
    tenant_id      uuid          not null references organizations (id),
    last_sequence  bigint        not null,
    last_hash      char(64)      not null,
    constraint audit_heads_pkey primary key (tenant_id)
);

-- [jooq ignore start]
alter table audit_events enable row level security;
alter table audit_events force row level security;
-- Each organization sees and appends only its own events.
create policy tenant_isolation on audit_events
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

alter table audit_heads enable row level security;
alter table audit_heads force row level security;
create policy tenant_isolation on audit_heads
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

-- Append-only twice over: the application role may only select and insert, and a trigger refuses
-- updates and deletes from anyone, the owner included (truncation is not granted to the app).
create function audit_events_are_append_only() returns trigger
    language plpgsql
as $$
begin
    raise exception 'audit_events is append-only (AUD-1): % refused', tg_op
        using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_events_append_only
    before update or delete on audit_events
    for each row execute function audit_events_are_append_only();

grant select, insert on audit_events to ${app_role};
grant select, insert, update on audit_heads to ${app_role};
-- [jooq ignore stop]
