package org.learnloop.access;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Lets a fuzzing run be repeated exactly, or made longer: {@code -Dlearnloop.fuzz.seed=...} runs
 * every property with that seed (a failure's report prints the seed it used), and
 * {@code -Dlearnloop.fuzz.tries=...} tries each property that many times. Without them each run
 * draws a new seed and keeps the tries its properties name.
 */
class FuzzSeed implements AroundPropertyHook {

    static final String SEED = "learnloop.fuzz.seed";
    static final String TRIES = "learnloop.fuzz.tries";

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        String seed = System.getProperty(SEED, "").trim();
        if (!seed.isEmpty()) {
            context.attributes().setSeed(seed);
        }
        String tries = System.getProperty(TRIES, "").trim();
        if (!tries.isEmpty()) {
            context.attributes().setTries(Integer.valueOf(tries));
        }
        return property.execute();
    }
}
