package org.learnloop.people;

import java.time.Clock;
import java.util.Collection;
import java.util.UUID;

import org.learnloop.shared.Nation;
import org.learnloop.shared.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets up a provider: its organisation, services and staff, with no questions asked. Used at
 * first start, by the demo and by tests; administrators work through {@link Administration},
 * which checks who is asking and what they enter.
 */
@Service
@Transactional
public class Enrolment {

    private final JdbcClient db;
    private final StaffStore staff;
    private final PasswordEncoder passwords;
    private final Clock clock;

    Enrolment(JdbcClient db, StaffStore staff, PasswordEncoder passwords, Clock clock) {
        this.db = db;
        this.staff = staff;
        this.passwords = passwords;
        this.clock = clock;
    }

    public UUID createOrganisation(String name, boolean demo) {
        UUID id = UUID.randomUUID();
        db.sql("insert into organisation (id, name, demo, created_at) values (?, ?, ?, ?)")
                .params(id, name, demo, Sql.ts(clock.instant())).update();
        return id;
    }

    public UUID createService(UUID organisationId, String code, String name, ServiceKind kind, Nation nation) {
        UUID id = UUID.randomUUID();
        staff.insertService(organisationId, new ServiceDetails(id, code, name, kind, nation, 0));
        return id;
    }

    /** A person who knows their own password (the demo's people, tests): never asked to change it. */
    public UUID createPerson(UUID organisationId, String username, String displayName, Role role, String rawPassword,
            Collection<UUID> serviceIds) {
        return createPerson(organisationId, username, displayName, role, rawPassword, serviceIds, false);
    }

    /**
     * A person; with {@code mustChangePassword} the password is a one-time password that someone
     * else set, and the person must choose their own before doing anything else.
     */
    public UUID createPerson(UUID organisationId, String username, String displayName, Role role, String rawPassword,
            Collection<UUID> serviceIds, boolean mustChangePassword) {
        UUID id = UUID.randomUUID();
        staff.insertPerson(organisationId, id, username, displayName, null, role, passwords.encode(rawPassword),
                clock.instant(), mustChangePassword);
        staff.replaceMemberships(organisationId, id, serviceIds);
        return id;
    }

    @Transactional(readOnly = true)
    public long organisationCount() {
        return db.sql("select count(*) from organisation").query(Long.class).single();
    }

    @Transactional(readOnly = true)
    public boolean onlyDemoData() {
        return db.sql("select count(*) from organisation where not demo").query(Long.class).single() == 0;
    }
}
