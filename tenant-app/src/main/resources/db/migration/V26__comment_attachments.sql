-- A comment may carry one attachment (PART-1): a document of subject COMMENT whose versions are
-- immutable like every other document (LC-5); the comment names it so the table lists it without
-- looking documents up one comment at a time.

alter table draft_comments add column attachment_id uuid;
alter table draft_comments add constraint draft_comments_attachment_fkey
    foreign key (tenant_id, attachment_id) references documents (tenant_id, id);
