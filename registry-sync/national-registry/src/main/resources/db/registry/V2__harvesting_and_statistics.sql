-- OAI-PMH harvesting (PROTOCOL §8) and national statistics (§9).

-- A harvest restricted to one organization's set (org:{creditCode}) pages by keyset in
-- (datestamp, standard_key) order within that organization.
create index standards_set_datestamp_idx on standards (credit_code, datestamp, standard_key);

-- When the standard left 现行 (withdrawn 废止 or replaced 被代替) at the registry; null while in
-- force. Statistics count what was in force at the end of a period with it.
alter table standards add column withdrawn_at timestamptz;
update standards s set withdrawn_at = coalesce(
        (select min(v.received_at) from versions v
         where v.subject = 'STANDARD' and v.subject_key = s.standard_key and v.event_type in ('WITHDRAWN', 'REPLACED')),
        s.datestamp)
    where s.status <> '现行';

-- Statistics: standards per organization by publication date (with the moment they left 现行), read
-- by an index-only scan; organizations by registration date.
create index standards_statistics_idx on standards (credit_code, published_on) include (withdrawn_at);
create index organizations_registered_idx on organizations (registered_on);
