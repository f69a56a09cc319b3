-- The organization's policies (ORG-6) and plans (ORG-7).
--
-- A policy (章程性制度: procedures for approval, drafting, review, conflicts of interest, IP,
-- appeals, document management, meetings, fees) exists as versions, each a document adopted by a
-- decision body on a date under a decision reference. Plans are the multi-year development plan
-- (adopted by a decision body) and the drafting bodies' annual work plans (approved by the
-- secretariat), each with its progress reports.

create table policies (
    tenant_id        uuid          not null references organizations (id),
    id               uuid          not null,
    topic            varchar(32)   not null,
    title            varchar(200)  not null,
    current_version  integer       not null,
    created_at       timestamptz   not null,
    constraint policies_pkey primary key (tenant_id, id),
    constraint policies_title_key unique (tenant_id, topic, title),
    constraint policies_topic_check check (topic in ('PROJECT_APPROVAL', 'DRAFTING', 'REVIEW', 'CONFLICTS_OF_INTEREST',
        'INTELLECTUAL_PROPERTY', 'APPEALS', 'DOCUMENT_MANAGEMENT', 'MEETINGS', 'FEES', 'OTHER'))
);
create index policies_list_idx on policies (tenant_id, topic, title);

create table policy_versions (
    tenant_id           uuid          not null references organizations (id),
    policy_id           uuid          not null,
    version             integer       not null,
    document_id         uuid          not null,
    document_version    integer       not null,
    adopted_by_body     uuid          not null,
    adopted_on          date          not null,
    decision_reference  varchar(200)  not null,
    in_force_from       date          not null,
    recorded_by         uuid          not null references users (id),
    recorded_at         timestamptz   not null,
    constraint policy_versions_pkey primary key (tenant_id, policy_id, version),
    constraint policy_versions_policy_fkey foreign key (tenant_id, policy_id) references policies (tenant_id, id),
    constraint policy_versions_body_fkey foreign key (tenant_id, adopted_by_body) references bodies (tenant_id, id),
    constraint policy_versions_document_fkey foreign key (tenant_id, document_id) references documents (tenant_id, id),
    constraint policy_versions_in_force_check check (in_force_from >= adopted_on)
);

create table plans (
    tenant_id           uuid          not null references organizations (id),
    id                  uuid          not null,
    kind                varchar(24)   not null,
    title               varchar(200)  not null,
    drafting_body       uuid,
    from_year           integer       not null,
    to_year             integer       not null,
    status              varchar(16)   not null,
    document_id         uuid          not null,
    approved_on         date,
    approved_by_body    uuid,
    approval_reference  varchar(200),
    submitted_by        uuid          not null references users (id),
    submitted_at        timestamptz   not null,
    constraint plans_pkey primary key (tenant_id, id),
    constraint plans_drafting_body_fkey foreign key (tenant_id, drafting_body) references bodies (tenant_id, id),
    constraint plans_approving_body_fkey foreign key (tenant_id, approved_by_body) references bodies (tenant_id, id),
    constraint plans_document_fkey foreign key (tenant_id, document_id) references documents (tenant_id, id),
    constraint plans_kind_check check (kind in ('DEVELOPMENT_PLAN', 'ANNUAL_WORK_PLAN')),
    constraint plans_status_check check (status in ('SUBMITTED', 'APPROVED')),
    -- an annual plan is one drafting body's, for one year; a development plan spans years
    constraint plans_years_check check (
        (kind = 'ANNUAL_WORK_PLAN' and drafting_body is not null and from_year = to_year)
        or (kind = 'DEVELOPMENT_PLAN' and drafting_body is null and to_year > from_year)),
    constraint plans_approval_check check ((status = 'APPROVED') = (approved_on is not null and approval_reference is not null)),
    -- only a decision body adopts the development plan
    constraint plans_development_adopted_check check (kind <> 'DEVELOPMENT_PLAN' or status <> 'APPROVED'
        or approved_by_body is not null)
);
create index plans_list_idx on plans (tenant_id, to_year desc, kind);

create table plan_reports (
    tenant_id     uuid          not null references organizations (id),
    id            uuid          not null,
    plan_id       uuid          not null,
    period        varchar(60)   not null,
    reported_on   date          not null,
    summary       text          not null,
    reported_by   uuid          not null references users (id),
    reported_at   timestamptz   not null,
    constraint plan_reports_pkey primary key (tenant_id, id),
    constraint plan_reports_plan_fkey foreign key (tenant_id, plan_id) references plans (tenant_id, id)
);
create index plan_reports_plan_idx on plan_reports (tenant_id, plan_id, reported_on desc);

-- [jooq ignore start]
alter table policies enable row level security;
alter table policies force row level security;
create policy tenant_isolation on policies using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());
alter table policy_versions enable row level security;
alter table policy_versions force row level security;
create policy tenant_isolation on policy_versions using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());
alter table plans enable row level security;
alter table plans force row level security;
create policy tenant_isolation on plans using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());
alter table plan_reports enable row level security;
alter table plan_reports force row level security;
create policy tenant_isolation on plan_reports using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());

-- Adopted versions and reports are records: added, never changed or removed.
grant select, insert, update on policies to ${app_role};
grant select, insert on policy_versions to ${app_role};
grant select, insert, update on plans to ${app_role};
grant select, insert on plan_reports to ${app_role};
-- [jooq ignore stop]
