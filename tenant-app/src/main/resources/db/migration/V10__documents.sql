-- The documents each stage of a standard keeps (LC-5), as immutable versions.
--
-- A document is a named slot of one kind on a subject (e.g. the draft for comment of a standard);
-- each upload adds a version with its file name, type, size, SHA-256, who and when. Contents sit in
-- their own table behind the application's ContentStore interface, so that an S3-compatible store
-- can take them later; identical files of one organization are stored once.

create table documents (
    tenant_id       uuid          not null references organizations (id),
    id              uuid          not null,
    subject_type    varchar(32)   not null,
    subject_id      uuid          not null,
    kind            varchar(40)   not null,
    title           varchar(200)  not null,
    -- 0 only inside the transaction that creates the slot and adds its first version
    latest_version  integer       not null,
    created_by      uuid          not null references users (id),
    created_at      timestamptz   not null,
    constraint documents_pkey primary key (tenant_id, id),
    constraint documents_slot_key unique (tenant_id, subject_type, subject_id, kind, title),
    constraint documents_latest_version_check check (latest_version >= 0)
);

create table document_contents (
    tenant_id   uuid      not null references organizations (id),
    id          uuid      not null,
    sha256      char(64)  not null,
    size_bytes  bigint    not null,
    content     bytea     not null,
    constraint document_contents_pkey primary key (tenant_id, id),
    constraint document_contents_sha256_key unique (tenant_id, sha256)
);

create table document_versions (
    tenant_id    uuid          not null references organizations (id),
    document_id  uuid          not null,
    version      integer       not null,
    file_name    varchar(255)  not null,
    media_type   varchar(100)  not null,
    size_bytes   bigint        not null,
    sha256       char(64)      not null,
    content_id   uuid          not null,
    uploaded_by  uuid          not null references users (id),
    uploaded_at  timestamptz   not null,
    constraint document_versions_pkey primary key (tenant_id, document_id, version),
    constraint document_versions_document_fkey foreign key (tenant_id, document_id) references documents (tenant_id, id),
    constraint document_versions_content_fkey foreign key (tenant_id, content_id)
        references document_contents (tenant_id, id),
    constraint document_versions_version_check check (version > 0),
    constraint document_versions_size_check check (size_bytes > 0)
);

-- [jooq ignore start]
alter table documents enable row level security;
alter table documents force row level security;
create policy tenant_isolation on documents
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

alter table document_contents enable row level security;
alter table document_contents force row level security;
create policy tenant_isolation on document_contents
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

alter table document_versions enable row level security;
alter table document_versions force row level security;
create policy tenant_isolation on document_versions
    using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

-- Versions and contents are immutable: the application may add them, never change or remove them.
grant select, insert, update on documents to ${app_role};
grant select, insert on document_contents to ${app_role};
grant select, insert on document_versions to ${app_role};
-- [jooq ignore stop]
