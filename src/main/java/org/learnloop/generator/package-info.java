/**
 * Data at scale: {@code java -jar learnloop.jar --generate [--services=200] [--years=5]
 * [--events=500000] [--seed=1]} fills an empty database with a realistic provider group (services in
 * the four UK nations, their managers and care staff, provider-wide leads) and years of events gone
 * round the loop as far as their age allows (triage, duties, reviews, actions, effectiveness checks,
 * lessons and acknowledgements), then exits. It is for benchmarks and for trying Learnloop at the
 * size of a national group.
 *
 * <p>This module is the one place allowed to write other modules' tables directly: half a million
 * events through the application services would take hours. It writes the rows those services
 * would write, in batches, and keeps every rule they keep: {@code organisation_id} on every row;
 * references {@code CODE-YYYY-NNNN} numbered in order of reporting with {@code reference_counter}
 * rows that continue them; duties exactly as {@link org.learnloop.triage.DutyRules} detects them
 * from the reporter's and then the manager's grading; reviews, actions, checks and lessons in
 * states the loop rule allows; and an audit trail entry for every change, worded by the same event
 * records the services publish and chained as the trail chains them (the group's entries, then each
 * service's in turn), so that nothing is left for the next start to do. It writes no rows to the event publication registry: the reactions
 * those rows stand for (duties on reporting, a check after verification) are written here directly.
 */
@org.springframework.modulith.ApplicationModule
package org.learnloop.generator;
