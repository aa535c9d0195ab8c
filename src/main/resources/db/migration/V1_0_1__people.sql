-- The provider, its services and its people. Every table carries organisation_id.
create table organisation (
    id          uuid primary key,
    name        varchar(200) not null,
    demo        boolean not null default false,
    created_at  timestamp with time zone not null
);

create table service (
    id               uuid primary key,
    organisation_id  uuid not null references organisation (id),
    code             varchar(12) not null,
    name             varchar(200) not null,
    kind             varchar(30) not null,
    nation           varchar(30) not null,
    constraint service_code_unique unique (organisation_id, code)
);

create table person (
    id               uuid primary key,
    organisation_id  uuid not null references organisation (id),
    username         varchar(100) not null,
    display_name     varchar(200) not null,
    email            varchar(254),
    password_hash    varchar(200) not null,
    role             varchar(40) not null,
    enabled          boolean not null default true,
    created_at       timestamp with time zone not null,
    constraint person_username_unique unique (username)
);
create index person_organisation on person (organisation_id);

create table membership (
    organisation_id  uuid not null references organisation (id),
    person_id        uuid not null references person (id),
    service_id       uuid not null references service (id),
    primary key (person_id, service_id)
);
create index membership_service on membership (service_id);

create table api_token (
    id               uuid primary key,
    organisation_id  uuid not null references organisation (id),
    person_id        uuid not null references person (id),
    name             varchar(100) not null,
    token_hash       varchar(64) not null,
    created_at       timestamp with time zone not null,
    last_used_at     timestamp with time zone,
    revoked_at       timestamp with time zone,
    constraint api_token_hash_unique unique (token_hash)
);
create index api_token_person on api_token (person_id);
