package org.learnloop.review;

/** Contributory factors, the NPSA framework's top level: why it happened, beyond the person nearest. */
public enum ContributoryFactor {
    /** The person using the service: their condition, communication, behaviour. */
    PERSON,
    /** The member of staff: fatigue, stress, knowledge, skills. */
    INDIVIDUAL_STAFF,
    /** The task and technology: procedures, care plans, equipment design, decision aids. */
    TASK_TECHNOLOGY,
    /** Communication: verbal, written, handovers, with families and other services. */
    COMMUNICATION,
    /** The team: roles, support, leadership, culture. */
    TEAM_SOCIAL,
    /** Education and training: availability, suitability, supervision. */
    EDUCATION_TRAINING,
    /** Equipment and resources: availability, maintenance, staffing levels. */
    EQUIPMENT_RESOURCES,
    /** Working conditions and environment: layout, lighting, noise, time of day, workload. */
    WORKING_CONDITIONS,
    /** The organisation and its strategy: policies, priorities, safety culture. */
    ORGANISATIONAL_STRATEGIC,
    /** Outside the provider: commissioners, other agencies, suppliers, the law. */
    EXTERNAL
}
