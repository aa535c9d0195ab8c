package org.learnloop.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.learnloop.people.Actor;
import org.learnloop.people.Enrolment;
import org.learnloop.people.People;
import org.learnloop.people.Role;
import org.learnloop.people.ServiceKind;
import org.learnloop.shared.Nation;

/**
 * A provider of its own for one test: the demo's shape (Oak House, Riverside Home Care, Glen Lodge
 * and the demo roles) under usernames unique to this provider, so tests never see each other's
 * records, on H2 or on a shared PostgreSQL. Every password is {@value #PASSWORD}.
 */
public final class TestProvider {

    public static final String PASSWORD = "demo";

    private final People people;
    private final UUID organisationId;
    private final Map<String, UUID> services = new HashMap<>();
    private final String suffix;

    private TestProvider(Enrolment enrolment, People people) {
        this.people = people;
        this.suffix = UUID.randomUUID().toString().substring(0, 8);
        this.organisationId = enrolment.createOrganisation("Test Care Group " + suffix, false);
        UUID oak = enrolment.createService(organisationId, "OAK", "Oak House", ServiceKind.CARE_HOME, Nation.ENGLAND);
        UUID riverside = enrolment.createService(organisationId, "RIV", "Riverside Home Care", ServiceKind.HOME_CARE,
                Nation.ENGLAND);
        UUID glen = enrolment.createService(organisationId, "GLN", "Glen Lodge", ServiceKind.CARE_HOME, Nation.SCOTLAND);
        services.put("oak", oak);
        services.put("riverside", riverside);
        services.put("glen", glen);
        person(enrolment, "admin", Role.ADMINISTRATOR, List.of());
        person(enrolment, "quality", Role.QUALITY_LEAD, List.of());
        person(enrolment, "director", Role.NOMINATED_INDIVIDUAL, List.of());
        person(enrolment, "guardian", Role.SPEAK_UP_GUARDIAN, List.of());
        person(enrolment, "manager.oak", Role.REGISTERED_MANAGER, List.of(oak));
        person(enrolment, "carer.oak", Role.CARE_WORKER, List.of(oak));
        person(enrolment, "carer2.oak", Role.CARE_WORKER, List.of(oak));
        person(enrolment, "leader.oak", Role.TEAM_LEADER, List.of(oak));
        person(enrolment, "manager.riverside", Role.REGISTERED_MANAGER, List.of(riverside));
        person(enrolment, "carer.riverside", Role.CARE_WORKER, List.of(riverside));
        person(enrolment, "manager.glen", Role.REGISTERED_MANAGER, List.of(glen));
    }

    public static TestProvider create(Enrolment enrolment, People people) {
        return new TestProvider(enrolment, people);
    }

    private void person(Enrolment enrolment, String name, Role role, List<UUID> serviceIds) {
        enrolment.createPerson(organisationId, username(name), name + " " + suffix, role, PASSWORD, serviceIds);
    }

    /** The real username of one of the demo's people in this provider, for HTTP Basic. */
    public String username(String demoName) {
        return demoName + "." + suffix;
    }

    /** One of the demo's people, as they are when signed in: {@code actor("manager.oak")}. */
    public Actor actor(String demoName) {
        return people.actorByUsername(username(demoName)).orElseThrow();
    }

    public UUID organisationId() {
        return organisationId;
    }

    public UUID oak() {
        return services.get("oak");
    }

    public UUID riverside() {
        return services.get("riverside");
    }

    public UUID glen() {
        return services.get("glen");
    }
}
