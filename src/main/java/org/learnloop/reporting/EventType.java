package org.learnloop.reporting;

/** What kind of event was reported. */
public enum EventType {
    /** Something happened that harmed or could have harmed someone. */
    INCIDENT(false),
    /** It was caught before it reached anyone: the most valuable learning. */
    NEAR_MISS(false),
    /** Someone is unhappy with the service and wants a response; has its own clocks. */
    COMPLAINT(false),
    /** Abuse or neglect suspected (Care Act 2014 s42): restricted visibility, referral to the local authority. */
    SAFEGUARDING_CONCERN(true),
    /** A worker speaks up about practice or safety: seen only by the Freedom to Speak Up guardian. */
    STAFF_CONCERN(true),
    /** Something went well and is worth learning from. */
    GOOD_PRACTICE(false);

    private final boolean restricted;

    EventType(boolean restricted) {
        this.restricted = restricted;
    }

    /** Whether every read of such an event is recorded in the audit trail. */
    public boolean restricted() {
        return restricted;
    }
}
