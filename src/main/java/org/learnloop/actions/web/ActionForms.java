package org.learnloop.actions.web;

import java.time.LocalDate;
import java.util.UUID;

import org.learnloop.actions.ActionStrength;
import org.learnloop.actions.AddAction;

/** The forms of the action pages. */
final class ActionForms {

    private ActionForms() {
    }

    /** Adding an action to a review's plan. */
    record AddActionForm(UUID findingId, String description, String leadUsername, LocalDate dueDate,
            ActionStrength strength) {

        /** A blank form; when the review has a single finding, it is already chosen. */
        static AddActionForm blank(UUID onlyFinding) {
            return new AddActionForm(onlyFinding, null, null, null, null);
        }

        AddAction toCommand() {
            return new AddAction(description, leadUsername, dueDate, strength, findingId);
        }
    }

    /** The lead recording an action as done. */
    record CompletionForm(String evidence) {
    }
}
