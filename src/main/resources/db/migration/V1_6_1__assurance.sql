-- Effectiveness checks (follow-up audits) of verified actions, with their verdicts.
-- scheduled_action_id holds the action's id only while the check is SCHEDULED, so that an action
-- has at most one scheduled check at a time; (action_id, verified_at, follow_up) makes scheduling
-- after a verification idempotent when the event is delivered again.
create table effectiveness_check (
    id                  uuid primary key,
    organisation_id     uuid not null references organisation (id),
    service_id          uuid not null references service (id),
    action_id           uuid not null references action (id),
    review_id           uuid not null references review (id),
    verified_at         timestamp with time zone not null,
    follow_up           integer not null,
    due_date            date not null,
    status              varchar(20) not null,
    scheduled_action_id uuid,
    verdict             varchar(20),
    notes               varchar(5000),
    recorded_by         uuid references person (id),
    recorded_at         timestamp with time zone,
    scheduled_at        timestamp with time zone not null,
    version             integer not null default 0,
    constraint effectiveness_check_one_scheduled unique (scheduled_action_id),
    constraint effectiveness_check_once unique (action_id, verified_at, follow_up)
);
create index effectiveness_check_service on effectiveness_check (organisation_id, service_id, status, due_date);
create index effectiveness_check_action on effectiveness_check (organisation_id, action_id);
