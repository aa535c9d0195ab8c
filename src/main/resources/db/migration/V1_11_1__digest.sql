-- The daily digest: who was sent theirs on which day, so that nobody gets two on one day however
-- many servers fire the job.
create table digest_sent (
    organisation_id uuid not null references organisation (id),
    digest_date     date not null,
    person_id       uuid not null references person (id),
    sent_at         timestamp with time zone not null,
    items           integer not null,
    overdue         integer not null,
    constraint digest_sent_pk primary key (organisation_id, digest_date, person_id)
);
