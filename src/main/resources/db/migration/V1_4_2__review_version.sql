-- Every saved write-up of a review, kept so that a manager whose save is refused because someone
-- else saved since can be shown what that person changed. One row per version a write-up was saved
-- at (the empty one when the review is opened, then each save); signing off changes no words and
-- keeps none.
create table review_version (
    organisation_id uuid not null references organisation (id),
    review_id       uuid not null references review (id),
    version         integer not null,
    summary         varchar(10000),
    saved_by        uuid references person (id),
    saved_at        timestamp with time zone,
    primary key (review_id, version)
);

create table review_version_factor (
    organisation_id uuid not null references organisation (id),
    review_id       uuid not null,
    version         integer not null,
    factor          varchar(40) not null,
    primary key (review_id, version, factor),
    foreign key (review_id, version) references review_version (review_id, version)
);

create table review_version_finding (
    organisation_id uuid not null references organisation (id),
    review_id       uuid not null,
    version         integer not null,
    position        integer not null,
    finding_id      uuid not null,
    text            varchar(2000) not null,
    primary key (review_id, version, position),
    foreign key (review_id, version) references review_version (review_id, version)
);

-- Reviews written before the history began keep their present write-up as its version; who saved
-- it, and when, is not known.
insert into review_version (organisation_id, review_id, version, summary)
select organisation_id, id, version, summary from review;

insert into review_version_factor (organisation_id, review_id, version, factor)
select f.organisation_id, f.review_id, r.version, f.factor
from review_factor f join review r on r.id = f.review_id;

insert into review_version_finding (organisation_id, review_id, version, position, finding_id, text)
select f.organisation_id, f.review_id, r.version, f.position, f.id, f.text
from review_finding f join review r on r.id = f.review_id;
