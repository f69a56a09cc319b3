-- The operator's registry backlog without counting the whole outbox.
--
-- V27's registry_backlog grouped every event of the deployment by state on every refresh of the
-- operator's page (every 2 s): at the national scale (two million events) that is a scan of the
-- whole outbox, 0.6 to 0.9 s each time on our machines. What the operator follows is the backlog
-- itself: the events still waiting, and how far the deployment has come since the oldest of them
-- was written. Both read only that window through indexes, so the cost follows the backlog, not
-- the history. Rejected and dead events come from V27's partial index of what needs someone.
--
-- The dead letters are now paged by position, newest first with the id breaking ties (events of one
-- transaction share their created_at): the operator's list pages through all of them.

-- The oldest waiting event, and the window from it.
create index registry_changes_pending_created_idx on registry_changes (created_at) where state = 'PENDING';
create index registry_changes_created_idx on registry_changes (created_at);
-- The dead letters newest first.
create index registry_changes_dead_idx on registry_changes (created_at desc, id desc) where state = 'DEAD';

-- [jooq ignore start]
drop function registry_backlog(timestamptz);
drop function registry_dead_letters(timestamptz, integer);

-- The backlog as the operator follows it: the waiting events and the oldest of them; of the events
-- written since that one, how many there are and how many the registry has settled (applied or
-- refused); and the rejected and dead events that need someone. It needs no clock: the window starts
-- at the oldest waiting event.
create function registry_backlog()
    returns table (pending bigint, oldest_pending timestamptz, window_events bigint, window_settled bigint,
                   rejected bigint, dead bigint)
    language plpgsql stable security definer
    set search_path = pg_catalog, public, pg_temp
as $$
declare
    oldest timestamptz;
begin
    perform require_no_tenant();
    select min(c.created_at) into oldest from registry_changes c where c.state = 'PENDING';
    return query
        select (select count(*) from registry_changes c where c.state = 'PENDING'),
               oldest,
               coalesce((select count(*) from registry_changes c
                          where c.created_at >= oldest and c.state <> 'SUPERSEDED'), 0),
               coalesce((select count(*) from registry_changes c
                          where c.created_at >= oldest and c.state in ('ACCEPTED', 'REJECTED')), 0),
               (select count(*) from registry_changes c where c.state = 'REJECTED'),
               (select count(*) from registry_changes c where c.state = 'DEAD');
end
$$;

-- Dead letters across organizations for the operator, newest first, a page at a time.
create function registry_dead_letters(p_offset integer, p_limit integer)
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
         where c.state = 'DEAD'
         order by c.created_at desc, c.id desc
        offset p_offset
         limit p_limit;
end
$$;

revoke all on function registry_backlog() from public;
revoke all on function registry_dead_letters(integer, integer) from public;
grant execute on function registry_backlog() to ${app_role};
grant execute on function registry_dead_letters(integer, integer) to ${app_role};
-- [jooq ignore stop]
