-- The organization's member register (ORG-4) and its bodies with their seats (ORG-3), tenant-owned.

-- Member units and individual experts. A unit records its type; every member its stakeholder
-- category, so that a working group can show its stakeholder balance (ORG-4).
create table registered_members (
    tenant_id             uuid          not null references organizations (id),
    id                    uuid          not null,
    member_kind           varchar(16)   not null,
    name                  varchar(200)  not null,
    unit_type             varchar(32),
    credit_code           varchar(18),
    stakeholder_category  varchar(32)   not null,
    foreign_invested      boolean       not null default false,
    affiliation           varchar(200),
    expertise             varchar(300),
    contact_name          varchar(100),
    contact_phone         varchar(40),
    joined_on             date          not null,
    left_on               date,
    created_at            timestamptz   not null,
    constraint registered_members_pkey primary key (tenant_id, id),
    constraint registered_members_kind_check check (member_kind in ('UNIT', 'EXPERT')),
    -- a unit has a type, an expert has none
    constraint registered_members_unit_type_check check (
        (member_kind = 'UNIT' and unit_type in ('ENTERPRISE', 'RESEARCH_INSTITUTE', 'UNIVERSITY', 'TESTING_CERTIFICATION',
                                                'GOVERNMENT_BODY', 'CONSUMER_ORGANIZATION', 'OTHER'))
        or (member_kind = 'EXPERT' and unit_type is null)),
    constraint registered_members_stakeholder_check check (stakeholder_category in ('PRODUCTION', 'DISTRIBUTION',
        'CONSUMPTION', 'EDUCATION_RESEARCH', 'TESTING_CERTIFICATION', 'GOVERNMENT')),
    -- only an enterprise can be foreign-invested
    constraint registered_members_foreign_check check (not foreign_invested or unit_type = 'ENTERPRISE'),
    constraint registered_members_left_check check (left_on is null or left_on >= joined_on)
);
-- A unit is registered once per organization (keys are per tenant, so nothing leaks across tenants).
create unique index registered_members_credit_code_key on registered_members (tenant_id, credit_code)
    where credit_code is not null;
-- The register's list: by kind, then name.
create index registered_members_list_idx on registered_members (tenant_id, member_kind, name);

-- Decision, coordination and drafting bodies (ORG-3).
create table bodies (
    tenant_id       uuid          not null references organizations (id),
    id              uuid          not null,
    body_type       varchar(40)   not null,
    name_zh         varchar(200)  not null,
    name_en         varchar(300),
    mandate         text,
    established_on  date          not null,
    dissolved_on    date,
    created_at      timestamptz   not null,
    constraint bodies_pkey primary key (tenant_id, id),
    constraint bodies_name_key unique (tenant_id, name_zh),
    constraint bodies_type_check check (body_type in ('COUNCIL', 'STANDING_COUNCIL', 'MEMBERS_ASSEMBLY', 'SECRETARIAT',
        'STANDARDS_MANAGEMENT_COMMITTEE', 'WORKING_GROUP', 'TECHNICAL_COMMITTEE', 'SPECIAL_COMMITTEE')),
    constraint bodies_dissolved_check check (dissolved_on is null or dissolved_on >= established_on)
);
create index bodies_list_idx on bodies (tenant_id, body_type, name_zh);

-- Who sits in a body, in which role, for which term, and whether they hold a voting right (LC-3 base).
create table body_seats (
    tenant_id     uuid          not null references organizations (id),
    id            uuid          not null,
    body_id       uuid          not null,
    holder_name   varchar(100)  not null,
    member_id     uuid,
    person_id     uuid          references users (id),
    seat_role     varchar(32)   not null,
    voting_right  boolean       not null,
    term_starts   date          not null,
    term_ends     date          not null,
    ended_on      date,
    created_at    timestamptz   not null,
    constraint body_seats_pkey primary key (tenant_id, id),
    constraint body_seats_body_fkey foreign key (tenant_id, body_id) references bodies (tenant_id, id),
    constraint body_seats_member_fkey foreign key (tenant_id, member_id) references registered_members (tenant_id, id),
    constraint body_seats_role_check check (seat_role in ('CHAIR', 'VICE_CHAIR', 'SECRETARY_GENERAL', 'MEMBER', 'EXPERT',
        'OBSERVER')),
    -- observers never vote
    constraint body_seats_observer_check check (seat_role <> 'OBSERVER' or not voting_right),
    constraint body_seats_term_check check (term_ends > term_starts),
    constraint body_seats_ended_check check (ended_on is null or ended_on >= term_starts)
);
create index body_seats_body_idx on body_seats (tenant_id, body_id, term_ends desc);
create index body_seats_member_idx on body_seats (tenant_id, member_id) where member_id is not null;

-- [jooq ignore start]
alter table registered_members enable row level security;
alter table registered_members force row level security;
-- Each organization sees and writes only its own register; with no tenant set, nothing.
create policy tenant_isolation on registered_members
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

alter table bodies enable row level security;
alter table bodies force row level security;
-- Each organization sees and writes only its own bodies.
create policy tenant_isolation on bodies
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

alter table body_seats enable row level security;
alter table body_seats force row level security;
-- Each organization sees and writes only the seats of its own bodies.
create policy tenant_isolation on body_seats
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

-- Records are closed (left_on, dissolved_on, ended_on), never deleted: the history of who sat where stays.
grant select, insert, update on registered_members to ${app_role};
grant select, insert, update on bodies to ${app_role};
grant select, insert, update on body_seats to ${app_role};
-- [jooq ignore stop]
