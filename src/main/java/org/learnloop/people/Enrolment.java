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
 * Sets up a provider: its organisation, services and staff. Used at first start, by the demo and
 * by administrators.
 */
@Service
@Transactional
public class Enrolment {

    private final JdbcClient db;
    private final PasswordEncoder passwords;
    private final Clock clock;

    Enrolment(JdbcClient db, PasswordEncoder passwords, Clock clock) {
        this.db = db;
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
        db.sql("insert into service (id, organisation_id, code, name, kind, nation) values (?, ?, ?, ?, ?, ?)")
                .params(id, organisationId, code, name, kind.name(), nation.name()).update();
        return id;
    }

    public UUID createPerson(UUID organisationId, String username, String displayName, Role role, String rawPassword,
            Collection<UUID> serviceIds) {
        UUID id = UUID.randomUUID();
        db.sql("""
                insert into person (id, organisation_id, username, display_name, password_hash, role, enabled, created_at)
                values (?, ?, ?, ?, ?, ?, true, ?)
                """)
                .params(id, organisationId, username, displayName, passwords.encode(rawPassword), role.name(),
                        Sql.ts(clock.instant()))
                .update();
        for (UUID serviceId : serviceIds) {
            db.sql("insert into membership (organisation_id, person_id, service_id) values (?, ?, ?)")
                    .params(organisationId, id, serviceId).update();
        }
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
