-- Lessons written from signed-off reviews, the services they are shared with, and who has read
-- and understood each one. The text is stored only after it has been anonymised; what was taken
-- out is kept as counts by kind ("NAME:2,ROOM:1"), never the details themselves.
create table lesson (
    id               uuid primary key,
    organisation_id  uuid not null references organisation (id),
    review_id        uuid not null references review (id),
    title            varchar(500) not null,
    summary          varchar(15000) not null,
    removed_details  varchar(200),
    status           varchar(20) not null,
    created_by       uuid not null references person (id),
    created_at       timestamp with time zone not null,
    published_by     uuid references person (id),
    published_at     timestamp with time zone,
    version          integer not null default 0
);
create index lesson_review on lesson (organisation_id, review_id);
create index lesson_status on lesson (organisation_id, status, published_at);

create table lesson_service (
    organisation_id  uuid not null references organisation (id),
    lesson_id        uuid not null references lesson (id),
    service_id       uuid not null references service (id),
    primary key (lesson_id, service_id)
);
create index lesson_service_service on lesson_service (organisation_id, service_id);

create table lesson_acknowledgement (
    organisation_id  uuid not null references organisation (id),
    lesson_id        uuid not null references lesson (id),
    person_id        uuid not null references person (id),
    acknowledged_at  timestamp with time zone not null,
    primary key (lesson_id, person_id)
);
create index lesson_acknowledgement_person on lesson_acknowledgement (organisation_id, person_id);
