-- Events not yet triaged, so that "needs attention" finds every one of them, however old, through an
-- index instead of working out the loop stage of each event. A row is written when an event is
-- reported and removed when it is first triaged.
create table triage_awaiting (
    event_id        uuid primary key references event (id),
    organisation_id uuid not null references organisation (id),
    service_id      uuid not null references service (id),
    occurred_at     timestamp with time zone not null
);

create index triage_awaiting_by_service on triage_awaiting (organisation_id, service_id, occurred_at);

insert into triage_awaiting (event_id, organisation_id, service_id, occurred_at)
    select e.id, e.organisation_id, e.service_id, e.occurred_at from event e
    where not exists (select 1 from triage t where t.event_id = e.id);
