package org.learnloop.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The daily digest, under {@code learnloop.digest}. Each setting left out takes the default below.
 * The digest is sent only when a mail server is set ({@code spring.mail.host} and the other
 * {@code spring.mail.*} settings).
 *
 * @param cron when it is sent, as a Spring cron expression (seconds first): {@value #DEFAULT_CRON}, 07:00
 * @param zone the time zone of {@code cron}: {@value #DEFAULT_ZONE}
 * @param from the sender's address: {@value #DEFAULT_FROM}
 * @param actionsDueWithinDays how far ahead an action counts as due (7 days); overdue ones always do
 */
@ConfigurationProperties("learnloop.digest")
public record DigestSettings(String cron, String zone, String from, Integer actionsDueWithinDays) {

    static final String DEFAULT_CRON = "0 0 7 * * *";
    static final String DEFAULT_ZONE = "Europe/London";
    static final String DEFAULT_FROM = "Learnloop <learnloop@localhost>";

    public DigestSettings {
        cron = cron == null || cron.isBlank() ? DEFAULT_CRON : cron;
        zone = zone == null || zone.isBlank() ? DEFAULT_ZONE : zone;
        from = from == null || from.isBlank() ? DEFAULT_FROM : from;
        actionsDueWithinDays = actionsDueWithinDays == null ? 7 : actionsDueWithinDays;
        if (actionsDueWithinDays < 0) {
            throw new IllegalArgumentException("learnloop.digest.actions-due-within-days must be 0 or more");
        }
    }
}
