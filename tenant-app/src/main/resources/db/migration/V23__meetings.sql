-- Meetings of the organization's bodies (PART-3): council, coordination, technical review and
-- working group meetings, in person, by phone, by video or online. A meeting keeps its agenda,
-- whom it invited (the body's seat holders, plus named others), who attended, whether it had a
-- quorum, its minutes (a document with immutable versions, LC-5) and the decisions taken, each
-- numbered and optionally linked to the lifecycle step of a standard it enables.

-- An organization's meeting rules: what makes a quorum, and whether a seat holder may be represented.
create table meeting_policies (
    tenant_id        uuid         not null references organizations (id),
    quorum_rule      varchar(32)  not null default 'MORE_THAN_HALF',
    proxies_allowed  boolean      not null default false,
    constraint meeting_policies_pkey primary key (tenant_id),
    constraint meeting_policies_quorum_check check (quorum_rule in ('MORE_THAN_HALF', 'AT_LEAST_TWO_THIRDS'))
);

create table meetings (
    tenant_id        uuid          not null references organizations (id),
    id               uuid          not null,
    body_id          uuid          not null,
    kind             varchar(24)   not null,
    title            varchar(200)  not null,
    format           varchar(16)   not null,
    location         varchar(300),
    link             varchar(500),
    starts_at        timestamptz   not null,
    -- the standard a technical review meeting reviews
    standard_id      uuid,
    status           varchar(16)   not null,
    -- why it was last postponed, or why it was cancelled
    status_reason    text,
    -- the quorum as attendance was recorded: seats counted, seat holders present, the rule then in force
    quorum_seats     integer,
    quorum_present   integer,
    quorum_rule      varchar(32),
    quorum_reached   boolean,
    -- attendance is final once minutes are attached or a decision recorded
    attendance_final boolean       not null default false,
    convened_by      uuid          not null references users (id),
    convened_at      timestamptz   not null,
    version          bigint        not null default 0,
    constraint meetings_pkey primary key (tenant_id, id),
    constraint meetings_body_fkey foreign key (tenant_id, body_id) references bodies (tenant_id, id),
    constraint meetings_standard_fkey foreign key (tenant_id, standard_id) references standards (tenant_id, id),
    constraint meetings_kind_check check (kind in ('COUNCIL', 'COORDINATION', 'TECHNICAL_REVIEW', 'WORKING_GROUP')),
    constraint meetings_format_check check (format in ('IN_PERSON', 'PHONE', 'VIDEO', 'ONLINE')),
    constraint meetings_status_check check (status in ('SCHEDULED', 'POSTPONED', 'HELD', 'CANCELLED')),
    -- in person needs a place, the others a link or dial-in
    constraint meetings_venue_check check ((format = 'IN_PERSON' and location is not null)
        or (format <> 'IN_PERSON' and link is not null)),
    -- only a review meeting reviews a standard
    constraint meetings_standard_check check (standard_id is null or kind = 'TECHNICAL_REVIEW'),
    constraint meetings_held_check check ((status = 'HELD') = (quorum_reached is not null)),
    constraint meetings_reason_check check (status not in ('POSTPONED', 'CANCELLED') or status_reason is not null)
);
-- The meeting list: upcoming first, by time; by body.
create index meetings_starts_idx on meetings (tenant_id, starts_at);
create index meetings_body_idx on meetings (tenant_id, body_id, starts_at);

-- The agenda, in order; an item may concern a standard.
create table meeting_agenda_items (
    tenant_id    uuid          not null references organizations (id),
    meeting_id   uuid          not null,
    position     integer       not null,
    title        varchar(300)  not null,
    standard_id  uuid,
    constraint meeting_agenda_items_pkey primary key (tenant_id, meeting_id, position),
    constraint meeting_agenda_items_meeting_fkey foreign key (tenant_id, meeting_id) references meetings (tenant_id, id),
    constraint meeting_agenda_items_standard_fkey foreign key (tenant_id, standard_id) references standards (tenant_id, id),
    constraint meeting_agenda_items_position_check check (position > 0)
);

-- Who was invited: the body's seat holders when the meeting was convened (they make the quorum's
-- base, observers excepted) and named others; then each one's attendance.
create table meeting_invitees (
    tenant_id          uuid          not null references organizations (id),
    meeting_id         uuid          not null,
    id                 uuid          not null,
    position           integer       not null,
    seat_id            uuid,
    name               varchar(100)  not null,
    person_id          uuid          references users (id),
    counts_for_quorum  boolean       not null,
    attendance         varchar(16),
    proxy_name         varchar(100),
    constraint meeting_invitees_pkey primary key (tenant_id, meeting_id, id),
    constraint meeting_invitees_meeting_fkey foreign key (tenant_id, meeting_id) references meetings (tenant_id, id),
    constraint meeting_invitees_seat_fkey foreign key (tenant_id, seat_id) references body_seats (tenant_id, id),
    constraint meeting_invitees_attendance_check check (attendance in ('PRESENT', 'PROXY', 'ABSENT', 'EXCUSED')),
    constraint meeting_invitees_proxy_check check ((attendance = 'PROXY') = (proxy_name is not null)),
    -- only a seat counts towards the quorum
    constraint meeting_invitees_quorum_check check (not counts_for_quorum or seat_id is not null)
);

-- Decisions taken in a held meeting, numbered in the organization's decision series (LC-4); one may
-- enable a lifecycle step of a standard, and records when it was used as that step's evidence.
create table meeting_decisions (
    tenant_id         uuid          not null references organizations (id),
    id                uuid          not null,
    meeting_id        uuid          not null,
    reference         varchar(120)  not null,
    text              text          not null,
    standard_id       uuid,
    enables_step      varchar(32),
    recorded_by       uuid          not null references users (id),
    recorded_at       timestamptz   not null,
    evidence_used_at  timestamptz,
    evidence_used_by  uuid          references users (id),
    constraint meeting_decisions_pkey primary key (tenant_id, id),
    constraint meeting_decisions_reference_key unique (tenant_id, reference),
    constraint meeting_decisions_meeting_fkey foreign key (tenant_id, meeting_id) references meetings (tenant_id, id),
    constraint meeting_decisions_standard_fkey foreign key (tenant_id, standard_id) references standards (tenant_id, id),
    constraint meeting_decisions_step_check check (enables_step in ('PROJECT_APPROVAL', 'TECHNICAL_REVIEW_CONSENSUS',
        'APPROVAL')),
    -- a step is always a step of some standard
    constraint meeting_decisions_step_standard_check check (enables_step is null or standard_id is not null),
    constraint meeting_decisions_used_check check ((evidence_used_at is null) = (evidence_used_by is null))
);
create index meeting_decisions_meeting_idx on meeting_decisions (tenant_id, meeting_id, recorded_at);
create index meeting_decisions_standard_idx on meeting_decisions (tenant_id, standard_id) where standard_id is not null;

-- [jooq ignore start]
alter table meeting_policies enable row level security;
alter table meeting_policies force row level security;
-- Each organization reads and sets only its own meeting rules.
create policy tenant_isolation on meeting_policies
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

alter table meetings enable row level security;
alter table meetings force row level security;
-- Each organization sees and convenes only its own meetings; with no tenant set, none.
create policy tenant_isolation on meetings
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

alter table meeting_agenda_items enable row level security;
alter table meeting_agenda_items force row level security;
-- Each organization sees only the agenda of its own meetings.
create policy tenant_isolation on meeting_agenda_items
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

alter table meeting_invitees enable row level security;
alter table meeting_invitees force row level security;
-- Each organization sees only whom its own meetings invited, and who attended.
create policy tenant_isolation on meeting_invitees
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

alter table meeting_decisions enable row level security;
alter table meeting_decisions force row level security;
-- Each organization sees only the decisions of its own meetings.
create policy tenant_isolation on meeting_decisions
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

-- Meetings are cancelled, never deleted; the agenda is fixed when convened; decisions are records,
-- updated only to note their use as evidence.
grant select, insert, update on meeting_policies to ${app_role};
grant select, insert, update on meetings to ${app_role};
grant select, insert on meeting_agenda_items to ${app_role};
grant select, insert, update on meeting_invitees to ${app_role};
grant select, insert, update on meeting_decisions to ${app_role};
-- [jooq ignore stop]
