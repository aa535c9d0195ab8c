-- Administration of services and staff: one-time passwords that must be changed, and optimistic
-- locking where two administrators may edit the same service or person.
alter table person add column must_change_password boolean default false not null;
alter table person add column version integer default 0 not null;
alter table service add column version integer default 0 not null;
create index membership_organisation on membership (organisation_id);
