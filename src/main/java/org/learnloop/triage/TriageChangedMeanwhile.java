package org.learnloop.triage;

import org.learnloop.shared.ConflictingChange;

/**
 * A triage refused because someone else triaged the event after the person opened the form: it
 * carries the triage saved now, so that they can see it before deciding what to save over it.
 */
public class TriageChangedMeanwhile extends ConflictingChange {

    private final transient TriageView current;

    TriageChangedMeanwhile(String reference, TriageView current) {
        super(ConflictingChange.on("The triage of " + reference).getMessage());
        this.current = current;
    }

    /** The event's triage as it is saved now. */
    public TriageView current() {
        return current;
    }
}
