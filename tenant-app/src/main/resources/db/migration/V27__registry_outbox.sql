-- Self-declarations (PUB-1) and the registry outbox: what each organization makes public about
-- its standards reaches the national registry (registry-sync/PROTOCOL.md) through events written
-- in the same transaction as the change, delivered by the registry-sync relay in order per subject.

-- What the organization declares about a published standard beyond what its records prove: the
-- level, the key indicators, the comparison with national/industry/local standards, and its
-- confirmation of the two commitments (who, when). Generated at publication, confirmed by the
-- secretariat; nothing is sent before the confirmation.
create table standard_declarations (
    tenant_id               uuid          not null references organizations (id),
    standard_id             uuid          not null,
    level                   varchar(32),
    performance_indicators  jsonb         not null default '[]',
    functional_indicators   jsonb         not null default '[]',
    comparisons             jsonb         not null default '[]',
    confirmed_by            uuid,
    confirmed_by_name       varchar(100),
    confirmed_at            timestamptz,
    updated_at              timestamptz   not null,
    constraint standard_declarations_pkey primary key (tenant_id, standard_id),
    constraint standard_declarations_standard_fkey foreign key (tenant_id, standard_id)
        references standards (tenant_id, id),
    constraint standard_declarations_confirmed_check check ((confirmed_at is null) = (confirmed_by is null))
);
-- Standards published before declarations existed get theirs, unconfirmed (the owner reads
-- standards through V21's deadline_scan policy; this table's own RLS is switched on below).
insert into standard_declarations (tenant_id, standard_id, updated_at)
select tenant_id, id, now() from standards where stage in ('PUBLISHED', 'WITHDRAWN', 'REPLACED');
-- Published standards still waiting for their organization's confirmation.
create index standard_declarations_unconfirmed_idx on standard_declarations (tenant_id, updated_at)
    where confirmed_at is null;

-- One row per subject the organization has sent (a standard, its own profile): the last sequence
-- given and the content hash of the last declaration enqueued. The upsert that takes the next
-- sequence locks the row, so events of one subject are numbered in commit order; reconciliation
-- compares these hashes with the registry's.
create table registry_subjects (
    tenant_id      uuid          not null references organizations (id),
    subject        varchar(16)   not null,
    subject_key    varchar(80)   not null,
    last_sequence  integer       not null,
    content_hash   char(64)      not null,
    constraint registry_subjects_pkey primary key (tenant_id, subject, subject_key),
    constraint registry_subjects_subject_check check (subject in ('STANDARD', 'ORGANIZATION'))
);
-- Reconciliation pages through all subjects of the deployment by key.
create index registry_subjects_key_idx on registry_subjects (subject_key);

-- The registry outbox. Each row is one event (its id is the event's idempotency key), its body
-- exactly the canonical JSON that is signed and sent. States: PENDING (due at next_attempt_at; a
-- claimed row is leased by moving next_attempt_at forward), ACCEPTED (the registry's receipt),
-- REJECTED (the registry refused a field: the organization corrects it and a new row with the same
-- sequence SUPERSEDES this one), DEAD (given up after the configured tries; the operator replays it).
create table registry_changes (
    tenant_id        uuid          not null references organizations (id),
    id               uuid          not null,
    subject          varchar(16)   not null,
    subject_key      varchar(80)   not null,
    standard_id      uuid,
    sequence         integer       not null,
    event_type       varchar(16)   not null,
    event            text          not null,
    content_hash     char(64)      not null,
    state            varchar(16)   not null default 'PENDING',
    attempts         integer       not null default 0,
    next_attempt_at  timestamptz   not null,
    error_code       varchar(40),
    error_field      varchar(100),
    error_message    text,
    receipt          uuid,
    created_at       timestamptz   not null,
    accepted_at      timestamptz,
    constraint registry_changes_pkey primary key (tenant_id, id),
    constraint registry_changes_subject_check check (subject in ('STANDARD', 'ORGANIZATION')),
    constraint registry_changes_state_check check (state in ('PENDING', 'ACCEPTED', 'REJECTED', 'DEAD', 'SUPERSEDED')),
    constraint registry_changes_type_check check (event_type in ('PUBLISHED', 'REVISED', 'UPDATED', 'AMENDED',
        'WITHDRAWN', 'REPLACED', 'PROFILE')),
    constraint registry_changes_accepted_check check ((state = 'ACCEPTED') = (receipt is not null))
);
-- One live event per sequence of a subject (a superseded one gave its sequence to its correction).
create unique index registry_changes_sequence_key on registry_changes (tenant_id, subject, subject_key, sequence)
    where state <> 'SUPERSEDED';
-- The relay's claim: due rows across all organizations, oldest first.
create index registry_changes_claim_idx on registry_changes (next_attempt_at) where state = 'PENDING';
-- A standard's sync history on its page.
create index registry_changes_standard_idx on registry_changes (tenant_id, standard_id, sequence desc);
-- What needs someone: rejected (the organization) and dead (the operator).
create index registry_changes_attention_idx on registry_changes (state, created_at) where state in ('REJECTED', 'DEAD');

-- The deployment's enrolment with the registry: its id there and its Ed25519 key pair. Platform
-- level (not an organization's). The private key is kept here so every relay process of the
-- deployment signs with the same key; a production operator moves it to a key store.
create table registry_enrolment (
    registry_url   varchar(300)  not null primary key,
    deployment_id  uuid          not null,
    key_id         varchar(100)  not null,
    private_key    bytea         not null,
    public_key     bytea         not null,
    enrolled_at    timestamptz   not null
);

-- [jooq ignore start]
-- A queue table: every claim and mark leaves dead index entries at the front of the claim index,
-- so it is vacuumed after every few thousand changes, not after a fifth of the table.
alter table registry_changes set (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 5000,
    autovacuum_vacuum_cost_delay = 0, autovacuum_analyze_scale_factor = 0.02);
alter table standard_declarations enable row level security;
alter table standard_declarations force row level security;
-- An organization declares and confirms only its own standards; with no tenant set, nothing.
create policy tenant_isolation on standard_declarations
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

alter table registry_subjects enable row level security;
alter table registry_subjects force row level security;
create policy tenant_isolation on registry_subjects
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

alter table registry_changes enable row level security;
alter table registry_changes force row level security;
-- An organization writes its own events and sees their sync state; the relay crosses organizations
-- only through the SECURITY DEFINER functions below.
create policy tenant_isolation on registry_changes
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

grant select, insert, update on standard_declarations to ${app_role};
grant select, insert, update on registry_subjects to ${app_role};
grant select, insert, update on registry_changes to ${app_role};
grant select, insert on registry_enrolment to ${app_role};

-- Crossing tenants: the registry relay, its operator's backlog, reconciliation
-- ============================================================================
-- Same conventions as V21's outbox functions: owned by the owner role, search_path pinned,
-- refused inside a tenant's transaction, revoked from PUBLIC, granted to the application role.
-- The policies below are granted to the owner role only.
create policy registry_relay on registry_changes for all to current_user
    using (true) with check (true);
create policy registry_relay on registry_subjects for select to current_user
    using (true);

-- Claims up to p_limit due events, oldest first, across all organizations, keeping order per
-- subject: an event is claimable only when every earlier event of its subject is accepted, so
-- at most one event per subject is ever in flight, whatever number of relays run. Rows locked by
-- another relay are skipped; each claimed row is leased (next_attempt_at = p_now + p_lease) and
-- its attempt counted, so a relay that dies leaves it to be claimed again after the lease.
-- The claim's plan is pinned: walk the claim index in due order, probe each candidate's earlier
-- events through the sequence index, lock, stop at p_limit — whatever the backlog behind. Left to
-- the planner, statistics that lag a burst of inserts (or a plan cached while the table was small)
-- give a sort of the whole backlog or a nested loop over sequential scans: measured 1.3 s and then
-- a minute per claim at 69,000 due events, against 20–100 ms with this plan. Hence, inside this
-- function only, no sorts, bitmap or sequential scans, hash or merge joins.
create function registry_claim(p_now timestamptz, p_lease interval, p_limit integer)
    returns setof registry_changes
    language plpgsql volatile security definer
    set search_path = pg_catalog, public, pg_temp
    set enable_sort = off
    set enable_bitmapscan = off
    set enable_seqscan = off
    set enable_hashjoin = off
    set enable_mergejoin = off
as $$
begin
    perform require_no_tenant();
    return query
        with claimable as (
            select c.tenant_id, c.id
              from registry_changes c
             where c.state = 'PENDING' and c.next_attempt_at <= p_now
               and not exists (
                   select 1 from registry_changes e
                    where e.tenant_id = c.tenant_id and e.subject = c.subject and e.subject_key = c.subject_key
                      and e.sequence < c.sequence and e.state in ('PENDING', 'REJECTED', 'DEAD'))
             order by c.next_attempt_at
             limit p_limit
               for update skip locked)
        update registry_changes c
           set attempts = c.attempts + 1, next_attempt_at = p_now + p_lease
          from claimable
         where c.tenant_id = claimable.tenant_id and c.id = claimable.id
        returning c.*;
end
$$;

-- Records the registry's answers for a batch in one statement. Per event: ACCEPTED with the
-- receipt; PENDING again at p_next (a retry); REJECTED or DEAD with the registry's code, field and
-- message. Only rows still PENDING change: an answer that arrives after an operator or another
-- relay settled the row changes nothing. Returns the rows marked.
-- One primary-key update per answer, so that the cost of recording a batch never depends on the
-- size of the outbox (a set-based UPDATE … FROM unnest(…) was planned as a scan of it).
create function registry_mark(p_tenants uuid[], p_ids uuid[], p_states varchar[], p_receipts uuid[],
                              p_codes varchar[], p_fields varchar[], p_messages text[], p_next timestamptz[],
                              p_now timestamptz)
    returns integer
    language plpgsql volatile security definer
    set search_path = pg_catalog, public, pg_temp
as $$
declare
    marked integer := 0;
    changed integer;
begin
    perform require_no_tenant();
    for i in 1 .. coalesce(array_length(p_ids, 1), 0) loop
        update registry_changes c
           set state = p_states[i], receipt = p_receipts[i],
               accepted_at = case when p_states[i] = 'ACCEPTED' then p_now end,
               error_code = p_codes[i], error_field = p_fields[i], error_message = left(p_messages[i], 2000),
               next_attempt_at = coalesce(p_next[i], c.next_attempt_at)
         where c.tenant_id = p_tenants[i] and c.id = p_ids[i] and c.state = 'PENDING';
        get diagnostics changed = row_count;
        marked := marked + changed;
    end loop;
    return marked;
end
$$;

-- The registry answered OUT_OF_ORDER and expects p_expected: it lacks events this deployment had
-- recorded as accepted (a registry restored from a backup). They become due again, in order, with
-- their own idempotency keys; the registry applies them as new. Returns the events re-queued.
create function registry_requeue_from(p_tenant uuid, p_subject varchar, p_subject_key varchar,
                                      p_expected integer, p_now timestamptz)
    returns integer
    language plpgsql volatile security definer
    set search_path = pg_catalog, public, pg_temp
as $$
declare
    requeued integer;
begin
    perform require_no_tenant();
    update registry_changes
       set state = 'PENDING', receipt = null, accepted_at = null, next_attempt_at = p_now,
           error_code = 'OUT_OF_ORDER', error_message = null, error_field = null
     where tenant_id = p_tenant and subject = p_subject and subject_key = p_subject_key
       and sequence >= p_expected and state = 'ACCEPTED';
    get diagnostics requeued = row_count;
    return requeued;
end
$$;

-- The operator's view of the whole deployment: how many events are in each state, how many of
-- the pending are overdue, and the oldest pending one's age.
create function registry_backlog(p_now timestamptz)
    returns table (state varchar, events bigint, oldest timestamptz)
    language plpgsql stable security definer
    set search_path = pg_catalog, public, pg_temp
as $$
begin
    perform require_no_tenant();
    return query
        select c.state, count(*), min(c.created_at)
          from registry_changes c
         where c.state <> 'SUPERSEDED'
         group by c.state;
end
$$;

-- Dead letters across organizations for the operator, newest first, paged by (created_at, id).
create function registry_dead_letters(p_before timestamptz, p_limit integer)
    returns table (tenant_id uuid, id uuid, subject_key varchar, sequence integer, event_type varchar,
                   attempts integer, error_code varchar, error_message text, created_at timestamptz)
    language plpgsql stable security definer
    set search_path = pg_catalog, public, pg_temp
as $$
begin
    perform require_no_tenant();
    return query
        select c.tenant_id, c.id, c.subject_key, c.sequence, c.event_type, c.attempts, c.error_code,
               c.error_message, c.created_at
          from registry_changes c
         where c.state = 'DEAD' and c.created_at < p_before
         order by c.created_at desc
         limit p_limit;
end
$$;

-- The operator replays dead letters (one, or all when p_id is null): due now, tries counted anew.
create function registry_replay_dead(p_tenant uuid, p_id uuid, p_now timestamptz)
    returns integer
    language plpgsql volatile security definer
    set search_path = pg_catalog, public, pg_temp
as $$
declare
    replayed integer;
begin
    perform require_no_tenant();
    update registry_changes
       set state = 'PENDING', attempts = 0, next_attempt_at = p_now
     where state = 'DEAD' and (p_id is null or (tenant_id = p_tenant and id = p_id));
    get diagnostics replayed = row_count;
    return replayed;
end
$$;

-- Reconciliation reads the deployment's subjects by key, a page at a time, with whether every
-- event of the subject is settled (nothing pending: an in-flight subject is not drift).
create function registry_local_digests(p_after varchar, p_limit integer)
    returns table (tenant_id uuid, subject varchar, subject_key varchar, last_sequence integer,
                   content_hash char(64), settled boolean)
    language plpgsql stable security definer
    set search_path = pg_catalog, public, pg_temp
as $$
begin
    perform require_no_tenant();
    return query
        select s.tenant_id, s.subject, s.subject_key, s.last_sequence, s.content_hash,
               not exists (select 1 from registry_changes c
                            where c.tenant_id = s.tenant_id and c.subject = s.subject
                              and c.subject_key = s.subject_key and c.state in ('PENDING', 'REJECTED', 'DEAD'))
          from registry_subjects s
         where s.subject_key > p_after
         order by s.subject_key
         limit p_limit;
end
$$;

revoke all on function registry_claim(timestamptz, interval, integer) from public;
revoke all on function registry_mark(uuid[], uuid[], varchar[], uuid[], varchar[], varchar[], text[], timestamptz[],
                                     timestamptz) from public;
revoke all on function registry_requeue_from(uuid, varchar, varchar, integer, timestamptz) from public;
revoke all on function registry_backlog(timestamptz) from public;
revoke all on function registry_dead_letters(timestamptz, integer) from public;
revoke all on function registry_replay_dead(uuid, uuid, timestamptz) from public;
revoke all on function registry_local_digests(varchar, integer) from public;
grant execute on function registry_claim(timestamptz, interval, integer) to ${app_role};
grant execute on function registry_mark(uuid[], uuid[], varchar[], uuid[], varchar[], varchar[], text[], timestamptz[],
                                        timestamptz) to ${app_role};
grant execute on function registry_requeue_from(uuid, varchar, varchar, integer, timestamptz) to ${app_role};
grant execute on function registry_backlog(timestamptz) to ${app_role};
grant execute on function registry_dead_letters(timestamptz, integer) to ${app_role};
grant execute on function registry_replay_dead(uuid, uuid, timestamptz) to ${app_role};
grant execute on function registry_local_digests(varchar, integer) to ${app_role};
-- [jooq ignore stop]
