package org.learnloop.learning;

/** Where a lesson is: being prepared by a manager, or shared with the staff of its services. */
public enum LessonStatus {
    /** Written and anonymised; only managers see it, and it can still be checked before sharing. */
    DRAFT,
    /** Shared with the staff of its services, who are asked to read and acknowledge it. */
    PUBLISHED
}
