-- Learning reviews over one or more events, with contributory factors and findings.
create table review (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    service_id      uuid not null references service (id),
    type            varchar(30) not null,
    lead_id         uuid not null references person (id),
    status          varchar(20) not null,
    summary         varchar(10000),
    opened_by       uuid not null references person (id),
    opened_at       timestamp with time zone not null,
    signed_off_by   uuid references person (id),
    signed_off_at   timestamp with time zone,
    version         integer not null default 0
);
create index review_service_status on review (organisation_id, service_id, status);

create table review_event (
    organisation_id uuid not null references organisation (id),
    review_id       uuid not null references review (id),
    event_id        uuid not null references event (id),
    primary key (review_id, event_id)
);
create index review_event_event on review_event (event_id);

create table review_factor (
    organisation_id uuid not null references organisation (id),
    review_id       uuid not null references review (id),
    factor          varchar(40) not null,
    primary key (review_id, factor)
);

create table review_finding (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    review_id       uuid not null references review (id),
    position        integer not null,
    text            varchar(2000) not null
);
create index review_finding_review on review_finding (review_id);
