package org.learnloop.shared;

import java.time.Instant;
import java.util.UUID;

/**
 * A domain event that the audit trail records: who did what to which record, and when. Every
 * change in Learnloop publishes one, so the trail is complete without any module knowing it.
 * The description names records by reference, never by a person's details.
 */
public interface AuditableEvent {

    UUID organisationId();

    /** The person who acted, or null for Learnloop itself (a scheduled job). */
    UUID actorId();

    Instant occurredAt();

    /** The kind of record, for example {@code EVENT}, {@code REVIEW}, {@code ACTION}. */
    String subjectType();

    UUID subjectId();

    /** What happened, in a short sentence, for example "Triaged: risk 12 (high)". */
    String description();
}
