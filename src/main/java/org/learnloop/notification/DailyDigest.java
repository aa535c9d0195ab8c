package org.learnloop.notification;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.learnloop.people.ManagerAddress;
import org.learnloop.people.People;
import org.learnloop.shared.UkTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the daily digest, every day at {@code learnloop.digest.cron}. Every server fires the job;
 * the lock ({@code shared.ScheduledWork}) lets one of them run it at a time, and {@link SentDigests}
 * makes sure nobody gets a second digest the same day, so each person gets exactly one. One
 * organisation after another, one person after another: an address the mail server refuses, or a
 * person whose digest cannot be worked out, is logged and the others still get theirs. Without a
 * mail server ({@code spring.mail.host}) it does nothing, and says so once at start-up.
 */
@Component
class DailyDigest {

    private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final People people;
    private final Digests digests;
    private final SentDigests sent;
    private final DigestSettings settings;
    private final Clock clock;

    DailyDigest(ObjectProvider<JavaMailSender> mailSender, People people, Digests digests, SentDigests sent,
            DigestSettings settings, Clock clock) {
        this.mailSender = mailSender;
        this.people = people;
        this.digests = digests;
        this.sent = sent;
        this.settings = settings;
        this.clock = clock;
    }

    /** How one run went: digests sent, people with nothing to say, people whose digest failed. */
    record Run(int sent, int nothingToSay, int failed) {
    }

    @EventListener(ApplicationReadyEvent.class)
    void sayWhetherItRuns() {
        if (mailSender.getIfAvailable() == null) {
            log.info("The daily email is off: no mail server is set (spring.mail.host)");
        } else {
            log.info("The daily email goes out at '{}' ({}) from {}", settings.cron(), settings.zone(), settings.from());
        }
    }

    @Scheduled(cron = "${learnloop.digest.cron:" + DigestSettings.DEFAULT_CRON + "}",
            zone = "${learnloop.digest.zone:" + DigestSettings.DEFAULT_ZONE + "}")
    @SchedulerLock(name = "daily-digest", lockAtMostFor = "PT1H")
    void send() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender != null) {
            Run run = sendWith(sender);
            log.info("Daily email: {} sent, {} with nothing to say, {} failed", run.sent(), run.nothingToSay(),
                    run.failed());
        }
    }

    /** Sends today's digest to everyone who has not had it yet. */
    Run sendWith(JavaMailSender sender) {
        LocalDate day = UkTime.londonDate(clock.instant());
        int sentCount = 0;
        int nothing = 0;
        int failed = 0;
        for (UUID organisationId : people.organisationIds()) {
            Set<UUID> already = sent.recipientsOn(organisationId, day);
            for (ManagerAddress to : people.managersWithEmail(organisationId)) {
                if (already.contains(to.actor().personId())) {
                    continue;
                }
                try {
                    Digest digest = digests.compose(to, day);
                    if (digest.isEmpty()) {
                        nothing++;
                        continue;
                    }
                    sender.send(message -> write(message, digest));
                    sent.record(digest, clock.instant());
                    sentCount++;
                } catch (RuntimeException e) {
                    failed++;
                    log.warn("The daily email to {} was not sent: {}", to.actor().username(), e.getMessage());
                }
            }
        }
        return new Run(sentCount, nothing, failed);
    }

    private void write(MimeMessage message, Digest digest) throws MessagingException {
        MimeMessageHelper mail = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
        mail.setFrom(settings.from());
        mail.setTo(digest.to().email());
        mail.setSubject(DigestText.subject(digest));
        mail.setText(DigestText.body(digest), false);
    }
}
