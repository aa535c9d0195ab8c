package org.learnloop.triage;

import org.learnloop.people.Actor;
import org.learnloop.people.Role;
import org.learnloop.reporting.EventType;
import org.learnloop.reporting.EventView;
import org.learnloop.shared.Forbidden;

/**
 * Who may triage an event and act on its duties, once they can see it: the managers (registered
 * manager, quality lead, nominated individual); for a staff concern, which bypasses line
 * management, only the Freedom to Speak Up guardian.
 */
final class TriageAccess {

    private TriageAccess() {
    }

    static boolean mayTriage(Actor actor, EventView event) {
        if (event.type() == EventType.STAFF_CONCERN) {
            return actor.is(Role.SPEAK_UP_GUARDIAN);
        }
        return actor.manages();
    }

    static void requireMayTriage(Actor actor, EventView event, String action) {
        if (!mayTriage(actor, event)) {
            throw Forbidden.because(event.type() == EventType.STAFF_CONCERN
                    ? "Only the Freedom to Speak Up guardian can " + action + " for a staff concern."
                    : "Only a registered manager, quality lead or nominated individual can " + action + ".");
        }
    }
}
