package org.learnloop.actions;

/**
 * How strongly an action protects people, after the US VA action hierarchy: a forcing function
 * beats a reminder email beats "retrain staff". A plan made only of weaker actions is flagged.
 */
public enum ActionStrength {
    /**
     * Removes the hazard or makes the error impossible: a physical change to the environment, a
     * forcing function, a simplified process, standardised equipment, leadership acting directly.
     */
    STRONGER,
    /**
     * Makes the error less likely: checklists and cognitive aids, redundancy, more staff, fewer
     * distractions, software changes, simulation training.
     */
    INTERMEDIATE,
    /**
     * Relies on people remembering: double checks, warnings, a new policy, training, reminders.
     */
    WEAKER
}
