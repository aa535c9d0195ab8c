package org.learnloop.access;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.learnloop.actions.ActionStrength;
import org.learnloop.actions.AddAction;
import org.learnloop.assurance.CheckView;
import org.learnloop.learning.DraftLesson;
import org.learnloop.people.Actor;
import org.learnloop.people.AuthenticatorApp;
import org.learnloop.people.ServiceKind;
import org.learnloop.reporting.Category;
import org.learnloop.reporting.EventType;
import org.learnloop.reporting.PhysicalHarm;
import org.learnloop.reporting.PsychologicalHarm;
import org.learnloop.reporting.ReportEvent;
import org.learnloop.review.ContributoryFactor;
import org.learnloop.review.LearningResponse;
import org.learnloop.review.OpenReview;
import org.learnloop.review.UpdateReview;
import org.learnloop.shared.Nation;
import org.learnloop.shared.UkTime;
import org.learnloop.support.TestProvider;
import org.learnloop.triage.DutyKind;
import org.learnloop.triage.DutyStatus;
import org.learnloop.triage.DutyView;
import org.learnloop.triage.TriageEvent;

/**
 * The records of one loop at Oak House, and around it, each built the first time it is named and
 * then remembered. Names are those of the access matrix:
 * <ul>
 * <li>{@code oakEvent}: a fall at Oak House reported by carer.oak, triaged by manager.oak;
 * {@code oakDuty} its duty of candour, still due;</li>
 * <li>{@code oakSafeguarding}: a safeguarding concern at Oak House reported by carer2.oak, triaged;
 * {@code oakSafeguardingDuty} its safeguarding referral, due;</li>
 * <li>{@code oakStaffConcern}: a staff concern at Oak House reported by carer2.oak, triaged by the
 * guardian; {@code oakStaffConcernDuty} its safeguarding referral, due;</li>
 * <li>{@code rivEvent}: an incident at Riverside Home Care; {@code otherOrgEvent}: an incident of
 * the second provider;</li>
 * <li>{@code oakReview}: a review of oakEvent, written up and signed off, {@code oakFinding} its
 * finding; {@code oakDraftReview}: another, written up, not signed off; {@code oakInvestigation}:
 * a full investigation, written up, not signed off; {@code oakBlankReview}: a review just opened,
 * with nothing written yet; {@code oakSafeguardingReview}: a review of oakSafeguarding, written
 * up; {@code oakMixedReview}: a thematic review of oakEvent and oakSafeguarding together, signed
 * off;</li>
 * <li>{@code oakAction} (open), {@code oakCompletedAction} (done, not verified) and
 * {@code oakVerifiedAction}, each answering oakFinding and led by carer.oak; {@code oakCheck}: the
 * effectiveness check scheduled for oakVerifiedAction; {@code oakMixedAction}: an action of
 * oakMixedReview;</li>
 * <li>{@code oakLesson}: a lesson of oakReview published to Oak House; {@code oakDraftLesson}:
 * another, not yet published;</li>
 * <li>{@code managerOakToken}: a personal API token of manager.oak;</li>
 * <li>{@code oak}, {@code riverside}, {@code glen}: the services; {@code otherOak}: the second
 * provider's Oak House; {@code missing}: an id that names nothing; {@code newService}: a care home
 * added to the provider under test for these records alone, so that renaming it changes nothing
 * any other row looks at;</li>
 * <li>{@code today}, {@code yesterday}, {@code monthAgo}, {@code inTwoWeeks}: London dates;
 * {@code anHourAgo}: an instant;</li>
 * <li>{@code username:carer.oak}, {@code otherUsername:carer.oak}: the real usernames;
 * {@code person:carer.oak}, {@code otherPerson:carer.oak}: the ids of those people;</li>
 * <li>accounts made for these records alone, each with the role, services and provider of the
 * caller named after the colon and the password {@value TestProvider#PASSWORD}, so that a change
 * let through to an account (its password, its two-step verification, its role, being locked out)
 * touches no one another row calls as: {@code fresh:carer.oak} just made; {@code settingUp:manager.oak}
 * part way through setting up two-step verification (the key typed into the app, not yet
 * confirmed); {@code twoStep:manager.oak} with two-step verification on, and a personal API token
 * to call the API with, since HTTP Basic is refused to it; {@code lockedOut:carer.oak} locked out
 * by too many wrong passwords. Such a name is a caller of its own, and {@code person:fresh:carer.oak}
 * and {@code username:fresh:carer.oak} its id and username; {@code appCode:settingUp:manager.oak}
 * is the code its authenticator app shows now;</li>
 * <li>{@code newServiceCode}, {@code newUsername}: a service code and a username nobody has yet.</li>
 * </ul>
 */
final class Records {

    /** Who reported the restricted records (the safeguarding and the staff concern). */
    static final String RESTRICTED_REPORTER = "carer2.oak";


    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9.:]+)}");
    static final Instant OCCURRED = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    /** Counts the services added, for codes that no service of any provider of this run has. */
    private static final AtomicInteger SERVICES_ADDED = new AtomicInteger();

    private final AccessFixture fixture;
    private final Wording words;
    private final Map<String, String> built = new HashMap<>();
    private final Map<String, Account> accounts = new HashMap<>();

    /**
     * An account made for these records ({@code fresh:carer.oak}, ...): its id and username, its
     * personal API token where the API must be called with one, and the secret its authenticator
     * app holds, if any.
     */
    record Account(UUID personId, String username, String token, String secret) {
    }

    Records(AccessFixture fixture, Wording words) {
        this.fixture = fixture;
        this.words = words;
    }

    /** The text with every {@code {name}} replaced by what it names, building records as needed. */
    String resolve(String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(id(matcher.group(1))));
        }
        matcher.appendTail(resolved);
        return resolved.toString();
    }

    UUID uuid(String name) {
        return UUID.fromString(id(name));
    }

    /** The id (or value) a name stands for. */
    String id(String name) {
        if (name.startsWith("appCode:")) {
            return AuthenticatorApp.codeNow(account(name.substring("appCode:".length())).secret());
        }
        String known = built.get(name);
        if (known == null) {
            known = build(name);
            built.put(name, known);
        }
        return known;
    }

    /**
     * Who makes a call: one of the callers {@link AccessFixture#username(String)} knows, or an
     * account made for these records (a name with a colon, such as {@code fresh:carer.oak}).
     */
    Calls.Caller caller(String name) {
        if (!madeForTheRecords(name)) {
            return new Calls.Caller(fixture.username(name), null);
        }
        Account account = account(name);
        return new Calls.Caller(account.username(), account.token());
    }

    /** The caller an account made for the records is modelled on: {@code manager.oak} for {@code twoStep:manager.oak}. */
    static String modelledOn(String caller) {
        return caller.substring(caller.indexOf(':') + 1);
    }

    private static boolean madeForTheRecords(String name) {
        return name.contains(":");
    }

    Account account(String name) {
        Account known = accounts.get(name);
        if (known == null) {
            known = makeAccount(name);
            accounts.put(name, known);
        }
        return known;
    }

    private Account makeAccount(String name) {
        String state = name.substring(0, name.indexOf(':'));
        if (!List.of("fresh", "settingUp", "twoStep", "lockedOut").contains(state)) {
            throw new IllegalArgumentException("No account is made " + state + ": " + name);
        }
        String like = modelledOn(name);
        Actor model = fixture.actor(like);
        String username = like.replace("otherOrg.", "") + "." + UUID.randomUUID().toString().substring(0, 8);
        UUID id = fixture.enrolment.createPerson(model.organisationId(), username, "Relief " + username, model.role(),
                TestProvider.PASSWORD, model.serviceIds());
        Actor person = fixture.people.actorByUsername(username).orElseThrow();
        return switch (state) {
            case "fresh" -> new Account(id, username, null, null);
            case "settingUp" -> new Account(id, username, null, fixture.twoStep.begin(person).secret());
            case "twoStep" -> {
                String secret = fixture.twoStep.begin(person).secret();
                fixture.twoStep.turnOn(person, AuthenticatorApp.codeNow(secret), TestProvider.PASSWORD);
                yield new Account(id, username, fixture.tokens.create(person, "Care records system").token(), secret);
            }
            case "lockedOut" -> {
                fixture.lockOut(person);
                yield new Account(id, username, null, null);
            }
            default -> throw new IllegalStateException(state);
        };
    }

    /** The restricted event a name concerns, if it concerns one: its reads must be in the audit trail. */
    static String restrictedEventOf(String name) {
        return switch (name) {
            case "oakSafeguarding", "oakSafeguardingDuty" -> "oakSafeguarding";
            case "oakStaffConcern", "oakStaffConcernDuty" -> "oakStaffConcern";
            default -> null;
        };
    }

    /** The names used in a text, in order. */
    static List<String> namesIn(String text) {
        if (text == null) {
            return List.of();
        }
        return PLACEHOLDER.matcher(text).results().map(m -> m.group(1)).toList();
    }

    private String build(String name) {
        TestProvider main = fixture.main;
        if (name.startsWith("username:")) {
            String who = name.substring("username:".length());
            return madeForTheRecords(who) ? account(who).username() : main.username(who);
        }
        if (name.startsWith("otherUsername:")) {
            return fixture.other.username(name.substring("otherUsername:".length()));
        }
        if (name.startsWith("person:")) {
            String who = name.substring("person:".length());
            return (madeForTheRecords(who) ? account(who).personId() : main.actor(who).personId()).toString();
        }
        if (name.startsWith("otherPerson:")) {
            return fixture.other.actor(name.substring("otherPerson:".length())).personId().toString();
        }
        LocalDate today = UkTime.londonDate(Instant.now());
        return switch (name) {
            case "oak" -> main.oak().toString();
            case "riverside" -> main.riverside().toString();
            case "glen" -> main.glen().toString();
            case "otherOak" -> fixture.other.oak().toString();
            case "missing" -> UUID.randomUUID().toString();
            case "newService" -> fixture.enrolment.createService(main.organisationId(),
                    serviceCode(SERVICES_ADDED.incrementAndGet()),
                    "Willow Court", ServiceKind.CARE_HOME, Nation.ENGLAND).toString();
            case "newServiceCode" -> serviceCode(SERVICES_ADDED.incrementAndGet());
            case "newUsername" -> "nia." + UUID.randomUUID().toString().substring(0, 8);
            case "today" -> today.toString();
            case "yesterday" -> today.minusDays(1).toString();
            case "monthAgo" -> today.minusMonths(1).toString();
            case "inTwoWeeks" -> today.plusWeeks(2).toString();
            case "anHourAgo" -> Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
            case "oakEvent" -> triaged(report(main, "carer.oak", EventType.INCIDENT, main.oak(), Category.FALL,
                    PhysicalHarm.MODERATE, PsychologicalHarm.LOW), "manager.oak", PhysicalHarm.MODERATE, PsychologicalHarm.LOW);
            case "oakDuty" -> dueDuty("oakEvent", "manager.oak", DutyKind.DUTY_OF_CANDOUR);
            case "oakSafeguarding" -> triaged(report(main, "carer2.oak", EventType.SAFEGUARDING_CONCERN, main.oak(),
                    Category.ABUSE_NEGLECT, PhysicalHarm.LOW, PsychologicalHarm.LOW), "manager.oak", PhysicalHarm.LOW,
                    PsychologicalHarm.LOW);
            case "oakSafeguardingDuty" -> dueDuty("oakSafeguarding", "manager.oak", DutyKind.SAFEGUARDING_REFERRAL);
            case "oakStaffConcern" -> triaged(report(main, "carer2.oak", EventType.STAFF_CONCERN, main.oak(),
                    Category.ABUSE_NEGLECT, PhysicalHarm.NONE, PsychologicalHarm.NONE), "guardian", PhysicalHarm.NONE,
                    PsychologicalHarm.NONE);
            case "oakStaffConcernDuty" -> dueDuty("oakStaffConcern", "guardian", DutyKind.SAFEGUARDING_REFERRAL);
            case "rivEvent" -> report(main, "carer.riverside", EventType.INCIDENT, main.riverside(), Category.MEDICATION,
                    PhysicalHarm.NONE, PsychologicalHarm.NONE);
            case "otherOrgEvent" -> report(fixture.other, "carer.oak", EventType.INCIDENT, fixture.other.oak(),
                    Category.FALL, PhysicalHarm.LOW, PsychologicalHarm.NONE);
            case "oakReview" -> signedOff(writtenUp(openReview(LearningResponse.AFTER_ACTION_REVIEW)));
            case "oakDraftReview" -> writtenUp(openReview(LearningResponse.SWARM_HUDDLE));
            case "oakInvestigation" -> writtenUp(openReview(LearningResponse.FULL_INVESTIGATION));
            case "oakBlankReview" -> openReview(LearningResponse.LOCAL_REVIEW);
            case "oakSafeguardingReview" -> writtenUp(fixture.reviews.open(manager(), new OpenReview(
                    List.of(uuid("oakSafeguarding")), LearningResponse.ROOT_CAUSE_ANALYSIS,
                    fixture.main.username("manager.oak"))).id().toString());
            case "oakMixedReview" -> signedOff(writtenUp(fixture.reviews.open(manager(), new OpenReview(
                    List.of(uuid("oakEvent"), uuid("oakSafeguarding")), LearningResponse.THEMATIC_REVIEW,
                    fixture.main.username("manager.oak"))).id().toString()));
            case "oakFinding" -> fixture.reviews.find(manager(), uuid("oakReview")).findings().get(0).id().toString();
            case "oakAction" -> addAction();
            case "oakMixedAction" -> fixture.actions.add(manager(), uuid("oakMixedReview"), new AddAction(
                    words.actionDescription(), fixture.main.username("manager.oak"),
                    UkTime.londonDate(Instant.now()).plusWeeks(2), ActionStrength.STRONGER,
                    fixture.reviews.find(manager(), uuid("oakMixedReview")).findings().get(0).id())).id().toString();
            case "oakCompletedAction" -> complete(addAction());
            case "oakVerifiedAction" -> verify(complete(addAction()));
            case "oakCheck" -> scheduledCheck(id("oakVerifiedAction"));
            case "oakLesson" -> publish(draftLesson());
            case "oakDraftLesson" -> draftLesson();
            case "managerOakToken" -> fixture.tokens.create(manager(), "Care records system").id().toString();
            default -> throw new IllegalArgumentException("No record is called " + name);
        };
    }

    /** W and four letters, one code for each number up to 26 to the fourth: {@code WAAAB} for 1. */
    private static String serviceCode(int number) {
        StringBuilder code = new StringBuilder("W");
        for (int place = 3; place >= 0; place--) {
            code.append((char) ('A' + (number / (int) Math.pow(26, place)) % 26));
        }
        return code.toString();
    }

    Actor actor(String demoName) {
        return fixture.main.actor(demoName);
    }

    private Actor manager() {
        return actor("manager.oak");
    }

    private String report(TestProvider provider, String reporter, EventType type, UUID service, Category category,
            PhysicalHarm physical, PsychologicalHarm psychological) {
        return fixture.reporting.report(provider.actor(reporter), new ReportEvent(type, service, OCCURRED, category,
                words.summary(), words.description(), words.immediateActions(), physical, psychological, false))
                .id().toString();
    }

    private String triaged(String eventId, String by, PhysicalHarm physical, PsychologicalHarm psychological) {
        fixture.triages.triage(actor(by), UUID.fromString(eventId), new TriageEvent(physical, psychological, 3, 3,
                LearningResponse.AFTER_ACTION_REVIEW, words.triageReason()));
        return eventId;
    }

    /** A duty of the event still due; the rules may detect it a moment after the report. */
    private String dueDuty(String event, String by, DutyKind kind) {
        UUID eventId = uuid(event);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (true) {
            List<DutyView> due = fixture.duties.forEvent(actor(by), eventId).stream()
                    .filter(d -> d.kind() == kind && d.status() == DutyStatus.DUE).toList();
            if (!due.isEmpty()) {
                return due.get(0).id().toString();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("No " + kind + " duty was detected for " + event);
            }
            AccessFixture.pause();
        }
    }

    private String openReview(LearningResponse type) {
        return fixture.reviews.open(manager(), new OpenReview(List.of(uuid("oakEvent")), type,
                fixture.main.username("manager.oak"))).id().toString();
    }

    private String writtenUp(String reviewId) {
        fixture.reviews.update(manager(), UUID.fromString(reviewId), new UpdateReview(words.reviewSummary(),
                Set.of(ContributoryFactor.EQUIPMENT_RESOURCES), List.of(new UpdateReview.FindingInput(null, words.finding())),
                null));
        return reviewId;
    }

    private String signedOff(String reviewId) {
        fixture.reviews.signOff(manager(), UUID.fromString(reviewId));
        return reviewId;
    }

    private String addAction() {
        return fixture.actions.add(manager(), uuid("oakReview"), new AddAction(words.actionDescription(),
                fixture.main.username("carer.oak"), UkTime.londonDate(Instant.now()).plusWeeks(2), ActionStrength.INTERMEDIATE,
                uuid("oakFinding"))).id().toString();
    }

    private String complete(String actionId) {
        fixture.actions.complete(actor("carer.oak"), UUID.fromString(actionId), words.evidence());
        return actionId;
    }

    private String verify(String actionId) {
        fixture.actions.verify(manager(), UUID.fromString(actionId));
        return actionId;
    }

    /** The check scheduled after the action's verification; the scheduling is a reaction, so it may take a moment. */
    private String scheduledCheck(String actionId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (true) {
            List<CheckView> found = fixture.checks.forActions(fixture.main.organisationId(), List.of(UUID.fromString(actionId)));
            if (!found.isEmpty()) {
                return found.get(0).id().toString();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("No effectiveness check was scheduled for action " + actionId);
            }
            AccessFixture.pause();
        }
    }

    private String draftLesson() {
        return fixture.lessons.draft(manager(), new DraftLesson(uuid("oakReview"), words.lessonTitle(),
                words.lessonSummary(), List.of(fixture.main.oak()))).id().toString();
    }

    private String publish(String lessonId) {
        fixture.lessons.publish(manager(), UUID.fromString(lessonId));
        return lessonId;
    }
}
