-- The rest of the alliance secretariat's console (SUP-1; seed 001 §六: 专门委员会, 项目工作组, 奖励委员会,
-- 培训工作组): the alliance's own committees and working groups with the people of member organizations
-- taking part; award rounds with the members' nominations of their published standards and the outcome;
-- training events with the registrations of members' people and their attendance. All of it is the
-- alliance's own record, kept in its tenant under row-level security; members reach it only through
-- AllianceChannel (their own nominations and registrations). A member leaving the alliance now carries
-- its reason on the platform's link.

-- Part 1: the reason a member left (platform table organization_links, V2; the secretariat records it)
alter table organization_links add column left_reason varchar(500);

-- Part 2: committees and working groups (专业委员会 / 工作组)
create table alliance_bodies (
    tenant_id        uuid           not null references organizations (id),
    id               uuid           not null,
    kind             varchar(16)    not null,
    name             varchar(200)   not null,
    remit            varchar(1000),
    established_on   date           not null,
    created_by       uuid           not null references users (id),
    created_at       timestamptz    not null,
    constraint alliance_bodies_pkey primary key (tenant_id, id),
    constraint alliance_bodies_kind_check check (kind in ('COMMITTEE', 'WORKING_GROUP')),
    constraint alliance_bodies_name_key unique (tenant_id, name)
);

-- A person of a member organization taking part in a body, with their role and period. The person is
-- named (members' people need no account with the alliance); the member is checked to be a current
-- member when they join. A participant who leaves keeps their row with left_on.
create table alliance_body_participants (
    tenant_id     uuid           not null references organizations (id),
    id            uuid           not null,
    body_id       uuid           not null,
    member_id     uuid           not null references organizations (id),
    person_name   varchar(100)   not null,
    position      varchar(100),
    role          varchar(20)    not null,
    joined_on     date           not null,
    left_on       date,
    added_by      uuid           not null references users (id),
    added_at      timestamptz    not null,
    constraint alliance_body_participants_pkey primary key (tenant_id, id),
    constraint alliance_body_participants_body_fkey foreign key (tenant_id, body_id)
        references alliance_bodies (tenant_id, id),
    constraint alliance_body_participants_role_check check (role in ('CHAIR', 'VICE_CHAIR', 'COMMITTEE_MEMBER',
        'LEADER', 'GROUP_MEMBER', 'SECRETARY')),
    constraint alliance_body_participants_period_check check (left_on is null or left_on >= joined_on)
);
create index alliance_body_participants_body_idx on alliance_body_participants (tenant_id, body_id, left_on, person_name, id);
create index alliance_body_participants_member_idx on alliance_body_participants (tenant_id, member_id, joined_on desc);

-- Part 3: award rounds and nominations (标准化奖项推荐)
create table alliance_award_rounds (
    tenant_id        uuid           not null references organizations (id),
    id               uuid           not null,
    name             varchar(200)   not null,
    year             integer        not null,
    closes_on        date           not null,
    description      varchar(2000),
    opened_by        uuid           not null references users (id),
    opened_by_name   varchar(100)   not null,
    opened_at        timestamptz    not null,
    constraint alliance_award_rounds_pkey primary key (tenant_id, id),
    constraint alliance_award_rounds_name_key unique (tenant_id, year, name),
    constraint alliance_award_rounds_year_check check (year between 2000 and 2100)
);
create index alliance_award_rounds_list_idx on alliance_award_rounds (tenant_id, closes_on desc, id);

-- A member's nomination of one of its published standards. Number and title are those of the public
-- catalogue (a published standard's are public); a draft never gets here. The outcome is recorded once.
create table alliance_award_nominations (
    tenant_id           uuid           not null references organizations (id),
    id                  uuid           not null,
    round_id            uuid           not null,
    member_id           uuid           not null references organizations (id),
    standard_id         uuid           not null,
    standard_number     varchar(60)    not null,
    standard_title      varchar(300)   not null,
    reason              varchar(2000),
    nominated_by        uuid           not null references users (id),
    nominated_by_name   varchar(100)   not null,
    nominated_at        timestamptz    not null,
    outcome             varchar(16),
    award_level         varchar(100),
    outcome_note        varchar(500),
    decided_by          uuid           references users (id),
    decided_at          timestamptz,
    constraint alliance_award_nominations_pkey primary key (tenant_id, id),
    constraint alliance_award_nominations_round_fkey foreign key (tenant_id, round_id)
        references alliance_award_rounds (tenant_id, id),
    constraint alliance_award_nominations_once_key unique (tenant_id, round_id, standard_id),
    constraint alliance_award_nominations_outcome_check check (outcome in ('RECOMMENDED', 'NOT_RECOMMENDED', 'AWARDED')),
    constraint alliance_award_nominations_level_check check ((outcome = 'AWARDED') = (award_level is not null)),
    constraint alliance_award_nominations_decided_check check ((outcome is null) = (decided_at is null)
        and (decided_at is null) = (decided_by is null))
);
create index alliance_award_nominations_round_idx on alliance_award_nominations (tenant_id, round_id, nominated_at, id);
create index alliance_award_nominations_member_idx on alliance_award_nominations (tenant_id, member_id, nominated_at desc);

-- Part 4: training events (培训活动) and registrations
create table alliance_trainings (
    tenant_id           uuid           not null references organizations (id),
    id                  uuid           not null,
    title               varchar(200)   not null,
    held_on             date           not null,
    online              boolean        not null,
    place               varchar(200),
    capacity            integer        not null,
    description         varchar(2000),
    scheduled_by        uuid           not null references users (id),
    scheduled_by_name   varchar(100)   not null,
    scheduled_at        timestamptz    not null,
    constraint alliance_trainings_pkey primary key (tenant_id, id),
    constraint alliance_trainings_capacity_check check (capacity > 0),
    constraint alliance_trainings_place_check check (online or place is not null)
);
create index alliance_trainings_list_idx on alliance_trainings (tenant_id, held_on desc, id);

-- A person of a member organization registered (by themselves, through AllianceChannel); attendance is
-- recorded by the secretariat from the training's date on.
create table alliance_training_registrations (
    tenant_id               uuid           not null references organizations (id),
    id                      uuid           not null,
    training_id             uuid           not null,
    member_id               uuid           not null references organizations (id),
    person_id               uuid           not null references users (id),
    person_name             varchar(100)   not null,
    registered_at           timestamptz    not null,
    attended                boolean,
    attendance_by           uuid           references users (id),
    attendance_at           timestamptz,
    constraint alliance_training_registrations_pkey primary key (tenant_id, id),
    constraint alliance_training_registrations_training_fkey foreign key (tenant_id, training_id)
        references alliance_trainings (tenant_id, id),
    constraint alliance_training_registrations_once_key unique (tenant_id, training_id, person_id),
    constraint alliance_training_registrations_attendance_check check ((attended is null) = (attendance_at is null)
        and (attendance_at is null) = (attendance_by is null))
);
create index alliance_training_registrations_training_idx on alliance_training_registrations (tenant_id, training_id, registered_at, id);
create index alliance_training_registrations_member_idx on alliance_training_registrations (tenant_id, member_id, attended);

-- [jooq ignore start]
alter table alliance_bodies enable row level security;
alter table alliance_bodies force row level security;
-- the alliance's committees and working groups belong to the alliance
create policy tenant_isolation on alliance_bodies
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

alter table alliance_body_participants enable row level security;
alter table alliance_body_participants force row level security;
-- who takes part in the alliance's bodies is the alliance's record (members' people named, not their accounts)
create policy tenant_isolation on alliance_body_participants
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

alter table alliance_award_rounds enable row level security;
alter table alliance_award_rounds force row level security;
-- award rounds are opened by the alliance; members read the open ones through AllianceChannel only
create policy tenant_isolation on alliance_award_rounds
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

alter table alliance_award_nominations enable row level security;
alter table alliance_award_nominations force row level security;
-- nominations are kept by the alliance that runs the round; a member reads its own through AllianceChannel
create policy tenant_isolation on alliance_award_nominations
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

alter table alliance_trainings enable row level security;
alter table alliance_trainings force row level security;
-- trainings are scheduled by the alliance; members read them through AllianceChannel only
create policy tenant_isolation on alliance_trainings
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

alter table alliance_training_registrations enable row level security;
alter table alliance_training_registrations force row level security;
-- registrations are kept by the alliance whose training it is
create policy tenant_isolation on alliance_training_registrations
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

grant select, insert on alliance_bodies to ${app_role};
-- a participant's period is closed once (left_on); nothing else changes
grant select, insert, update (left_on) on alliance_body_participants to ${app_role};
grant select, insert on alliance_award_rounds to ${app_role};
-- an outcome is recorded once (outcome, award_level, outcome_note, decided_*)
grant select, insert, update (outcome, award_level, outcome_note, decided_by, decided_at)
    on alliance_award_nominations to ${app_role};
grant select, insert on alliance_trainings to ${app_role};
-- attendance is recorded (and may be corrected) by the secretariat
grant select, insert, update (attended, attendance_by, attendance_at) on alliance_training_registrations to ${app_role};
-- [jooq ignore stop]
