-- Signing in safely: failed sign-ins in a row and the lockout they lead to, and the optional
-- two-step verification (TOTP) secret, with the one being set up and the last time step used
-- (so that a code cannot be used twice).
alter table person add column failed_sign_ins integer default 0 not null;
alter table person add column locked_until timestamp with time zone;
alter table person add column totp_secret varchar(64);
alter table person add column totp_pending_secret varchar(64);
alter table person add column totp_last_step bigint;
