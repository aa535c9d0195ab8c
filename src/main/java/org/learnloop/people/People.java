package org.learnloop.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.learnloop.shared.Sql;
import org.learnloop.shared.Nation;
import org.learnloop.shared.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who the provider's services and staff are, as the rest of Learnloop asks. Every answer is
 * scoped to one organisation; a service the person does not belong to is "not found".
 */
@Service
@Transactional(readOnly = true)
public class People {

    private final JdbcClient db;
    private final Accounts accounts;

    People(JdbcClient db, Accounts accounts) {
        this.db = db;
        this.accounts = accounts;
    }

    /**
     * A person as they would be when signed in, for work Learnloop does on someone's behalf (the
     * demo history, scheduled jobs) and for tests.
     */
    public Optional<Actor> actorByUsername(String username) {
        return accounts.findByUsername(username).map(Accounts.SignedInPerson::actor);
    }

    /** The services this person can see: their own, or all of the provider's for provider-wide roles. */
    public List<ServiceSummary> visibleServices(Actor actor) {
        return db.sql("select * from service where organisation_id = ? order by name")
                .param(actor.organisationId())
                .query(People::service).list().stream()
                .filter(s -> actor.belongsTo(s.id()))
                .toList();
    }

    /** A service the person can see, or {@link NotFound}. */
    public ServiceSummary serviceVisibleTo(Actor actor, UUID serviceId) {
        if (serviceId == null || !actor.belongsTo(serviceId)) {
            throw NotFound.of("Service", serviceId);
        }
        return service(actor.organisationId(), serviceId).orElseThrow(() -> NotFound.of("Service", serviceId));
    }

    public Optional<ServiceSummary> service(UUID organisationId, UUID serviceId) {
        return db.sql("select * from service where organisation_id = ? and id = ?")
                .param(organisationId).param(serviceId)
                .query(People::service).optional();
    }

    public Map<UUID, ServiceSummary> services(UUID organisationId) {
        return db.sql("select * from service where organisation_id = ?")
                .param(organisationId)
                .query(People::service).list().stream()
                .collect(Collectors.toMap(ServiceSummary::id, Function.identity()));
    }

    public Optional<PersonSummary> personByUsername(UUID organisationId, String username) {
        if (username == null || username.isBlank() || org.learnloop.shared.PlainText.hasHiddenCharacters(username)) {
            return Optional.empty();
        }
        return db.sql("select id, username, display_name, role from person where organisation_id = ? and username = ? and enabled")
                .param(organisationId).param(username.trim())
                .query(People::person).optional();
    }

    /** Names for a batch of people, in one query. */
    public Map<UUID, PersonSummary> persons(UUID organisationId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Sql.inChunks(ids, chunk -> db.sql("select id, username, display_name, role from person where organisation_id = :org and id in (:ids)")
                .param("org", organisationId).param("ids", chunk)
                .query(People::person).list()).stream()
                .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
    }

    /** Whether the person belongs to the service, or works provider-wide. */
    public boolean canWorkIn(UUID organisationId, UUID personId, UUID serviceId) {
        return db.sql("""
                select count(*) from person p
                where p.organisation_id = :org and p.id = :person and p.enabled
                  and (p.role in ('QUALITY_LEAD', 'NOMINATED_INDIVIDUAL', 'ADMINISTRATOR', 'SPEAK_UP_GUARDIAN')
                       or exists (select 1 from membership m where m.person_id = p.id and m.service_id = :service))
                """)
                .param("org", organisationId).param("person", personId).param("service", serviceId)
                .query(Long.class).single() > 0;
    }

    /** Every organisation this installation serves, for work Learnloop does for each on its own. */
    public List<UUID> organisationIds() {
        return db.sql("select id from organisation order by id").query(UUID.class).list();
    }

    /**
     * Everyone in the organisation who manages services (see {@link Role#manages()}), may sign in
     * and has an email address, each with the services they may see: for the daily digest. Three
     * queries, however many people.
     */
    public List<ManagerAddress> managersWithEmail(UUID organisationId) {
        List<String> roles = Arrays.stream(Role.values()).filter(Role::manages).map(Role::name).toList();
        List<Manager> managers = db.sql("""
                select id, username, display_name, role, email from person
                where organisation_id = :org and enabled and email is not null and email <> '' and role in (:roles)
                order by username
                """)
                .param("org", organisationId).param("roles", roles)
                .query((rs, row) -> new Manager(rs.getObject("id", UUID.class), rs.getString("username"),
                        rs.getString("display_name"), Role.valueOf(rs.getString("role")), rs.getString("email")))
                .list();
        if (managers.isEmpty()) {
            return List.of();
        }
        Map<UUID, Set<UUID>> memberships = new HashMap<>();
        db.sql("""
                select m.person_id, m.service_id from membership m join person p on p.id = m.person_id
                where m.organisation_id = :org and p.organisation_id = :org and p.enabled and p.email is not null
                  and p.role in (:roles)
                """)
                .param("org", organisationId).param("roles", roles)
                .query((rs, row) -> Map.entry(rs.getObject("person_id", UUID.class), rs.getObject("service_id", UUID.class)))
                .list()
                .forEach(m -> memberships.computeIfAbsent(m.getKey(), k -> new HashSet<>()).add(m.getValue()));
        Set<UUID> everyService = managers.stream().anyMatch(m -> m.role().providerWide())
                ? Set.copyOf(db.sql("select id from service where organisation_id = ?").param(organisationId)
                        .query(UUID.class).list())
                : Set.of();
        return managers.stream()
                .map(m -> new ManagerAddress(new Actor(m.id(), organisationId, m.username(), m.displayName(), m.role(),
                        m.role().providerWide() ? everyService : memberships.getOrDefault(m.id(), Set.of())),
                        m.email()))
                .toList();
    }

    private record Manager(UUID id, String username, String displayName, Role role, String email) {
    }

    /** The staff who belong to any of these services (not provider-wide roles), for acknowledgements. */
    public List<PersonSummary> staffOf(UUID organisationId, Collection<UUID> serviceIds) {
        if (serviceIds.isEmpty()) {
            return List.of();
        }
        return db.sql("""
                select distinct p.id, p.username, p.display_name, p.role from person p
                join membership m on m.person_id = p.id
                where p.organisation_id = :org and p.enabled and m.service_id in (:services)
                """)
                .param("org", organisationId).param("services", Set.copyOf(serviceIds))
                .query(People::person).list().stream()
                .sorted(Comparator.comparing(PersonSummary::displayName))
                .toList();
    }

    static ServiceSummary service(ResultSet rs, int row) throws SQLException {
        return new ServiceSummary(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
                rs.getString("code"), rs.getString("name"), ServiceKind.valueOf(rs.getString("kind")),
                Nation.valueOf(rs.getString("nation")));
    }

    static PersonSummary person(ResultSet rs, int row) throws SQLException {
        return new PersonSummary(rs.getObject("id", UUID.class), rs.getString("username"),
                rs.getString("display_name"), Role.valueOf(rs.getString("role")));
    }
}
