-- Each organisation's audit trail becomes a hash chain: every entry carries its place in the
-- organisation's chain, the hash of the entry before it and its own hash, so that an entry changed
-- or removed outside Learnloop is found by verification. Entries recorded before this migration are
-- chained once, at the next start, in the order they were recorded.
alter table audit_entry add column chain_sequence bigint;
alter table audit_entry add column previous_hash varchar(64);
alter table audit_entry add column hash varchar(64);
create unique index audit_entry_chain on audit_entry (organisation_id, chain_sequence);
create index audit_entry_action_at on audit_entry (organisation_id, action, at);

-- The end of each organisation's chain. Appending locks this row, so that entries are chained one
-- after another even when several servers record changes for the same organisation at once.
create table audit_chain_head (
    organisation_id  uuid primary key references organisation (id),
    last_sequence    bigint not null,
    last_hash        varchar(64) not null
);
