-- Tenancy primitives shared by every row-level-security policy.
--
-- The application sets the tenant once per transaction with
--   select set_config('app.tenant_id', '<uuid>', true)
-- (transaction-local, so a pooled connection never carries it to the next borrower).
-- With no tenant set the functions return null, and "tenant_id = null" matches no row:
-- policies fail closed.

-- [jooq ignore start]
create function current_tenant_id() returns uuid
    language sql stable parallel safe
as $$ select nullif(current_setting('app.tenant_id', true), '')::uuid $$;

comment on function current_tenant_id() is
    'The tenant of the current transaction, or null when none is set (then RLS policies match nothing).';

-- The signed-in person, set only where a query must reach that person's own rows across
-- tenants (the organization switcher lists the memberships of the person, nobody else's).
create function current_app_user_id() returns uuid
    language sql stable parallel safe
as $$ select nullif(current_setting('app.user_id', true), '')::uuid $$;

grant usage on schema public to ${app_role};
grant execute on function current_tenant_id() to ${app_role};
grant execute on function current_app_user_id() to ${app_role};
-- [jooq ignore stop]
