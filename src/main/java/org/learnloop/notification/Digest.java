package org.learnloop.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.learnloop.people.ManagerAddress;

/**
 * One person's daily email, before it is written out: what is due and overdue in their services
 * on one day, each list with its overdue items first. It carries references, what is due, when,
 * and where to find it; never what happened.
 */
record Digest(ManagerAddress to, LocalDate day, List<DutyLine> duties, List<ActionLine> actions,
        List<CheckLine> checks) {

    Digest {
        duties = List.copyOf(duties);
        actions = List.copyOf(actions);
        checks = List.copyOf(checks);
    }

    /** Nothing to say: no email is sent. */
    boolean isEmpty() {
        return size() == 0;
    }

    int size() {
        return duties.size() + actions.size() + checks.size();
    }

    long overdue() {
        return duties.stream().filter(DutyLine::overdue).count() + actions.stream().filter(ActionLine::overdue).count()
                + checks.stream().filter(CheckLine::overdue).count();
    }

    /** A statutory duty still to do: the event's reference, which duty, and when it is due. */
    record DutyLine(String reference, String duty, Instant dueAt, boolean overdue, String link) {
    }

    /** An open action: what will change (the manager's words for the plan), who leads it, and when it is due. */
    record ActionLine(String description, String lead, LocalDate dueDate, boolean overdue, String link) {
    }

    /** An effectiveness check to carry out: the action it checks, and when it is due. */
    record CheckLine(String action, LocalDate dueDate, boolean overdue, String link) {
    }
}
