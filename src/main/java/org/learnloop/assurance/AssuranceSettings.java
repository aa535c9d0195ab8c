package org.learnloop.assurance;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When effectiveness checks fall due, set by an administrator ({@code learnloop.assurance.*}).
 *
 * @param checkAfter how long after an action is verified its first check is due (default 28 days)
 * @param recheckAfter how long after a "partly embedded" verdict the next check is due (default 28 days)
 */
@ConfigurationProperties("learnloop.assurance")
public record AssuranceSettings(@DefaultValue("28d") Period checkAfter, @DefaultValue("28d") Period recheckAfter) {

    public AssuranceSettings {
        if (checkAfter.isNegative() || recheckAfter.isNegative()) {
            throw new IllegalArgumentException("learnloop.assurance periods must not be negative");
        }
    }
}
