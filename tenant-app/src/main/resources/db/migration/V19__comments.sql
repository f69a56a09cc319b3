-- Structured comments on a draft during its comment period (PART-1, LC-2), from members and, when
-- the period is public, from anyone with a verified e-mail address; and the working group's
-- disposition of each. Together they are the comment resolution table (意见汇总处理表).

create table draft_comments (
    tenant_id           uuid          not null references organizations (id),
    id                  uuid          not null,
    standard_id         uuid          not null,
    -- 序号: the comment's number in the resolution table, in order of arrival per standard
    number              integer       not null,
    clause              varchar(100)  not null,
    comment_type        varchar(16)   not null,
    comment             text          not null,
    proposed_change     text,
    -- a member's comment names the person; a public comment names the verified address instead
    member_id           uuid          references users (id),
    commenter_name      varchar(100)  not null,
    commenter_unit      varchar(200),
    public_email        varchar(254),
    submitted_at        timestamptz   not null,
    disposition         varchar(24),
    disposition_reason  text,
    disposed_by         uuid          references users (id),
    disposed_at         timestamptz,
    constraint draft_comments_pkey primary key (tenant_id, id),
    constraint draft_comments_standard_fkey foreign key (tenant_id, standard_id) references standards (tenant_id, id),
    constraint draft_comments_number_key unique (tenant_id, standard_id, number),
    constraint draft_comments_type_check check (comment_type in ('GENERAL', 'TECHNICAL', 'EDITORIAL')),
    constraint draft_comments_commenter_check check ((member_id is null) <> (public_email is null)),
    constraint draft_comments_disposition_check check (
        disposition is null
        or (disposition in ('ACCEPTED', 'PARTIALLY_ACCEPTED', 'NOT_ACCEPTED')
            and disposition_reason is not null and disposed_by is not null and disposed_at is not null))
);

-- "how many comments still lack a disposition" is asked at every gate and on every page
create index draft_comments_open_idx on draft_comments (tenant_id, standard_id) where disposition is null;

-- the rate limit on public comments counts the recent ones per address
create index draft_comments_public_email_idx on draft_comments (tenant_id, public_email, submitted_at)
    where public_email is not null;

-- [jooq ignore start]
alter table draft_comments enable row level security;
alter table draft_comments force row level security;
-- each organization sees only the comments on its own drafts
create policy tenant_isolation on draft_comments
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

-- comments are never deleted; only their disposition is set (and may be revised before review)
grant select, insert, update (disposition, disposition_reason, disposed_by, disposed_at) on draft_comments to ${app_role};
-- [jooq ignore stop]
