-- Conflict-of-interest declarations of the people working on a standard (PART-5): what interest
-- they have, and whether they recuse themselves, which keeps them out of the vote.

create table interest_declarations (
    tenant_id    uuid          not null references organizations (id),
    id           uuid          not null,
    standard_id  uuid          not null,
    person_id    uuid          not null references users (id),
    interest     text          not null,
    recused      boolean       not null,
    declared_at  timestamptz   not null,
    constraint interest_declarations_pkey primary key (tenant_id, id),
    constraint interest_declarations_standard_fkey foreign key (tenant_id, standard_id) references standards (tenant_id, id),
    -- one declaration per person and project: it is a record, not a draft
    constraint interest_declarations_person_key unique (tenant_id, standard_id, person_id)
);

-- [jooq ignore start]
alter table interest_declarations enable row level security;
alter table interest_declarations force row level security;
create policy tenant_isolation on interest_declarations
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

grant select, insert on interest_declarations to ${app_role};
-- [jooq ignore stop]
