-- The relay records a batch's answers in one statement instead of one UPDATE per event.
--
-- V36's registry_mark looped over the answers in PL/pgSQL: 500 separate UPDATEs per batch, 150 to
-- 450 ms of the relay's round on a busy machine (measured with log_min_duration_statement during
-- ./dev bench-registry), while the claim of the same round took 5 to 20 ms. One UPDATE joined to the
-- answers does the same work in a single pass. The join is pinned to the primary key, as the claim
-- is (V27): whatever the planner guesses of an array's length, it never scans the outbox.
-- [jooq ignore start]
create or replace function registry_mark(p_tenants uuid[], p_ids uuid[], p_states varchar[], p_receipts uuid[],
                                         p_codes varchar[], p_fields varchar[], p_messages text[],
                                         p_next timestamptz[], p_now timestamptz)
    returns integer
    language plpgsql volatile security definer
    set search_path = pg_catalog, public, pg_temp
    set enable_seqscan = off
    set enable_bitmapscan = off
    set enable_hashjoin = off
    set enable_mergejoin = off
as $$
declare
    marked integer;
begin
    perform require_no_tenant();
    update registry_changes c
       set state = a.state, receipt = a.receipt,
           accepted_at = case when a.state = 'ACCEPTED' then p_now end,
           error_code = a.code, error_field = a.field, error_message = left(a.message, 2000),
           next_attempt_at = coalesce(a.next_attempt_at, c.next_attempt_at), leased_until = null
      from unnest(p_tenants, p_ids, p_states, p_receipts, p_codes, p_fields, p_messages, p_next)
               as a(tenant_id, id, state, receipt, code, field, message, next_attempt_at)
     where c.tenant_id = a.tenant_id and c.id = a.id and c.state = 'PENDING';
    get diagnostics marked = row_count;
    return marked;
end
$$;
-- [jooq ignore stop]
