-- Ballots on a standard in technical review (PART-2, LC-3): the eligible voters snapshotted when
-- the ballot opens, every vote cast (a changed vote is a new row), the attendance of a meeting
-- vote, and the result. Nothing here is ever updated or deleted: the application role may only
-- select and insert, and triggers refuse updates and deletes from anyone, the owner included.

-- A ballot: which body's voting-right holders vote, online until a deadline or in a meeting.
create table ballots (
    tenant_id    uuid          not null references organizations (id),
    id           uuid          not null,
    standard_id  uuid          not null,
    body_id      uuid          not null,
    -- the body's name when the ballot opened, as the voters were told
    body_name    varchar(200)  not null,
    method       varchar(16)   not null,
    deadline     timestamptz,
    opened_by    uuid          not null references users (id),
    opened_at    timestamptz   not null,
    constraint ballots_pkey primary key (tenant_id, id),
    constraint ballots_standard_fkey foreign key (tenant_id, standard_id) references standards (tenant_id, id),
    constraint ballots_body_fkey foreign key (tenant_id, body_id) references bodies (tenant_id, id),
    constraint ballots_method_check check (method in ('ONLINE', 'MEETING')),
    -- an online ballot runs until its deadline, which lies after its opening
    constraint ballots_deadline_check check (method = 'MEETING' or deadline is not null),
    constraint ballots_deadline_after_opening_check check (deadline is null or deadline > opened_at)
);
-- A standard's ballots, newest first.
create index ballots_standard_idx on ballots (tenant_id, standard_id, opened_at desc);

-- The eligible list as it stood when the ballot opened: one row per person holding a voting-right
-- seat in the body that day. Excluded people stay in the list with the reason (LC-3, PART-5).
create table ballot_voters (
    tenant_id         uuid          not null references organizations (id),
    ballot_id         uuid          not null,
    seat_id           uuid          not null,
    -- the line's place in the list, in the body's order of seats
    position          integer       not null,
    person_id         uuid          references users (id),
    holder_name       varchar(100)  not null,
    member_name       varchar(200),
    eligible          boolean       not null,
    exclusion         varchar(16),
    -- the drafting unit matched, or the interest the person declared
    exclusion_detail  text,
    constraint ballot_voters_pkey primary key (tenant_id, ballot_id, seat_id),
    constraint ballot_voters_ballot_fkey foreign key (tenant_id, ballot_id) references ballots (tenant_id, id),
    constraint ballot_voters_seat_fkey foreign key (tenant_id, seat_id) references body_seats (tenant_id, id),
    -- one vote per person, however many seats they hold
    constraint ballot_voters_person_key unique (tenant_id, ballot_id, person_id),
    constraint ballot_voters_exclusion_check check (exclusion in ('DRAFTER', 'DRAFTING_UNIT', 'RECUSED')),
    constraint ballot_voters_eligible_check check (eligible = (exclusion is null)),
    constraint ballot_voters_detail_check check (exclusion is not null or exclusion_detail is null)
);
-- The ballots awaiting a person's vote.
create index ballot_voters_person_idx on ballot_voters (tenant_id, person_id) where person_id is not null;

-- Every vote cast: a changed vote is a further revision, the latest one counts.
create table ballot_votes (
    tenant_id  uuid         not null references organizations (id),
    ballot_id  uuid         not null,
    seat_id    uuid         not null,
    revision   integer      not null,
    choice     varchar(16)  not null,
    reason     text,
    -- the voter online, the secretariat for a meeting vote
    cast_by    uuid         not null references users (id),
    cast_at    timestamptz  not null,
    constraint ballot_votes_pkey primary key (tenant_id, ballot_id, seat_id, revision),
    constraint ballot_votes_voter_fkey foreign key (tenant_id, ballot_id, seat_id)
        references ballot_voters (tenant_id, ballot_id, seat_id),
    constraint ballot_votes_choice_check check (choice in ('APPROVE', 'DISAPPROVE', 'ABSTAIN')),
    -- a disapproval says why (PART-2)
    constraint ballot_votes_reason_check check (choice <> 'DISAPPROVE' or reason is not null),
    constraint ballot_votes_revision_check check (revision >= 1)
);

-- Who attended the meeting of a meeting vote, from the ballot's list.
create table ballot_attendance (
    tenant_id    uuid         not null references organizations (id),
    ballot_id    uuid         not null,
    seat_id      uuid         not null,
    recorded_by  uuid         not null references users (id),
    recorded_at  timestamptz  not null,
    constraint ballot_attendance_pkey primary key (tenant_id, ballot_id, seat_id),
    constraint ballot_attendance_voter_fkey foreign key (tenant_id, ballot_id, seat_id)
        references ballot_voters (tenant_id, ballot_id, seat_id)
);

-- The result, computed by LC-3 when the ballot closes: the row closes the ballot, once.
create table ballot_results (
    tenant_id    uuid         not null references organizations (id),
    ballot_id    uuid         not null,
    base_kind    varchar(32)  not null,
    eligible     integer      not null,
    -- eligible voters attending, for a meeting vote
    attending    integer,
    base         integer      not null,
    in_favour    integer      not null,
    against      integer      not null,
    abstained    integer      not null,
    not_voted    integer      not null,
    threshold    integer      not null,
    passed       boolean      not null,
    -- whether the passed vote was recorded as the standard's review outcome
    applied      boolean      not null,
    closed_by    uuid         not null references users (id),
    closed_at    timestamptz  not null,
    constraint ballot_results_pkey primary key (tenant_id, ballot_id),
    constraint ballot_results_ballot_fkey foreign key (tenant_id, ballot_id) references ballots (tenant_id, id),
    constraint ballot_results_base_kind_check check (base_kind in ('ALL_VOTING_RIGHTS', 'ATTENDING_REPRESENTATIVES')),
    -- the arithmetic of LC-3, so that no row can state a result its own figures deny
    constraint ballot_results_base_check check (base > 0 and base <= eligible),
    constraint ballot_results_counts_check check (in_favour >= 0 and against >= 0 and abstained >= 0
        and not_voted >= 0 and in_favour + against + abstained + not_voted = base),
    constraint ballot_results_threshold_check check (threshold = (3 * base + 3) / 4),
    constraint ballot_results_passed_check check (passed = (in_favour >= threshold)),
    constraint ballot_results_applied_check check (passed or not applied)
);

-- [jooq ignore start]
alter table ballots enable row level security;
alter table ballots force row level security;
-- Each organization sees and opens only its own ballots; with no tenant set, nothing.
create policy tenant_isolation on ballots
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

alter table ballot_voters enable row level security;
alter table ballot_voters force row level security;
-- Each organization sees and snapshots only its own eligible lists.
create policy tenant_isolation on ballot_voters
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

alter table ballot_votes enable row level security;
alter table ballot_votes force row level security;
-- Each organization sees and records only the votes on its own ballots.
create policy tenant_isolation on ballot_votes
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

alter table ballot_attendance enable row level security;
alter table ballot_attendance force row level security;
-- Each organization sees and records only the attendance of its own meeting votes.
create policy tenant_isolation on ballot_attendance
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

alter table ballot_results enable row level security;
alter table ballot_results force row level security;
-- Each organization sees and records only the results of its own ballots.
create policy tenant_isolation on ballot_results
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

-- Insert-only twice over (PART-2 "recorded immutably"): the application role may only select and
-- insert, and a trigger refuses updates and deletes from anyone, the owner included.
create function ballot_records_are_immutable() returns trigger
    language plpgsql
as $$
begin
    raise exception '% is insert-only (PART-2): % refused', tg_table_name, tg_op
        using errcode = 'insufficient_privilege';
end
$$;

create trigger ballots_immutable before update or delete on ballots
    for each row execute function ballot_records_are_immutable();
create trigger ballot_voters_immutable before update or delete on ballot_voters
    for each row execute function ballot_records_are_immutable();
create trigger ballot_votes_immutable before update or delete on ballot_votes
    for each row execute function ballot_records_are_immutable();
create trigger ballot_attendance_immutable before update or delete on ballot_attendance
    for each row execute function ballot_records_are_immutable();
create trigger ballot_results_immutable before update or delete on ballot_results
    for each row execute function ballot_records_are_immutable();

grant select, insert on ballots to ${app_role};
grant select, insert on ballot_voters to ${app_role};
grant select, insert on ballot_votes to ${app_role};
grant select, insert on ballot_attendance to ${app_role};
grant select, insert on ballot_results to ${app_role};
-- [jooq ignore stop]
