package org.learnloop.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.learnloop.shared.Nation;
import org.learnloop.shared.PageOf;
import org.learnloop.shared.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL behind the administration of services, staff, memberships and passwords. */
@Repository
class StaffStore {

    private final JdbcClient db;

    StaffStore(JdbcClient db) {
        this.db = db;
    }

    // Services

    List<ServiceDetails> services(UUID organisationId, PageOf.Request page) {
        return db.sql("""
                select id, code, name, kind, nation, version from service
                where organisation_id = ? order by lower(name), code limit ? offset ?
                """)
                .params(organisationId, page.size(), page.offset())
                .query(StaffStore::service).list();
    }

    long serviceCount(UUID organisationId) {
        return db.sql("select count(*) from service where organisation_id = ?").param(organisationId)
                .query(Long.class).single();
    }

    Optional<ServiceDetails> service(UUID organisationId, UUID serviceId) {
        return db.sql("select id, code, name, kind, nation, version from service where organisation_id = ? and id = ?")
                .params(organisationId, serviceId).query(StaffStore::service).optional();
    }

    boolean codeTaken(UUID organisationId, String code) {
        return db.sql("select count(*) from service where organisation_id = ? and code = ?")
                .params(organisationId, code).query(Long.class).single() > 0;
    }

    void insertService(UUID organisationId, ServiceDetails service) {
        db.sql("insert into service (id, organisation_id, code, name, kind, nation, version) values (?, ?, ?, ?, ?, ?, 0)")
                .params(service.id(), organisationId, service.code(), service.name(), service.kind().name(),
                        service.nation().name())
                .update();
    }

    boolean renameService(UUID organisationId, UUID serviceId, String name, int version) {
        return db.sql("""
                update service set name = ?, version = version + 1
                where organisation_id = ? and id = ? and version = ?
                """)
                .params(name, organisationId, serviceId, version).update() == 1;
    }

    /** Which of these ids are services of the organisation. */
    Set<UUID> existingServices(UUID organisationId, Collection<UUID> serviceIds) {
        if (serviceIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(db.sql("select id from service where organisation_id = :org and id in (:ids)")
                .param("org", organisationId).param("ids", Set.copyOf(serviceIds))
                .query(UUID.class).list());
    }

    // People

    List<StaffMember> persons(UUID organisationId, PageOf.Request page) {
        List<PersonRow> rows = db.sql("""
                select id, username, display_name, email, role, enabled, must_change_password, created_at, version,
                    locked_until, totp_secret is not null as two_step
                from person where organisation_id = ?
                order by lower(display_name), username limit ? offset ?
                """)
                .params(organisationId, page.size(), page.offset())
                .query(StaffStore::person).list();
        return withServices(organisationId, rows);
    }

    long personCount(UUID organisationId) {
        return db.sql("select count(*) from person where organisation_id = ?").param(organisationId)
                .query(Long.class).single();
    }

    Optional<StaffMember> person(UUID organisationId, UUID personId) {
        return db.sql("""
                select id, username, display_name, email, role, enabled, must_change_password, created_at, version,
                    locked_until, totp_secret is not null as two_step
                from person where organisation_id = ? and id = ?
                """)
                .params(organisationId, personId)
                .query(StaffStore::person).optional()
                .map(row -> withServices(organisationId, List.of(row)).get(0));
    }

    /** Usernames are unique across the installation, whatever their case, because sign-in has no provider. */
    boolean usernameTaken(String username) {
        return db.sql("select count(*) from person where lower(username) = lower(?)").param(username)
                .query(Long.class).single() > 0;
    }

    void insertPerson(UUID organisationId, UUID personId, String username, String displayName, String email, Role role,
            String passwordHash, Instant createdAt, boolean mustChangePassword) {
        db.sql("""
                insert into person (id, organisation_id, username, display_name, email, password_hash, role, enabled,
                    created_at, must_change_password, version)
                values (?, ?, ?, ?, ?, ?, ?, true, ?, ?, 0)
                """)
                .params(personId, organisationId, username, displayName, email, passwordHash, role.name(),
                        Sql.ts(createdAt), mustChangePassword)
                .update();
    }

    boolean updatePerson(UUID organisationId, UUID personId, Role role, boolean enabled, int version) {
        return db.sql("""
                update person set role = ?, enabled = ?, version = version + 1
                where organisation_id = ? and id = ? and version = ?
                """)
                .params(role.name(), enabled, organisationId, personId, version).update() == 1;
    }

    void replaceMemberships(UUID organisationId, UUID personId, Collection<UUID> serviceIds) {
        db.sql("delete from membership where organisation_id = ? and person_id = ?").params(organisationId, personId)
                .update();
        for (UUID serviceId : Set.copyOf(serviceIds)) {
            db.sql("insert into membership (organisation_id, person_id, service_id) values (?, ?, ?)")
                    .params(organisationId, personId, serviceId).update();
        }
    }

    Optional<String> passwordHash(UUID organisationId, UUID personId) {
        return db.sql("select password_hash from person where organisation_id = ? and id = ?")
                .params(organisationId, personId).query(String.class).optional();
    }

    boolean setPassword(UUID organisationId, UUID personId, String passwordHash, boolean mustChangePassword) {
        return db.sql("""
                update person set password_hash = ?, must_change_password = ?
                where organisation_id = ? and id = ?
                """)
                .params(passwordHash, mustChangePassword, organisationId, personId).update() == 1;
    }

    private List<StaffMember> withServices(UUID organisationId, List<PersonRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, ServiceSummary> services = new HashMap<>();
        db.sql("select * from service where organisation_id = ?").param(organisationId)
                .query(People::service).list()
                .forEach(s -> services.put(s.id(), s));
        Map<UUID, List<ServiceSummary>> memberships = new HashMap<>();
        db.sql("select person_id, service_id from membership where organisation_id = :org and person_id in (:ids)")
                .param("org", organisationId)
                .param("ids", rows.stream().map(PersonRow::id).collect(java.util.stream.Collectors.toSet()))
                .query((rs, n) -> Map.entry(Sql.uuid(rs, "person_id"), Sql.uuid(rs, "service_id"))).list()
                .forEach(m -> {
                    ServiceSummary service = services.get(m.getValue());
                    if (service != null) {
                        memberships.computeIfAbsent(m.getKey(), k -> new ArrayList<>()).add(service);
                    }
                });
        return rows.stream().map(row -> row.member(memberships.getOrDefault(row.id(), List.of()).stream()
                .sorted(Comparator.comparing(ServiceSummary::name)).toList())).toList();
    }

    private static ServiceDetails service(ResultSet rs, int row) throws SQLException {
        return new ServiceDetails(Sql.uuid(rs, "id"), rs.getString("code"), rs.getString("name"),
                Sql.enumValue(rs, "kind", ServiceKind.class), Sql.enumValue(rs, "nation", Nation.class),
                rs.getInt("version"));
    }

    private static PersonRow person(ResultSet rs, int row) throws SQLException {
        return new PersonRow(Sql.uuid(rs, "id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("email"), Sql.enumValue(rs, "role", Role.class), rs.getBoolean("enabled"),
                rs.getBoolean("must_change_password"), Sql.instant(rs, "created_at"), rs.getInt("version"),
                Sql.instant(rs, "locked_until"), rs.getBoolean("two_step"));
    }

    private record PersonRow(UUID id, String username, String displayName, String email, Role role, boolean enabled,
            boolean mustChangePassword, Instant createdAt, int version, Instant lockedUntil, boolean twoStep) {

        StaffMember member(List<ServiceSummary> services) {
            return new StaffMember(id, username, displayName, email, role, services, enabled, mustChangePassword,
                    createdAt, version, lockedUntil, twoStep);
        }
    }
}
