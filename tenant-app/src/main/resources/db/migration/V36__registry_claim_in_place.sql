-- The relay's claim leases events in place, so that a claim writes no index entry and copies no
-- event body (measured in V27's claim: ~530 ms per 500 events, most of it writing).
--
-- V27 leased a claimed event by moving next_attempt_at, the key of the claim index: every claim
-- wrote a whole new row version (the event's canonical JSON, ~2 kB, inline) and a new entry in
-- every index, and left a dead entry at the front of the claim index for the next claim to read.
-- Now the lease is a column of its own that no index holds, so claiming is a HOT update (the new
-- version stays on its page, no index changes), and the event body lives out of line in TOAST, so
-- neither the claim nor the recording of the answer copies it.
alter table registry_changes add column leased_until timestamptz;

-- [jooq ignore start]
alter table registry_changes set (toast_tuple_target = 128, fillfactor = 70);
-- Claims up to p_limit due events, oldest first, across all organizations, keeping order per
-- subject (V27: an event is claimable only when every earlier event of its subject is accepted, so
-- at most one event per subject is in flight, whatever number of relays run). A due event leased
-- by another relay whose lease has not run out is passed over; rows being claimed by another relay
-- right now are skipped. Each claimed row is leased until p_now + p_lease and its attempt counted,
-- so a relay that dies leaves it to be claimed again after the lease. The plan stays pinned as in
-- V27: walk the claim index in due order and stop at p_limit, whatever the backlog behind.
create or replace function registry_claim(p_now timestamptz, p_lease interval, p_limit integer)
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
               and (c.leased_until is null or c.leased_until <= p_now)
               and not exists (
                   select 1 from registry_changes e
                    where e.tenant_id = c.tenant_id and e.subject = c.subject and e.subject_key = c.subject_key
                      and e.sequence < c.sequence and e.state in ('PENDING', 'REJECTED', 'DEAD'))
             order by c.next_attempt_at
             limit p_limit
               for update skip locked)
        update registry_changes c
           set attempts = c.attempts + 1, leased_until = p_now + p_lease
          from claimable
         where c.tenant_id = claimable.tenant_id and c.id = claimable.id
        returning c.*;
end
$$;

-- Records the registry's answers (V27), ending the lease: a retry is due at p_next, not when the
-- lease would have run out.
create or replace function registry_mark(p_tenants uuid[], p_ids uuid[], p_states varchar[], p_receipts uuid[],
                                         p_codes varchar[], p_fields varchar[], p_messages text[],
                                         p_next timestamptz[], p_now timestamptz)
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
               next_attempt_at = coalesce(p_next[i], c.next_attempt_at), leased_until = null
         where c.tenant_id = p_tenants[i] and c.id = p_ids[i] and c.state = 'PENDING';
        get diagnostics changed = row_count;
        marked := marked + changed;
    end loop;
    return marked;
end
$$;

-- Re-queued (V27) and replayed events are due at once, with no lease left over.
create or replace function registry_requeue_from(p_tenant uuid, p_subject varchar, p_subject_key varchar,
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
       set state = 'PENDING', receipt = null, accepted_at = null, next_attempt_at = p_now, leased_until = null,
           error_code = 'OUT_OF_ORDER', error_message = null, error_field = null
     where tenant_id = p_tenant and subject = p_subject and subject_key = p_subject_key
       and sequence >= p_expected and state = 'ACCEPTED';
    get diagnostics requeued = row_count;
    return requeued;
end
$$;

create or replace function registry_replay_dead(p_tenant uuid, p_id uuid, p_now timestamptz)
    returns integer
    language plpgsql volatile security definer
    set search_path = pg_catalog, public, pg_temp
as $$
declare
    replayed integer;
begin
    perform require_no_tenant();
    update registry_changes
       set state = 'PENDING', attempts = 0, next_attempt_at = p_now, leased_until = null
     where state = 'DEAD' and (p_id is null or (tenant_id = p_tenant and id = p_id));
    get diagnostics replayed = row_count;
    return replayed;
end
$$;
-- [jooq ignore stop]
