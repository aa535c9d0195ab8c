-- Scheduled work that must run once across every Learnloop server (shared.ScheduledWork): one row
-- per job, held by the server running it until lock_until. ShedLock's table, in database time (UTC).
create table shedlock (
    name        varchar(64) not null,
    lock_until  timestamp not null,
    locked_at   timestamp not null,
    locked_by   varchar(255) not null,
    constraint shedlock_pk primary key (name)
);
