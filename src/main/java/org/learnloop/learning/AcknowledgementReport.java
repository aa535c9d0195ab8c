package org.learnloop.learning;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.learnloop.people.PersonSummary;

/**
 * Who of a lesson's staff (the people who belong to its services) has read and understood it, and
 * who has not yet, for the manager following it up.
 */
public record AcknowledgementReport(UUID lessonId, List<StaffAcknowledgement> staff) {

    public AcknowledgementReport {
        staff = List.copyOf(staff);
    }

    /** One member of staff, with when they acknowledged the lesson, or null for "not yet". */
    public record StaffAcknowledgement(PersonSummary person, Instant acknowledgedAt) {

        public boolean acknowledged() {
            return acknowledgedAt != null;
        }
    }

    /** Those who have acknowledged it, earliest first. */
    public List<StaffAcknowledgement> acknowledged() {
        return staff.stream().filter(StaffAcknowledgement::acknowledged)
                .sorted(Comparator.comparing(StaffAcknowledgement::acknowledgedAt)).toList();
    }

    /** Those who have not yet, by name. */
    public List<PersonSummary> outstanding() {
        return staff.stream().filter(s -> !s.acknowledged()).map(StaffAcknowledgement::person).toList();
    }

    public int acknowledgedCount() {
        return (int) staff.stream().filter(StaffAcknowledgement::acknowledged).count();
    }

    public int staffCount() {
        return staff.size();
    }

    public AckCount count() {
        return new AckCount(acknowledgedCount(), staffCount());
    }
}
