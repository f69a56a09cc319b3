-- Members are told when their alliance opens an award round or schedules a training (SUP-1), and
-- reminded a few days before a round closes when they have not nominated yet.
--
-- The round (or training) is the alliance's row; each member's notifications are rows of the member's
-- own tenant. One transaction has one tenant, so the alliance's transaction writes an outbox row of
-- topic ALLIANCE_NOTICE in the alliance's own tenant (committed or rolled back with the round), and a
-- relay (AllianceNotices in the console) claims it through outbox_claim of V21, finds the alliance's
-- current members on the platform's organization links, and notifies each one's people in a
-- transaction of that member's tenant (row-level security applies there as everywhere). A reminder is
-- the same kind of row, due days later. No new cross-tenant function: the relay reuses the claim and
-- marks of V21, which already serve any topic.

-- [jooq ignore start]
alter table outbox_messages drop constraint outbox_messages_topic_check;
alter table outbox_messages add constraint outbox_messages_topic_check
    check (topic in ('EMAIL', 'REGISTRY', 'ALLIANCE_NOTICE'));

-- Other branches add kinds too: the list is extended from the constraint in force rather than
-- restated (as V29 does), so that no kind added by another migration is lost.
do $$
declare
    definition text;
begin
    select pg_get_constraintdef(oid) into definition from pg_constraint
     where conname = 'notifications_kind_check' and conrelid = 'notifications'::regclass;
    execute 'alter table notifications drop constraint notifications_kind_check';
    execute 'alter table notifications add constraint notifications_kind_check '
        || replace(definition, '::character varying]', '::character varying, '
        || '''ALLIANCE_AWARD_ROUND_OPENED''::character varying, '
        || '''ALLIANCE_AWARD_ROUND_CLOSING''::character varying, '
        || '''ALLIANCE_TRAINING_SCHEDULED''::character varying]');
end
$$;
-- [jooq ignore stop]
