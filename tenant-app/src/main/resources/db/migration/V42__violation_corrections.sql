-- How many times a published decision was corrected (更正, PUB-4), so the authority's list marks a
-- corrected case without reading its registry events (a reconciliation republish is an UPDATED event
-- too, so the events cannot tell). Every correction also stays in the audit log with its reason.
alter table violations add column corrections integer not null default 0;
alter table violations add constraint violations_corrections_check check (corrections >= 0
    and (corrections = 0 or status = 'PUBLISHED'));
