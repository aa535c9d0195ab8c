package org.learnloop.reporting;

import org.learnloop.people.Actor;

/**
 * Who may see which event, written once as a rule and once as SQL so lists and single reads agree.
 * <ul>
 * <li>Anyone sees what they reported themselves.</li>
 * <li>A care worker sees only that: colleagues' reports hold health data they do not need.</li>
 * <li>A team leader sees the events of their services, except safeguarding and staff concerns.</li>
 * <li>A registered manager sees the events of their services, including safeguarding concerns.</li>
 * <li>Quality lead, nominated individual and administrator see every service's events the same way.</li>
 * <li>Staff concerns (speak up) bypass line management: only the Freedom to Speak Up guardian sees
 * them, and the guardian sees nothing else.</li>
 * </ul>
 */
final class EventVisibility {

    private EventVisibility() {
    }

    static boolean canSee(Actor actor, EventView event) {
        if (!event.organisationId().equals(actor.organisationId())) {
            return false;
        }
        if (actor.personId().equals(event.reporterId())) {
            return true;
        }
        return switch (actor.role()) {
            case CARE_WORKER -> false;
            case TEAM_LEADER -> actor.belongsTo(event.serviceId()) && !event.type().restricted();
            case REGISTERED_MANAGER, QUALITY_LEAD, NOMINATED_INDIVIDUAL, ADMINISTRATOR ->
                    actor.belongsTo(event.serviceId()) && event.type() != EventType.STAFF_CONCERN;
            case SPEAK_UP_GUARDIAN -> event.type() == EventType.STAFF_CONCERN;
        };
    }

    /**
     * The same rule as a SQL condition over table alias {@code e}, using the named parameters
     * {@code :actorOrg}, {@code :actorId} and {@code :actorServices}.
     */
    static String sqlCondition(Actor actor) {
        String rule = switch (actor.role()) {
            case CARE_WORKER -> "1 = 0";
            case TEAM_LEADER -> "(e.service_id in (:actorServices) and e.type not in ('SAFEGUARDING_CONCERN', 'STAFF_CONCERN'))";
            case REGISTERED_MANAGER, QUALITY_LEAD, NOMINATED_INDIVIDUAL, ADMINISTRATOR ->
                    "(e.service_id in (:actorServices) and e.type <> 'STAFF_CONCERN')";
            case SPEAK_UP_GUARDIAN -> "e.type = 'STAFF_CONCERN'";
        };
        return "e.organisation_id = :actorOrg and (e.reporter_id = :actorId or " + rule + ")";
    }
}
