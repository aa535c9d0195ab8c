package org.learnloop.reporting;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.learnloop.audittrail.AuditTrail;
import org.learnloop.people.Actor;
import org.learnloop.people.People;
import org.learnloop.people.ServiceSummary;
import org.learnloop.shared.InvalidRequest;
import org.learnloop.shared.InvalidRequest.FieldMessage;
import org.learnloop.shared.NotFound;
import org.learnloop.shared.PlainText;
import org.learnloop.shared.UkTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes reports and amendments. A report is committed before the reporter is told its reference,
 * so nothing acknowledged is ever lost.
 */
@Service
@Transactional
public class EventReporting {

    /** A phone's clock may run a little fast; anything later than this is "in the future". */
    private static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(10);
    private static final Duration OLDEST_REPORTABLE = Duration.ofDays(366 * 10);
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EventStore store;
    private final Events events;
    private final People people;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;
    private final AuditTrail trail;

    EventReporting(EventStore store, Events events, People people, Clock clock, ApplicationEventPublisher publisher,
            AuditTrail trail) {
        this.trail = trail;
        this.store = store;
        this.events = events;
        this.people = people;
        this.clock = clock;
        this.publisher = publisher;
    }

    public ReportedEvent report(Actor actor, ReportEvent report) {
        List<FieldMessage> errors = check(actor, report);
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
        Instant now = clock.instant();
        ServiceSummary service = people.service(actor.organisationId(), report.serviceId()).orElseThrow();

        UUID id = UUID.randomUUID();
        int year = UkTime.londonDate(now).getYear();
        String reference = "%s-%d-%04d".formatted(service.code(), year, store.nextNumber(actor.organisationId(), service.id(), year));
        String followUpCode = report.anonymous() ? followUpCode() : null;
        EventView event = new EventView(id, actor.organisationId(), service.id(), reference, report.type(),
                report.category(), report.occurredAt(), now, report.anonymous() ? null : actor.personId(),
                report.anonymous(), report.summary().trim(), report.description().trim(),
                blankToNull(report.immediateActions()), report.physicalHarm(), report.psychologicalHarm(), List.of());
        store.insert(event, followUpCode == null ? null : EventStore.hash(followUpCode));
        publisher.publishEvent(new EventReported(actor.organisationId(), report.anonymous() ? null : actor.personId(), now,
                id, service.id(), reference, report.type(), report.category(), report.physicalHarm(),
                report.psychologicalHarm()));
        return new ReportedEvent(id, reference, followUpCode);
    }

    /** Everything wrong with a report, in plain English; empty when it can be accepted. */
    @Transactional(readOnly = true)
    public List<FieldMessage> check(Actor actor, ReportEvent report) {
        List<FieldMessage> errors = new ArrayList<>();
        Instant now = clock.instant();
        if (report.serviceId() == null) {
            errors.add(new FieldMessage("serviceId", "Select the service where it happened"));
        } else if (!actor.belongsTo(report.serviceId())) {
            errors.add(new FieldMessage("serviceId", "Select a service you work in"));
        } else if (people.service(actor.organisationId(), report.serviceId()).isEmpty()) {
            errors.add(new FieldMessage("serviceId", "Select a service you work in"));
        }
        if (report.type() == null) {
            errors.add(new FieldMessage("type", "Select what kind of event it was"));
        }
        if (report.occurredAt() == null) {
            errors.add(new FieldMessage("occurredAt", "Enter when it happened"));
        } else if (report.occurredAt().isAfter(now.plus(CLOCK_TOLERANCE))) {
            errors.add(new FieldMessage("occurredAt", "When it happened must be today or in the past"));
        } else if (report.occurredAt().isBefore(now.minus(OLDEST_REPORTABLE))) {
            errors.add(new FieldMessage("occurredAt", "When it happened must be within the last 10 years"));
        }
        if (report.category() == null) {
            errors.add(new FieldMessage("category", "Select what it was about"));
        }
        text(errors, "summary", report.summary(), true, ReportEvent.SUMMARY_MAX, "Enter a short summary", "the summary");
        text(errors, "description", report.description(), true, ReportEvent.DESCRIPTION_MAX, "Enter what happened",
                "what happened");
        text(errors, "immediateActions", report.immediateActions(), false, ReportEvent.IMMEDIATE_ACTIONS_MAX, null,
                "what was done straight away");
        if (report.physicalHarm() == null) {
            errors.add(new FieldMessage("physicalHarm", "Select the physical harm, or none"));
        }
        if (report.psychologicalHarm() == null) {
            errors.add(new FieldMessage("psychologicalHarm", "Select the psychological harm, or none"));
        }
        return errors;
    }

    public EventView.Amendment amend(Actor actor, UUID eventId, String text) {
        EventView event = events.find(actor, eventId);
        List<FieldMessage> errors = new ArrayList<>();
        text(errors, "text", text, true, ReportEvent.IMMEDIATE_ACTIONS_MAX, "Enter the information to add",
                "the information to add");
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
        Instant now = clock.instant();
        EventView.Amendment amendment = new EventView.Amendment(UUID.randomUUID(), now, actor.personId(), text.trim());
        store.insertAmendment(event, amendment);
        publisher.publishEvent(new EventAmended(actor.organisationId(), actor.personId(), now, eventId, event.reference()));
        return amendment;
    }

    /** An anonymous reporter's follow-up code opens only the status of their own report. */
    @Transactional(readOnly = true)
    public EventView followUp(Actor actor, String code) {
        if (code == null || code.isBlank()) {
            throw InvalidRequest.of("code", "Enter your follow-up code");
        }
        EventView event = store.findByFollowUpHash(actor.organisationId(), EventStore.hash(code.trim().toUpperCase()))
                .orElseThrow(() -> NotFound.of("Report with code", "given"));
        if (event.type().restricted()) {
            trail.recordReadByCode(actor.organisationId(), "EVENT", event.id(),
                    "Followed up restricted " + event.reference() + " with its code");
        }
        return event;
    }

    private static void text(List<FieldMessage> errors, String field, String value, boolean required, int max,
            String missing, String what) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FieldMessage(field, missing));
            }
        } else if (value.length() > max) {
            errors.add(new FieldMessage(field, "Must be %,d characters or fewer".formatted(max)));
        } else {
            PlainText.check(errors, field, value, what);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String followUpCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                code.append('-');
            }
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }
}
