package org.learnloop.people;

/**
 * What a person does in the provider, which decides what they may see and do. Provider-wide roles
 * see every service; the others see the services they belong to.
 */
public enum Role {
    /** Reports, reads lessons, completes the actions they lead. Sees only their own reports. */
    CARE_WORKER(false),
    /** A senior carer on shift: sees the events of their services and makes people safe. */
    TEAM_LEADER(false),
    /** Runs one service: triage, duties, reviews, actions, checks and lessons for it. */
    REGISTERED_MANAGER(false),
    /** Oversight across all services: thematic reviews, audits, trends, evidence. */
    QUALITY_LEAD(true),
    /** The director accountable to the regulator; signs off the most serious investigations. */
    NOMINATED_INDIVIDUAL(true),
    /** Freedom to Speak Up guardian: staff concerns only, outside line management. */
    SPEAK_UP_GUARDIAN(true),
    /** People, services, roles and settings; reads the audit trail. */
    ADMINISTRATOR(true);

    private final boolean providerWide;

    Role(boolean providerWide) {
        this.providerWide = providerWide;
    }

    public boolean providerWide() {
        return providerWide;
    }

    /** Triage, reviews, sign-off, actions, checks and lessons: the manager's work. */
    public boolean manages() {
        return this == REGISTERED_MANAGER || this == QUALITY_LEAD || this == NOMINATED_INDIVIDUAL;
    }
}
