package org.learnloop.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.learnloop.actions.ActionPlans;
import org.learnloop.actions.ActionStrength;
import org.learnloop.actions.ActionView;
import org.learnloop.actions.AddAction;
import org.learnloop.assurance.CheckView;
import org.learnloop.assurance.EffectivenessChecks;
import org.learnloop.assurance.RecordVerdict;
import org.learnloop.assurance.Verdict;
import org.learnloop.learning.DraftLesson;
import org.learnloop.learning.LessonView;
import org.learnloop.learning.Lessons;
import org.learnloop.people.Actor;
import org.learnloop.people.People;
import org.learnloop.reporting.EventReporting;
import org.learnloop.reporting.EventType;
import org.learnloop.reporting.PhysicalHarm;
import org.learnloop.reporting.PsychologicalHarm;
import org.learnloop.reporting.ReportEvent;
import org.learnloop.reporting.ReportedEvent;
import org.learnloop.review.OpenReview;
import org.learnloop.review.ReviewView;
import org.learnloop.review.Reviews;
import org.learnloop.review.UpdateReview;
import org.learnloop.shared.LearnloopClock;
import org.learnloop.shared.UkTime;
import org.learnloop.triage.CompleteDuty;
import org.learnloop.triage.Duties;
import org.learnloop.triage.DutyStatus;
import org.learnloop.triage.DutyView;
import org.learnloop.triage.TriageEvent;
import org.learnloop.triage.Triages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * About twelve months of realistic history for the demo provider, written through the same
 * services a person uses, each step at the time it would have happened. Events arrive at each
 * service's own rate, more at night for falls; older events have gone further round the loop, so
 * every stage has something to show. The random source is seeded: the demo is the same each time.
 */
@Component
class DemoHistory {

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);
    private static final int DAYS = 365;
    private static final Duration WAIT_FOR_REACTION = Duration.ofSeconds(10);

    private final EventReporting reporting;
    private final Triages triages;
    private final Duties duties;
    private final Reviews reviews;
    private final ActionPlans actions;
    private final EffectivenessChecks checks;
    private final Lessons lessons;
    private final People people;
    private final java.time.Clock clock;

    DemoHistory(EventReporting reporting, Triages triages, Duties duties, Reviews reviews, ActionPlans actions,
            EffectivenessChecks checks, Lessons lessons, People people, java.time.Clock clock) {
        this.reporting = reporting;
        this.triages = triages;
        this.duties = duties;
        this.reviews = reviews;
        this.actions = actions;
        this.checks = checks;
        this.lessons = lessons;
        this.people = people;
        this.clock = clock;
    }

    /** The people of one service in the demo. */
    private record Team(String code, UUID serviceId, boolean homeCare, double eventsPerDay, Actor reporter, Actor manager,
            List<Actor> staff) {
    }

    void seed(DemoData.DemoProvider provider) {
        Random random = new Random(20261125L);
        Instant now = clock.instant();
        Actor quality = actor("quality");
        Actor guardian = actor("guardian");
        List<Team> teams = List.of(
                new Team("OAK", provider.services().get("OAK"), false, 0.35, actor("carer.oak"), actor("manager.oak"),
                        List.of(actor("carer.oak"))),
                new Team("RIV", provider.services().get("RIV"), true, 0.25, actor("carer.riverside"),
                        actor("manager.riverside"), List.of(actor("carer.riverside"))),
                new Team("GLN", provider.services().get("GLN"), false, 0.2, actor("manager.glen"), actor("manager.glen"),
                        List.of()));
        int reported = 0;
        LocalDate today = UkTime.londonDate(now);
        for (int daysAgo = DAYS; daysAgo >= 1; daysAgo--) {
            LocalDate day = today.minusDays(daysAgo);
            for (Team team : teams) {
                int count = poisson(random, team.eventsPerDay());
                for (int i = 0; i < count; i++) {
                    DemoStories.Story story = pick(random, team.homeCare());
                    Instant occurredAt = ZonedDateTime.of(day, timeOfDay(random, story), UkTime.LONDON).toInstant();
                    if (occurredAt.isAfter(now.minus(Duration.ofHours(6)))) {
                        continue;
                    }
                    followLoop(random, now, team, story, occurredAt, quality, guardian);
                    reported++;
                }
            }
        }
        log.info("Demo history: {} events over {} days", reported, DAYS);
    }

    private void followLoop(Random random, Instant now, Team team, DemoStories.Story story, Instant occurredAt,
            Actor quality, Actor guardian) {
        Instant reportedAt = occurredAt.plus(minutes(random, 10, 180));
        boolean speakUp = story.type() == EventType.STAFF_CONCERN;
        ReportedEvent event = at(reportedAt, () -> reporting.report(team.reporter(), new ReportEvent(story.type(),
                team.serviceId(), occurredAt, story.category(), story.summary(), story.description(),
                story.immediateActions(), story.physicalHarm(), story.psychologicalHarm(), false)));
        Actor manager = speakUp ? guardian : team.manager();

        Instant triagedAt = reportedAt.plus(minutes(random, 60, 20 * 60));
        if (triagedAt.isAfter(now.minus(Duration.ofHours(12))) || random.nextDouble() < 0.03) {
            return;
        }
        int consequence = consequence(story.physicalHarm(), story.psychologicalHarm());
        at(triagedAt, () -> triages.triage(manager, event.id(), new TriageEvent(story.physicalHarm(),
                story.psychologicalHarm(), consequence, 2 + random.nextInt(3), story.response(),
                "Proportionate to what can be learned: " + story.summary().toLowerCase())));
        Instant dutiesDoneAt = triagedAt.plus(minutes(random, 30, 8 * 60));
        if (dutiesDoneAt.isBefore(now)) {
            for (DutyView duty : waitFor(() -> duties.forEvent(manager, event.id()), list -> true)) {
                if (duty.status() == DutyStatus.DUE) {
                    Instant done = duty.dueAt().isBefore(dutiesDoneAt) && random.nextDouble() < 0.8
                            ? duty.dueAt().minus(Duration.ofHours(2)) : dutiesDoneAt;
                    Instant when = done.isBefore(triagedAt) ? triagedAt : done;
                    at(when, () -> duties.complete(manager, duty.id(), new CompleteDuty(when, "Regulator's online portal",
                            "REF-" + (100000 + random.nextInt(900000)))));
                }
            }
        }

        boolean reviewed = !speakUp && (story.physicalHarm().atLeast(PhysicalHarm.MODERATE)
                || story.type() == EventType.SAFEGUARDING_CONCERN || random.nextDouble() < 0.6);
        Instant openedAt = triagedAt.plus(Duration.ofDays(1));
        if (!reviewed || openedAt.isAfter(now)) {
            return;
        }
        ReviewView review = at(openedAt, () -> reviews.open(manager, new OpenReview(List.of(event.id()), story.response(),
                manager.username())));
        at(openedAt.plus(Duration.ofHours(3)), () -> reviews.update(manager, review.id(), new UpdateReview(
                story.description() + " The review heard from the staff on shift and looked at the records.",
                Set.copyOf(story.factors()), List.of(new UpdateReview.FindingInput(null, story.finding())), 0)));
        Instant signedOffAt = openedAt.plus(Duration.ofDays(3 + random.nextInt(5)));
        if (signedOffAt.isAfter(now)) {
            return;
        }
        ReviewView signed = at(signedOffAt, () -> reviews.signOff(manager, review.id()));

        Actor lead = team.staff().isEmpty() || speakUp ? manager : team.staff().get(0);
        Actor verifier = lead.personId().equals(manager.personId()) ? quality : manager;
        LocalDate due = UkTime.londonDate(signedOffAt).plusDays(14);
        ActionView action = at(signedOffAt.plus(Duration.ofHours(1)), () -> actions.add(manager, signed.id(),
                new AddAction(story.action(), lead.username(), due, ActionStrength.valueOf(story.actionStrength()),
                        signed.findings().get(0).id())));
        Instant completedAt = signedOffAt.plus(Duration.ofDays(5 + random.nextInt(14)));
        if (completedAt.isAfter(now)) {
            return;
        }
        at(completedAt, () -> actions.complete(lead, action.id(), "Done: " + story.action().toLowerCase()
                + ". Seen in place and recorded in the staff meeting notes."));
        Instant verifiedAt = completedAt.plus(Duration.ofDays(1 + random.nextInt(3)));
        if (verifiedAt.isAfter(now)) {
            return;
        }
        at(verifiedAt, () -> actions.verify(verifier, action.id()));
        CheckView check = waitFor(() -> checks.forActions(manager.organisationId(), List.of(action.id())), list -> !list.isEmpty()).get(0);
        Instant checkedAt = check.dueDate().atTime(LocalTime.of(11, 0)).atZone(UkTime.LONDON).toInstant();
        if (checkedAt.isAfter(now)) {
            return;
        }
        double roll = random.nextDouble();
        Verdict verdict = roll < 0.85 ? Verdict.EMBEDDED : roll < 0.95 ? Verdict.PARTLY_EMBEDDED : Verdict.NOT_EMBEDDED;
        at(checkedAt, () -> checks.record(manager, check.id(), new RecordVerdict(verdict, verdict == Verdict.EMBEDDED
                ? "Observed on two shifts and in the records: the change is in place."
                : "Seen on one shift but not the other; the change has not stuck everywhere.")));
        if (verdict != Verdict.EMBEDDED) {
            return;
        }
        Instant lessonAt = checkedAt.plus(Duration.ofDays(2));
        if (lessonAt.isAfter(now)) {
            return;
        }
        LessonView lesson = at(lessonAt, () -> lessons.draft(manager, new DraftLesson(signed.id(), story.lessonTitle(),
                story.lesson(), List.of(team.serviceId()))));
        at(lessonAt.plus(Duration.ofHours(1)), () -> lessons.publish(manager, lesson.id()));
        for (Actor reader : team.staff()) {
            Instant readAt = lessonAt.plus(Duration.ofDays(1 + random.nextInt(10)));
            if (readAt.isBefore(now) && random.nextDouble() < 0.8) {
                at(readAt, () -> lessons.acknowledge(reader, lesson.id()));
            }
        }
    }

    private Actor actor(String username) {
        return people.actorByUsername(username).orElseThrow();
    }

    private static <T> T at(Instant instant, Supplier<T> work) {
        return LearnloopClock.at(instant, work);
    }

    /** Waits for an asynchronous reaction (a check scheduled, duties detected) to be visible. */
    private static <T> T waitFor(Supplier<T> query, java.util.function.Predicate<T> ready) {
        Instant deadline = Instant.now().plus(WAIT_FOR_REACTION);
        T value = query.get();
        while (!ready.test(value) && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            value = query.get();
        }
        if (!ready.test(value)) {
            throw new IllegalStateException("The demo waited too long for a reaction of the loop");
        }
        return value;
    }

    private static DemoStories.Story pick(Random random, boolean homeCare) {
        List<DemoStories.Story> candidates = new ArrayList<>();
        for (DemoStories.Story story : DemoStories.STORIES) {
            if (story.homeCare() == homeCare || story.type() == EventType.COMPLAINT || story.type().restricted()) {
                for (int i = 0; i < story.weight(); i++) {
                    candidates.add(story);
                }
            }
        }
        return candidates.get(random.nextInt(candidates.size()));
    }

    /** Falls cluster at night and in the early morning; home-care visits in the day. */
    private static LocalTime timeOfDay(Random random, DemoStories.Story story) {
        int hour = switch (story.category()) {
            case FALL -> random.nextDouble() < 0.5 ? random.nextInt(6) : 7 + random.nextInt(15);
            case MISSED_VISIT, LATE_VISIT -> 7 + random.nextInt(14);
            case MEDICATION -> random.nextBoolean() ? 8 + random.nextInt(2) : 20 + random.nextInt(3);
            default -> 7 + random.nextInt(15);
        };
        return LocalTime.of(hour, random.nextInt(60));
    }

    private static int consequence(PhysicalHarm physical, PsychologicalHarm psychological) {
        int fromPhysical = switch (physical) {
            case NONE -> 1;
            case LOW -> 2;
            case MODERATE -> 3;
            case SEVERE -> 4;
            case FATAL -> 5;
        };
        int fromPsychological = switch (psychological) {
            case NONE -> 1;
            case LOW -> 2;
            case MODERATE -> 3;
            case SEVERE -> 4;
        };
        return Math.max(fromPhysical, fromPsychological);
    }

    private static Duration minutes(Random random, int min, int max) {
        return Duration.ofMinutes(min + random.nextInt(max - min));
    }

    private static int poisson(Random random, double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }
}
