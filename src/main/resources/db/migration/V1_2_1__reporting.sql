-- Events as reported, and the amendments added since. A report is never edited in place.
create table event (
    id                  uuid primary key,
    organisation_id     uuid not null references organisation (id),
    service_id          uuid not null references service (id),
    reference           varchar(30) not null,
    type                varchar(30) not null,
    category            varchar(30) not null,
    occurred_at         timestamp with time zone not null,
    reported_at         timestamp with time zone not null,
    reporter_id         uuid references person (id),
    anonymous           boolean not null default false,
    follow_up_hash      varchar(64),
    summary             varchar(200) not null,
    description         varchar(10000) not null,
    immediate_actions   varchar(5000),
    physical_harm       varchar(20) not null,
    psychological_harm  varchar(20) not null,
    constraint event_reference_unique unique (organisation_id, reference)
);
create index event_service_occurred on event (organisation_id, service_id, occurred_at);
create index event_reporter on event (reporter_id, reported_at);
create index event_follow_up on event (follow_up_hash);

create table event_amendment (
    id               uuid primary key,
    organisation_id  uuid not null references organisation (id),
    event_id         uuid not null references event (id),
    added_at         timestamp with time zone not null,
    added_by         uuid references person (id),
    text             varchar(5000) not null
);
create index event_amendment_event on event_amendment (event_id);

-- The next number of each service's references for a year: OAK-2026-0042.
create table reference_counter (
    organisation_id  uuid not null references organisation (id),
    service_id       uuid not null references service (id),
    reference_year   integer not null,
    last_value       integer not null,
    primary key (service_id, reference_year)
);
