package org.learnloop.triage;

import java.util.Optional;
import java.util.function.Predicate;

import org.learnloop.shared.Nation;

/**
 * One named rule of a regulator's rule set: when it applies, what duty it gives rise to, why (in
 * words a registered manager would use, with the clock's length from the settings), and the clock.
 */
public record DutyRule(String name, DutyKind kind, Predicate<DutyFacts> appliesWhen, Reason reason, Deadline deadline) {

    /** The plain-English reason for a duty, which may quote the configured clock. */
    @FunctionalInterface
    public interface Reason {
        String explain(DutyFacts facts, TriageSettings settings);
    }

    public Optional<DetectedDuty> detect(DutyFacts facts, Nation nation, TriageSettings settings, WorkingDays workingDays) {
        if (!appliesWhen.test(facts)) {
            return Optional.empty();
        }
        return Optional.of(new DetectedDuty(kind, reason.explain(facts, settings),
                deadline.dueAt(facts.reportedAt(), nation, settings, workingDays)));
    }
}
