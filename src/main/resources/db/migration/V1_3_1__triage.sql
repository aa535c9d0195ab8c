-- Triage: the manager's grading of an event (harm, risk, learning response), with every earlier
-- grading kept; and the statutory duties detected from events, each with its clock.
create table triage (
    event_id            uuid primary key references event (id),
    organisation_id     uuid not null references organisation (id),
    service_id          uuid not null references service (id),
    physical_harm       varchar(20) not null,
    psychological_harm  varchar(20) not null,
    consequence         integer not null,
    likelihood          integer not null,
    score               integer not null,
    band                varchar(20) not null,
    response            varchar(40) not null,
    response_reason     varchar(2000) not null,
    triaged_by          uuid not null references person (id),
    triaged_at          timestamp with time zone not null,
    version             integer not null
);
create index triage_organisation on triage (organisation_id, event_id);
create index triage_service on triage (organisation_id, service_id, triaged_at);

-- Earlier triages of an event, moved here when a manager revised them. Never updated.
create table triage_history (
    id                  uuid primary key,
    organisation_id     uuid not null references organisation (id),
    event_id            uuid not null references event (id),
    physical_harm       varchar(20) not null,
    psychological_harm  varchar(20) not null,
    consequence         integer not null,
    likelihood          integer not null,
    score               integer not null,
    band                varchar(20) not null,
    response            varchar(40) not null,
    response_reason     varchar(2000) not null,
    triaged_by          uuid not null references person (id),
    triaged_at          timestamp with time zone not null,
    replaced_at         timestamp with time zone not null,
    replaced_by         uuid not null references person (id)
);
create index triage_history_event on triage_history (organisation_id, event_id, triaged_at);

-- A statutory duty: at most one of each kind per event. Detected as DUE; recorded as DONE or
-- DISMISSED once, with who, when, how and why.
create table duty (
    id                  uuid primary key,
    organisation_id     uuid not null references organisation (id),
    event_id            uuid not null references event (id),
    service_id          uuid not null references service (id),
    kind                varchar(40) not null,
    reason              varchar(1000) not null,
    due_at              timestamp with time zone not null,
    status              varchar(20) not null,
    detected_at         timestamp with time zone not null,
    detected_by         uuid references person (id),
    completed_at        timestamp with time zone,
    completed_by        uuid references person (id),
    completion_method   varchar(200),
    external_reference  varchar(100),
    dismissed_at        timestamp with time zone,
    dismissed_by        uuid references person (id),
    dismissal_reason    varchar(2000),
    version             integer not null,
    constraint duty_event_kind_unique unique (event_id, kind)
);
create index duty_event on duty (organisation_id, event_id);
create index duty_open on duty (organisation_id, status, due_at);
