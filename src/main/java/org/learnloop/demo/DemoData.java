package org.learnloop.demo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.learnloop.people.Enrolment;
import org.learnloop.people.Role;
import org.learnloop.people.ServiceKind;
import org.learnloop.shared.Nation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Started with {@code --demo}: seeds the demo provider once. On a database that already holds the
 * demo it does nothing; on one that holds a real provider it refuses to start.
 */
@Component
@Order(1)
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Enrolment enrolment;
    private final DemoHistory history;

    DemoData(Enrolment enrolment, DemoHistory history) {
        this.enrolment = enrolment;
        this.history = history;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption("demo")) {
            return;
        }
        if (!enrolment.onlyDemoData()) {
            throw new IllegalStateException("--demo refused: this database holds a real provider's records. "
                    + "Start without --demo, or point Learnloop at an empty database.");
        }
        if (enrolment.organisationCount() > 0) {
            log.info("Demo data is already here; starting with it.");
            return;
        }
        seed();
    }

    DemoProvider seed() {
        UUID organisation = enrolment.createOrganisation("Demo Care Group", true);
        UUID oak = enrolment.createService(organisation, "OAK", "Oak House", ServiceKind.CARE_HOME, Nation.ENGLAND);
        UUID riverside = enrolment.createService(organisation, "RIV", "Riverside Home Care", ServiceKind.HOME_CARE,
                Nation.ENGLAND);
        UUID glen = enrolment.createService(organisation, "GLN", "Glen Lodge", ServiceKind.CARE_HOME, Nation.SCOTLAND);
        Map<String, UUID> people = new java.util.LinkedHashMap<>();
        people.put("admin", enrolment.createPerson(organisation, "admin", "Alex Admin", Role.ADMINISTRATOR, PASSWORD, List.of()));
        people.put("quality", enrolment.createPerson(organisation, "quality", "Priya Quality", Role.QUALITY_LEAD, PASSWORD, List.of()));
        people.put("director", enrolment.createPerson(organisation, "director", "Dana Director", Role.NOMINATED_INDIVIDUAL, PASSWORD, List.of()));
        people.put("guardian", enrolment.createPerson(organisation, "guardian", "Gill Guardian", Role.SPEAK_UP_GUARDIAN, PASSWORD, List.of()));
        people.put("manager.oak", enrolment.createPerson(organisation, "manager.oak", "Maria Oak", Role.REGISTERED_MANAGER, PASSWORD, List.of(oak)));
        people.put("carer.oak", enrolment.createPerson(organisation, "carer.oak", "Chris Oak", Role.CARE_WORKER, PASSWORD, List.of(oak)));
        people.put("manager.riverside", enrolment.createPerson(organisation, "manager.riverside", "Rob Riverside", Role.REGISTERED_MANAGER, PASSWORD, List.of(riverside)));
        people.put("carer.riverside", enrolment.createPerson(organisation, "carer.riverside", "Sam Riverside", Role.CARE_WORKER, PASSWORD, List.of(riverside)));
        people.put("manager.glen", enrolment.createPerson(organisation, "manager.glen", "Morag Glen", Role.REGISTERED_MANAGER, PASSWORD, List.of(glen)));
        DemoProvider provider = new DemoProvider(organisation, Map.of("OAK", oak, "RIV", riverside, "GLN", glen), people);
        history.seed(provider);
        log.info("Seeded the demo provider: sign in as manager.oak / demo.");
        return provider;
    }

    /** The ids of what the demo created, for the history that follows. */
    record DemoProvider(UUID organisationId, Map<String, UUID> services, Map<String, UUID> people) {
    }
}
