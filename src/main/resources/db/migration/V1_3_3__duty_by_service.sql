-- Due duties of some services, soonest first (a manager's "needs attention" and daily digest): by
-- service first, so a manager of one service among many reads only that service's duties.
create index duty_service_open on duty (organisation_id, service_id, status, due_at);
