package org.learnloop.access;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.learnloop.actions.ActionPlans;
import org.learnloop.assurance.EffectivenessChecks;
import org.learnloop.audittrail.AuditTrail;
import org.learnloop.learning.Lessons;
import org.learnloop.people.Actor;
import org.learnloop.people.Administration;
import org.learnloop.people.ApiTokens;
import org.learnloop.people.Enrolment;
import org.learnloop.people.People;
import org.learnloop.people.PeopleSettings;
import org.learnloop.people.Role;
import org.learnloop.people.TwoStepVerification;
import org.learnloop.reporting.EventReporting;
import org.learnloop.review.Reviews;
import org.learnloop.support.TestProvider;
import org.learnloop.triage.Duties;
import org.learnloop.triage.Triages;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The providers the access tests work in, and Learnloop's services to build their records with.
 * <ul>
 * <li>the provider under test, with the demo's services and people (see {@link TestProvider}) and
 * a new starter, {@code newstarter}, a care worker who belongs to no service yet;</li>
 * <li>a second provider, {@code otherOrg}, shaped the same, whose people must never see the
 * first's records (callers {@code otherOrg.manager.oak} and so on);</li>
 * <li>an installation's first provider, {@code emptyOrg}, with only its administrator and no
 * services at all.</li>
 * </ul>
 */
final class AccessFixture {

    final TestProvider main;
    final TestProvider other;
    final String emptyAdmin;
    final UUID emptyOrganisation;

    final JdbcClient db;
    final Enrolment enrolment;
    final People people;
    final TwoStepVerification twoStep;
    final EventReporting reporting;
    final Triages triages;
    final Duties duties;
    final Reviews reviews;
    final ActionPlans actions;
    final EffectivenessChecks checks;
    final Lessons lessons;
    final ApiTokens tokens;
    final AuditTrail trail;
    private final Administration administration;
    private final PeopleSettings signInRules;
    private final ApplicationContext context;

    AccessFixture(ApplicationContext context) {
        Enrolment enrolment = context.getBean(Enrolment.class);
        People people = context.getBean(People.class);
        this.main = TestProvider.create(enrolment, people);
        this.other = TestProvider.create(enrolment, people);
        enrolment.createPerson(main.organisationId(), main.username("newstarter"), "New Starter", Role.CARE_WORKER,
                TestProvider.PASSWORD, List.of());
        this.emptyOrganisation = enrolment.createOrganisation("Empty provider " + UUID.randomUUID(), false);
        this.emptyAdmin = "admin." + emptyOrganisation;
        enrolment.createPerson(emptyOrganisation, emptyAdmin, "First Administrator", Role.ADMINISTRATOR,
                TestProvider.PASSWORD, List.of());
        this.context = context;
        this.db = context.getBean(JdbcClient.class);
        this.enrolment = enrolment;
        this.people = people;
        this.twoStep = context.getBean(TwoStepVerification.class);
        this.administration = context.getBean(Administration.class);
        this.signInRules = context.getBean(PeopleSettings.class);
        this.reporting = context.getBean(EventReporting.class);
        this.triages = context.getBean(Triages.class);
        this.duties = context.getBean(Duties.class);
        this.reviews = context.getBean(Reviews.class);
        this.actions = context.getBean(ActionPlans.class);
        this.checks = context.getBean(EffectivenessChecks.class);
        this.lessons = context.getBean(Lessons.class);
        this.tokens = context.getBean(ApiTokens.class);
        this.trail = context.getBean(AuditTrail.class);
    }

    /** Records built on demand, each at most once, in words a care home would use. */
    Records records() {
        return new Records(this, Wording.plain());
    }

    /** Records whose every free-text field holds the same text. */
    Records records(Wording wording) {
        return new Records(this, wording);
    }

    /**
     * The username of a caller of the matrix: one of the demo's people ({@code manager.oak}), the
     * new starter, the second provider's ({@code otherOrg.manager.oak}), the empty provider's
     * administrator ({@code emptyOrg.admin}), or null for {@code anonymous}.
     */
    String username(String caller) {
        if (caller.equals("anonymous")) {
            return null;
        }
        if (caller.equals("emptyOrg.admin")) {
            return emptyAdmin;
        }
        if (caller.startsWith("otherOrg.")) {
            return other.username(caller.substring("otherOrg.".length()));
        }
        return main.username(caller);
    }

    /**
     * A caller as they are signed in (their provider, role and services): one of those
     * {@link #username(String)} knows.
     */
    Actor actor(String caller) {
        String username = username(caller);
        if (username == null) {
            throw new IllegalArgumentException("Someone signed out has no account: " + caller);
        }
        return people.actorByUsername(username).orElseThrow();
    }

    /**
     * Locks a person of the provider under test out, as too many wrong passwords in a row do:
     * through HTTP Basic, the way any caller of the API might.
     */
    void lockOut(Actor person) {
        MockMvcTester mvc = MockMvcTester.create(context.getBean(MockMvc.class));
        for (int attempt = 0; attempt < signInRules.lockoutThreshold(); attempt++) {
            mvc.get().uri("/api/v1/me").accept(MediaType.APPLICATION_JSON)
                    .with(httpBasic(person.username(), "not-the-password")).exchange();
        }
        if (administration.person(main.actor("admin"), person.personId()).lockedUntil() == null) {
            throw new AssertionError(person.username() + " is not locked out after "
                    + signInRules.lockoutThreshold() + " wrong passwords");
        }
    }

    /**
     * Waits until every reaction to what the providers under test did has run (duties detected,
     * checks scheduled), so that a comparison of before and after sees only the request's doing.
     */
    void awaitReactions() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (pendingReactions() > 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Reactions still pending after 15 seconds: " + pendingReactions());
            }
            pause();
        }
    }

    private long pendingReactions() {
        return db.sql("""
                select count(*) from event_publication
                where completion_date is null and (serialized_event like :main or serialized_event like :other)
                """)
                .param("main", "%" + main.organisationId() + "%").param("other", "%" + other.organisationId() + "%")
                .query(Long.class).single();
    }

    static void pause() {
        try {
            Thread.sleep(25);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
