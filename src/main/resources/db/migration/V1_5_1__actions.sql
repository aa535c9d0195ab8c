-- Action plans: each action answers a finding of a signed-off review, with a named lead, a due
-- date and its strength; completed by its lead with evidence, verified by someone else.
create table action (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    service_id      uuid not null references service (id),
    review_id       uuid not null references review (id),
    finding_id      uuid not null,
    description     varchar(2000) not null,
    lead_id         uuid not null references person (id),
    due_date        date not null,
    strength        varchar(20) not null,
    status          varchar(20) not null,
    evidence        varchar(5000),
    completed_at    timestamp with time zone,
    completed_by    uuid references person (id),
    verified_at     timestamp with time zone,
    verified_by     uuid references person (id),
    added_by        uuid not null references person (id),
    added_at        timestamp with time zone not null,
    version         integer not null default 0
);
create index action_review on action (organisation_id, review_id);
create index action_lead on action (organisation_id, lead_id, status);
create index action_service on action (organisation_id, service_id, status, due_date);

-- Completions that did not stick: kept when an effectiveness check reopens an action.
create table action_history (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    action_id       uuid not null references action (id),
    evidence        varchar(5000),
    completed_at    timestamp with time zone,
    completed_by    uuid references person (id),
    verified_at     timestamp with time zone,
    verified_by     uuid references person (id),
    reopened_at     timestamp with time zone not null,
    reopened_by     uuid references person (id),
    reason          varchar(5000) not null
);
create index action_history_action on action_history (organisation_id, action_id);
