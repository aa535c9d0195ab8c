package org.learnloop.actions;

import java.util.List;
import java.util.UUID;

/** A review's action plan: its actions, and whether the plan leans only on people remembering. */
public record ActionPlanView(UUID reviewId, List<ActionView> actions, boolean onlyWeaker) {

    public static ActionPlanView of(UUID reviewId, List<ActionView> actions) {
        return new ActionPlanView(reviewId, List.copyOf(actions), onlyWeaker(actions));
    }

    /**
     * A plan made only of weaker actions (training, reminders, a new policy) is flagged: it relies
     * on people remembering, and the hierarchy says it is unlikely to change practice on its own.
     * An empty plan is not flagged; it is simply not written yet.
     */
    public static boolean onlyWeaker(List<ActionView> actions) {
        return !actions.isEmpty() && actions.stream().allMatch(a -> a.strength() == ActionStrength.WEAKER);
    }
}
