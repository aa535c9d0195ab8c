package org.learnloop.generator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.learnloop.actions.ActionAdded;
import org.learnloop.actions.ActionCompleted;
import org.learnloop.actions.ActionReopened;
import org.learnloop.actions.ActionStatus;
import org.learnloop.actions.ActionStrength;
import org.learnloop.actions.ActionVerified;
import org.learnloop.assurance.CheckFailed;
import org.learnloop.assurance.CheckRecorded;
import org.learnloop.assurance.CheckScheduled;
import org.learnloop.assurance.Verdict;
import org.learnloop.generator.ProviderPlan.Person;
import org.learnloop.generator.ProviderPlan.ServicePlan;
import org.learnloop.generator.Stories.Story;
import org.learnloop.learning.LessonAcknowledged;
import org.learnloop.learning.LessonDrafted;
import org.learnloop.learning.LessonPublished;
import org.learnloop.people.ServiceKind;
import org.learnloop.reporting.Category;
import org.learnloop.reporting.EventReported;
import org.learnloop.reporting.EventType;
import org.learnloop.reporting.PhysicalHarm;
import org.learnloop.reporting.PsychologicalHarm;
import org.learnloop.review.ContributoryFactor;
import org.learnloop.review.LearningResponse;
import org.learnloop.review.ReviewOpened;
import org.learnloop.review.ReviewSignedOff;
import org.learnloop.review.ReviewUpdated;
import org.learnloop.shared.UkTime;
import org.learnloop.triage.DetectedDuty;
import org.learnloop.triage.DutyCompleted;
import org.learnloop.triage.DutyDetected;
import org.learnloop.triage.DutyDismissed;
import org.learnloop.triage.DutyFacts;
import org.learnloop.triage.DutyKind;
import org.learnloop.triage.DutyRules;
import org.learnloop.triage.EventTriaged;
import org.learnloop.triage.RiskScore;

/**
 * One service's years of history, gone round the loop as far as each event's age allows, as rows.
 * Events come at the service's rate, more in winter, growing as the service settles into reporting,
 * with a few spikes; falls come at night, medicines at the rounds, visits in the day. Every serious
 * event and safeguarding concern gets a review of its own; low-harm falls, medicines errors, visits
 * and aggression of a month are often reviewed together in a thematic review; the rest are handled
 * locally and stay triaged. Each step follows the one before at the pace a busy manager keeps, and
 * nothing happens after {@code now}.
 */
final class ServiceHistory {

    /** What every service's history shares. */
    record Context(ProviderPlan provider, Instant now, int days, Map<org.learnloop.shared.Nation, DutyRules> rules,
            Period checkAfter, Period recheckAfter) {

        LocalDate firstDay() {
            return UkTime.londonDate(now).minusDays(days);
        }
    }

    private static final String REVIEW_HEARD = " The review heard from the staff on shift and looked at the records.";

    private final Context context;
    private final ServicePlan service;
    private final Random random;
    private final Ids ids;
    private final Rows rows;
    private final UUID org;
    private final DutyRules rules;

    private ServiceHistory(Context context, ServicePlan service, long seed, Rows rows) {
        this.context = context;
        this.service = service;
        this.random = new Random(seed);
        this.ids = new Ids(service.index(), random);
        this.rows = rows;
        this.org = context.provider().organisationId();
        this.rules = context.rules().get(service.nation());
    }

    /** Adds the service's history of {@code events} events to {@code rows}. */
    static void write(Context context, ServicePlan service, int events, long seed, Rows rows) {
        new ServiceHistory(context, service, seed, rows).write(events);
    }

    /** An event as generated, with what became of it. */
    private static final class Event {
        UUID id;
        Story story;
        int room;
        Instant occurredAt;
        Instant reportedAt;
        Person reporter;
        String reference;
        PhysicalHarm physical;
        PsychologicalHarm psychological;
        Instant triagedAt;
        Person triagedBy;
        LearningResponse response;
        Review review;
        final Map<DutyKind, Instant> duties = new java.util.EnumMap<>(DutyKind.class);
        final List<PendingDuty> pendingDuties = new ArrayList<>(0);
    }

    /** A planned review over one or more events. */
    private static final class Review {
        final List<Event> events = new ArrayList<>();
        LearningResponse type;
        boolean thematic;
    }

    private void write(int count) {
        List<Event> events = report(count);
        for (Event event : events) {
            triage(event);
        }
        List<Review> reviews = planReviews(events);
        for (Event event : events) {
            duties(event);
        }
        for (Review review : reviews) {
            review(review);
        }
    }

    // Reporting

    private List<Event> report(int count) {
        int days = context.days();
        double[] cumulative = new double[days];
        double total = 0;
        LocalDate first = context.firstDay();
        for (int day = 0; day < days; day++) {
            LocalDate date = first.plusDays(day);
            double growth = 0.75 + 0.5 * day / days;
            double winter = 1 + 0.15 * Math.cos(2 * Math.PI * (date.getDayOfYear() - 15) / 365.0);
            double spike = 1;
            for (ProviderPlan.Spike s : service.spikes()) {
                if (s.covers(day)) {
                    spike += s.factor() - 1;
                }
            }
            total += growth * winter * spike;
            cumulative[day] = total;
        }
        Instant latest = context.now().minus(Duration.ofMinutes(30));
        List<Event> events = new ArrayList<>(count);
        while (events.size() < count) {
            int day = java.util.Arrays.binarySearch(cumulative, random.nextDouble() * total);
            day = day < 0 ? -day - 1 : day;
            day = Math.min(day, days - 1);
            Event event = new Event();
            ProviderPlan.Spike spike = spikeOn(day);
            if (spike != null && random.nextDouble() < 1 - 1 / spike.factor()) {
                event.story = Stories.ofCategory(random, spike.category(), service.kind());
                event.room = random.nextDouble() < 0.6 ? spike.room() : 1 + random.nextInt(service.rooms());
            } else {
                event.story = Stories.pick(random, type(), service.kind());
                event.room = 1 + random.nextInt(service.rooms());
            }
            event.occurredAt = ZonedDateTime.of(first.plusDays(day), timeOfDay(event.story), UkTime.LONDON).toInstant();
            event.reportedAt = event.occurredAt.plus(reportDelay(event.story.type()));
            if (event.reportedAt.isAfter(latest)) {
                continue;
            }
            event.id = ids.next();
            event.physical = event.story.physicalHarm();
            event.psychological = psychological(event.story);
            event.reporter = reporter(event.story.type());
            events.add(event);
        }
        events.sort(Comparator.comparing((Event e) -> e.reportedAt).thenComparing(e -> e.id));
        Map<Integer, Integer> numbers = new TreeMap<>();
        for (Event e : events) {
            int year = UkTime.londonDate(e.reportedAt).getYear();
            int number = numbers.merge(year, 1, Integer::sum);
            e.reference = "%s-%d-%04d".formatted(service.code(), year, number);
            boolean anonymous = e.reporter == null;
            rows.add(Table.EVENT, e.id, org, service.id(), e.reference, e.story.type(), e.story.category(), e.occurredAt,
                    e.reportedAt, anonymous ? null : e.reporter.id(), anonymous,
                    anonymous ? followUpHash() : null, e.story.summary(e.room), e.story.description(e.room),
                    e.story.immediateActions(), e.physical, e.psychological);
            rows.audit(new EventReported(org, anonymous ? null : e.reporter.id(), e.reportedAt, e.id, service.id(),
                    e.reference, e.story.type(), e.story.category(), e.physical, e.psychological));
            detect(e, new DutyFacts(e.story.type(), e.story.category(), e.physical, e.psychological, e.reportedAt),
                    e.reportedAt.plusSeconds(1), null);
        }
        numbers.forEach((year, last) -> rows.add(Table.REFERENCE_COUNTER, org, service.id(), year, last));
        return events;
    }

    private ProviderPlan.Spike spikeOn(int day) {
        for (ProviderPlan.Spike s : service.spikes()) {
            if (s.covers(day)) {
                return s;
            }
        }
        return null;
    }

    /** Mostly incidents; about 15% near misses, then complaints, a few safeguarding and staff concerns. */
    private EventType type() {
        double roll = random.nextDouble();
        if (roll < 0.70) {
            return EventType.INCIDENT;
        } else if (roll < 0.85) {
            return EventType.NEAR_MISS;
        } else if (roll < 0.925) {
            return EventType.COMPLAINT;
        } else if (roll < 0.96) {
            return EventType.SAFEGUARDING_CONCERN;
        } else if (roll < 0.975) {
            return EventType.STAFF_CONCERN;
        }
        return EventType.GOOD_PRACTICE;
    }

    /** Falls at night and early morning; medicines at the rounds; visits and everything else in the day. */
    private LocalTime timeOfDay(Story story) {
        int hour = switch (story.category()) {
            case FALL -> random.nextDouble() < 0.45 ? (22 + random.nextInt(9)) % 24 : 7 + random.nextInt(15);
            case MISSED_VISIT, LATE_VISIT -> 7 + random.nextInt(15);
            case MEDICATION -> new int[] { 8, 9, 12, 17, 20, 21 }[random.nextInt(6)];
            case AGGRESSION -> random.nextDouble() < 0.5 ? 15 + random.nextInt(6) : 7 + random.nextInt(15);
            default -> 7 + random.nextInt(15);
        };
        return LocalTime.of(hour, random.nextInt(60));
    }

    private Duration reportDelay(EventType type) {
        return switch (type) {
            case COMPLAINT, STAFF_CONCERN -> Duration.ofMinutes(30 + random.nextInt(3 * 24 * 60));
            default -> Duration.ofMinutes(10 + random.nextInt(170));
        };
    }

    private PsychologicalHarm psychological(Story story) {
        double roll = random.nextDouble();
        PsychologicalHarm harm = story.psychologicalHarm();
        if (roll < 0.1 && harm.ordinal() > 0) {
            return PsychologicalHarm.values()[harm.ordinal() - 1];
        }
        if (roll > 0.96 && harm.ordinal() < PsychologicalHarm.MODERATE.ordinal()) {
            return PsychologicalHarm.values()[harm.ordinal() + 1];
        }
        return harm;
    }

    /** Care workers report most events, team leaders some, the manager a few; some are anonymous (null). */
    private Person reporter(EventType type) {
        double anonymous = type == EventType.STAFF_CONCERN ? 0.4 : 0.02;
        if (random.nextDouble() < anonymous) {
            return null;
        }
        double roll = random.nextDouble();
        if (roll < 0.78) {
            return service.carers().get(random.nextInt(service.carers().size()));
        }
        return roll < 0.95 ? service.leaders().get(random.nextInt(service.leaders().size())) : service.manager();
    }

    private String followUpHash() {
        byte[] code = new byte[8];
        random.nextBytes(code);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(HexFormat.of().formatHex(code).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // Triage and duties

    private void triage(Event e) {
        boolean speakUp = e.story.type() == EventType.STAFF_CONCERN;
        Instant at = e.reportedAt.plus(Duration.ofMinutes(speakUp ? 60 + random.nextInt(72 * 60) : 40 + random.nextInt(20 * 60)));
        if (at.isAfter(context.now().minus(Duration.ofHours(2))) || random.nextDouble() < 0.015) {
            return;
        }
        e.triagedAt = at;
        e.triagedBy = speakUp ? context.provider().guardian() : service.manager();
        e.response = LearningResponse.LOCAL_REVIEW;
    }

    /** Writes the triage once the review plan has chosen the learning response. */
    private void writeTriage(Event e) {
        PhysicalHarm physical = e.physical;
        double roll = random.nextDouble();
        if (roll < 0.05 && physical.ordinal() < PhysicalHarm.SEVERE.ordinal() && physical != PhysicalHarm.NONE) {
            physical = PhysicalHarm.values()[physical.ordinal() + 1];
        } else if (roll > 0.97 && physical == PhysicalHarm.LOW) {
            physical = PhysicalHarm.NONE;
        }
        PsychologicalHarm psychological = e.psychological;
        int consequence = Math.min(5, Math.max(1 + physical.ordinal(), 1 + psychological.ordinal()));
        int likelihood = 1 + Math.min(4, (int) Math.abs(random.nextGaussian() * 1.2 + 1.6));
        RiskScore risk = new RiskScore(consequence, likelihood);
        String reason = reason(e);
        rows.add(Table.TRIAGE, e.id, org, service.id(), physical, psychological, risk.consequence(), risk.likelihood(),
                risk.score(), risk.band(), e.response, reason, e.triagedBy.id(), e.triagedAt, 0);
        rows.audit(new EventTriaged(org, e.triagedBy.id(), e.triagedAt, e.id, service.id(), e.reference, physical,
                psychological, risk.score(), risk.band(), e.response, false));
        detect(e, new DutyFacts(e.story.type(), e.story.category(), physical, psychological, e.reportedAt),
                e.triagedAt, e.triagedBy);
    }

    private String reason(Event e) {
        return switch (e.response) {
            case LOCAL_REVIEW -> "Known issue with low harm: handled locally and recorded.";
            case SWARM_HUDDLE -> "A huddle with the staff on shift will show what happened and what would prevent it.";
            case AFTER_ACTION_REVIEW -> "An after action review will show the difference between what was expected and what happened.";
            case REFLECTIVE_REVIEW -> "The staff involved will reflect on it with their manager.";
            case ROOT_CAUSE_ANALYSIS -> "Serious harm: the causes need a full root cause analysis.";
            case THEMATIC_REVIEW -> "One of several similar events this month: reviewed together as a theme.";
            case FULL_INVESTIGATION -> "The most serious outcome: a full investigation, signed off by the nominated individual.";
        };
    }

    /** Records each duty the rules find that the event does not have yet, as the duty detection does. */
    private void detect(Event e, DutyFacts facts, Instant at, Person by) {
        for (DetectedDuty duty : rules.detect(facts)) {
            if (!e.duties.containsKey(duty.kind())) {
                e.duties.put(duty.kind(), at);
                e.pendingDuties.add(new PendingDuty(duty, at, by));
            }
        }
    }

    /** A duty found on reporting or at triage, written once the event's story is known. */
    private record PendingDuty(DetectedDuty duty, Instant detectedAt, Person detectedBy) {
    }

    /** Writes the event's duties, each done, dismissed or still due by now. */
    private void duties(Event e) {
        if (e.triagedAt != null) {
            writeTriage(e);
        } else {
            rows.add(Table.TRIAGE_AWAITING, e.id, org, service.id(), e.occurredAt);
        }
        for (PendingDuty pending : e.pendingDuties) {
            DetectedDuty duty = pending.duty();
            UUID id = ids.next();
            Person manager = e.triagedBy != null ? e.triagedBy : service.manager();
            UUID detectedBy = pending.detectedBy() == null ? null : pending.detectedBy().id();
            Instant settled = e.triagedAt == null ? null : settledAt(e, duty);
            boolean dismiss = settled != null && dismissed(e, duty.kind());
            rows.audit(new DutyDetected(org, detectedBy, pending.detectedAt(), id, e.id, service.id(), e.reference,
                    duty.kind(), duty.dueAt()));
            if (settled == null) {
                rows.add(Table.DUTY, id, org, e.id, service.id(), duty.kind(), duty.reason(), duty.dueAt(), "DUE",
                        pending.detectedAt(), detectedBy, null, null, null, null, null, null, null, 0);
            } else if (dismiss) {
                String why = dismissal(duty.kind());
                rows.add(Table.DUTY, id, org, e.id, service.id(), duty.kind(), duty.reason(), duty.dueAt(), "DISMISSED",
                        pending.detectedAt(), detectedBy, null, null, null, null, settled, manager.id(), why, 1);
                rows.audit(new DutyDismissed(org, manager.id(), settled, id, e.id, e.reference, duty.kind()));
            } else {
                rows.add(Table.DUTY, id, org, e.id, service.id(), duty.kind(), duty.reason(), duty.dueAt(), "DONE",
                        pending.detectedAt(), detectedBy, settled, manager.id(), method(duty.kind()),
                        "REF-" + (100000 + random.nextInt(900000)), null, null, null, 1);
                rows.audit(new DutyCompleted(org, manager.id(), settled, id, e.id, e.reference, duty.kind(), settled));
            }
        }
    }

    /** When the manager recorded the duty as done or dismissed it: mostly in time, some late; null while still due. */
    private Instant settledAt(Event e, DetectedDuty duty) {
        Instant from = e.triagedAt.isAfter(e.duties.get(duty.kind())) ? e.triagedAt : e.duties.get(duty.kind());
        Instant at;
        if (random.nextDouble() < 0.88) {
            long window = Math.max(60, Duration.between(from, duty.dueAt()).toMinutes());
            at = from.plus(Duration.ofMinutes(10 + (long) (random.nextDouble() * window * 0.9)));
        } else {
            at = duty.dueAt().plus(Duration.ofMinutes(30 + random.nextInt(5 * 24 * 60)));
        }
        if (at.isBefore(from)) {
            at = from.plusSeconds(60);
        }
        return at.isAfter(context.now()) ? null : at;
    }

    private boolean dismissed(Event e, DutyKind kind) {
        return switch (kind) {
            case RIDDOR -> random.nextDouble() < 0.6;
            case DUTY_OF_CANDOUR, DUTY_OF_CANDOUR_SCOTLAND -> e.physical.ordinal() < PhysicalHarm.MODERATE.ordinal()
                    ? random.nextDouble() < 0.4 : random.nextDouble() < 0.03;
            default -> random.nextDouble() < 0.03;
        };
    }

    private static String dismissal(DutyKind kind) {
        return switch (kind) {
            case RIDDOR -> "Not reportable: the injury did not arise from work activity.";
            case DUTY_OF_CANDOUR, DUTY_OF_CANDOUR_SCOTLAND ->
                    "Not a notifiable safety incident: the distress was short-lived and needed no treatment.";
            default -> "Does not apply once the facts were checked with the staff involved.";
        };
    }

    private static String method(DutyKind kind) {
        return switch (kind) {
            case CQC_DEATH, CQC_INCIDENT -> "CQC online portal";
            case CARE_INSPECTORATE_NOTIFICATION -> "Care Inspectorate eForms";
            case CIW_NOTIFICATION -> "CIW Online";
            case RQIA_NOTIFICATION -> "RQIA web portal";
            case SAFEGUARDING_REFERRAL -> "Referral to the local authority safeguarding team by phone and form";
            case DUTY_OF_CANDOUR, DUTY_OF_CANDOUR_SCOTLAND -> "Met the family, apologised, and wrote to them";
            case RIDDOR -> "HSE online report";
            case COMPLAINT_ACKNOWLEDGEMENT -> "Acknowledgement letter by email";
            case COMPLAINT_RESPONSE -> "Full response by letter, with the outcome and the ombudsman's details";
        };
    }

    // Reviews

    private List<Review> planReviews(List<Event> events) {
        List<Review> reviews = new ArrayList<>();
        Map<String, Review> themes = new LinkedHashMap<>();
        for (Event e : events) {
            if (e.triagedAt == null || e.story.type() == EventType.STAFF_CONCERN) {
                continue;
            }
            LearningResponse individual = individualResponse(e);
            if (individual != null) {
                Review review = new Review();
                review.type = individual;
                review.events.add(e);
                reviews.add(review);
                e.review = review;
                e.response = individual;
            } else if (theme(e) != null) {
                String key = YearMonth.from(UkTime.londonDate(e.occurredAt)) + "/" + theme(e);
                themes.computeIfAbsent(key, k -> {
                    Review review = new Review();
                    review.type = LearningResponse.THEMATIC_REVIEW;
                    review.thematic = true;
                    return review;
                }).events.add(e);
            }
        }
        for (Review theme : themes.values()) {
            if (theme.events.size() >= 3 && random.nextDouble() < 0.6) {
                List<Event> covered = theme.events.subList(0, Math.min(200, theme.events.size()));
                theme.events.retainAll(List.copyOf(covered));
                theme.events.forEach(e -> {
                    e.review = theme;
                    e.response = LearningResponse.THEMATIC_REVIEW;
                });
                reviews.add(theme);
            }
        }
        reviews.sort(Comparator.comparing(r -> r.events.get(0).reportedAt));
        return reviews;
    }

    private LearningResponse individualResponse(Event e) {
        EventType type = e.story.type();
        if (e.physical == PhysicalHarm.FATAL) {
            return LearningResponse.FULL_INVESTIGATION;
        }
        if (e.physical == PhysicalHarm.SEVERE) {
            return LearningResponse.ROOT_CAUSE_ANALYSIS;
        }
        if (type == EventType.SAFEGUARDING_CONCERN) {
            return random.nextDouble() < 0.7 ? LearningResponse.ROOT_CAUSE_ANALYSIS : LearningResponse.AFTER_ACTION_REVIEW;
        }
        if (e.physical == PhysicalHarm.MODERATE) {
            return random.nextBoolean() ? LearningResponse.ROOT_CAUSE_ANALYSIS : LearningResponse.AFTER_ACTION_REVIEW;
        }
        double roll = random.nextDouble();
        return switch (type) {
            case COMPLAINT -> roll < 0.25 ? LearningResponse.LOCAL_REVIEW : null;
            case GOOD_PRACTICE -> roll < 0.3 ? LearningResponse.AFTER_ACTION_REVIEW : null;
            default -> roll < 0.02 ? LearningResponse.SWARM_HUDDLE : roll < 0.03 ? LearningResponse.REFLECTIVE_REVIEW : null;
        };
    }

    private static String theme(Event e) {
        if (e.story.type() != EventType.INCIDENT && e.story.type() != EventType.NEAR_MISS) {
            return null;
        }
        return switch (e.story.category()) {
            case FALL, MEDICATION, PRESSURE_DAMAGE, AGGRESSION -> e.story.category().name();
            case MISSED_VISIT, LATE_VISIT -> "VISITS";
            default -> null;
        };
    }

    private void review(Review plan) {
        Instant lastTriage = plan.events.stream().map(e -> e.triagedAt).max(Comparator.naturalOrder()).orElseThrow();
        Instant opened = plan.thematic
                ? ZonedDateTime.of(YearMonth.from(UkTime.londonDate(plan.events.get(0).occurredAt)).atEndOfMonth(),
                        LocalTime.of(9, 0), UkTime.LONDON).toInstant().plus(Duration.ofHours(24 + random.nextInt(96)))
                : lastTriage.plus(Duration.ofMinutes(120 + random.nextInt(36 * 60)));
        if (opened.isBefore(lastTriage)) {
            opened = lastTriage.plus(Duration.ofHours(1));
        }
        if (opened.isAfter(context.now())) {
            return;
        }
        Event first = plan.events.get(0);
        boolean restricted = plan.events.stream().anyMatch(e -> e.story.type().restricted());
        Person manager = service.manager();
        Person lead = restricted || random.nextDouble() < 0.6 ? manager
                : random.nextDouble() < 0.8 ? service.leaders().get(random.nextInt(service.leaders().size()))
                        : context.provider().quality();
        UUID id = ids.next();
        List<UUID> eventIds = plan.events.stream().map(e -> e.id).toList();
        rows.audit(new ReviewOpened(org, manager.id(), opened, id, service.id(), eventIds));
        for (UUID eventId : eventIds) {
            rows.add(Table.REVIEW_EVENT, org, id, eventId);
        }
        Instant updated = opened.plus(Duration.ofMinutes(90 + random.nextInt(70 * 60)));
        if (updated.isAfter(context.now())) {
            rows.add(Table.REVIEW, id, org, service.id(), plan.type, lead.id(), "DRAFT", null, manager.id(), opened, null,
                    null, 0);
            return;
        }
        String summary = plan.thematic
                ? "A thematic review of " + plan.events.size() + " events about " + theme(first).toLowerCase().replace('_', ' ')
                        + " in " + YearMonth.from(UkTime.londonDate(first.occurredAt)) + ". " + first.story.description(first.room)
                        + REVIEW_HEARD
                : first.story.description(first.room) + REVIEW_HEARD;
        Set<ContributoryFactor> factors = EnumSet.copyOf(first.story.factors());
        for (ContributoryFactor factor : factors) {
            rows.add(Table.REVIEW_FACTOR, org, id, factor);
        }
        List<Finding> findings = new ArrayList<>();
        findings.add(new Finding(ids.next(), first.story.finding(), first.story.action(), first.story.strength()));
        if (random.nextDouble() < 0.25) {
            findings.add(GENERAL_FINDINGS.get(random.nextInt(GENERAL_FINDINGS.size())).withId(ids.next()));
        }
        for (int position = 0; position < findings.size(); position++) {
            rows.add(Table.REVIEW_FINDING, findings.get(position).id(), org, id, position, findings.get(position).text());
        }
        rows.audit(new ReviewUpdated(org, manager.id(), updated, id, service.id(), eventIds));
        Person signer = plan.type == LearningResponse.FULL_INVESTIGATION ? context.provider().director() : manager;
        int days = plan.type == LearningResponse.ROOT_CAUSE_ANALYSIS || plan.type == LearningResponse.FULL_INVESTIGATION
                ? 7 + random.nextInt(21) : 1 + random.nextInt(9);
        Instant signedOff = updated.plus(Duration.ofDays(days)).plus(Duration.ofMinutes(random.nextInt(8 * 60)));
        if (signedOff.isAfter(context.now())) {
            rows.add(Table.REVIEW, id, org, service.id(), plan.type, lead.id(), "DRAFT", summary, manager.id(), opened,
                    null, null, 1);
            return;
        }
        rows.add(Table.REVIEW, id, org, service.id(), plan.type, lead.id(), "SIGNED_OFF", summary, manager.id(), opened,
                signer.id(), signedOff, 2);
        rows.audit(new ReviewSignedOff(org, signer.id(), signedOff, id, service.id(), eventIds));
        actions(id, plan.type, first.story, findings, signedOff);
    }

    /** A finding, and the action that answers it. */
    private record Finding(UUID id, String text, String action, ActionStrength strength) {

        Finding withId(UUID newId) {
            return new Finding(newId, text, action, strength);
        }
    }

    private static final List<Finding> GENERAL_FINDINGS = List.of(
            new Finding(null, "Handover did not pass on the change in the person's needs.",
                    "Add changes in needs as the first item of every handover", ActionStrength.INTERMEDIATE),
            new Finding(null, "New staff had not yet had the training this needed.",
                    "Book the training into every new starter's first two weeks", ActionStrength.WEAKER),
            new Finding(null, "Agency staff did not have the person's care plan summary.",
                    "Give agency staff a one-page summary of each person at the start of every shift", ActionStrength.INTERMEDIATE),
            new Finding(null, "The policy was clear, but staff could not find it on the shift.",
                    "Put the quick guide on the wall of the office and the medicines room", ActionStrength.WEAKER));

    // Actions, checks and lessons

    private void actions(UUID reviewId, LearningResponse type, Story story, List<Finding> findings, Instant signedOff) {
        Person manager = service.manager();
        Instant added = signedOff.plus(Duration.ofMinutes(30 + random.nextInt(36 * 60)));
        if (added.isAfter(context.now())) {
            return;
        }
        boolean allEmbedded = true;
        Instant embeddedBy = added;
        for (Finding finding : findings) {
            if (added.isAfter(context.now())) {
                allEmbedded = false;
                break;
            }
            Instant embedded = action(reviewId, finding, added, manager);
            if (embedded == null) {
                allEmbedded = false;
            } else if (embedded.isAfter(embeddedBy)) {
                embeddedBy = embedded;
            }
            added = added.plus(Duration.ofMinutes(5));
        }
        if (allEmbedded && random.nextDouble() < shareChance(type)) {
            lesson(reviewId, story, embeddedBy, manager);
        }
    }

    /**
     * How often the change that stuck becomes a lesson for all staff: nearly always after a theme, a
     * root cause analysis or an investigation; half the time after a local review, huddle or
     * reflection, whose learning often stays with the few people involved (and so the loop stays open).
     */
    private static double shareChance(LearningResponse type) {
        return switch (type) {
            case THEMATIC_REVIEW, ROOT_CAUSE_ANALYSIS, FULL_INVESTIGATION -> 0.92;
            case AFTER_ACTION_REVIEW -> 0.7;
            case LOCAL_REVIEW, SWARM_HUDDLE, REFLECTIVE_REVIEW -> 0.5;
        };
    }

    /** One action and its checks; answers when its latest check found it embedded, or null. */
    private Instant action(UUID reviewId, Finding finding, Instant added, Person manager) {
        UUID id = ids.next();
        Person lead = lead();
        Person verifier = lead.equals(manager) ? context.provider().quality() : manager;
        LocalDate due = UkTime.londonDate(added).plusDays(14 + random.nextInt(29));
        rows.audit(new ActionAdded(org, manager.id(), added, id, reviewId, service.id(), finding.id(), lead.id(), due,
                finding.strength()));
        Instant now = context.now();
        Instant openedAt = added;
        int version = 0;
        for (int round = 1; ; round++) {
            Instant completed = openedAt.plus(Duration.ofDays(3 + random.nextInt(45))).plus(Duration.ofMinutes(random.nextInt(600)));
            if (completed.isAfter(now)) {
                writeAction(id, reviewId, finding, lead, due, ActionStatus.OPEN, null, null, null, manager, added, version);
                return null;
            }
            String evidence = "Done: " + Character.toLowerCase(finding.action().charAt(0)) + finding.action().substring(1)
                    + ". Seen in place and recorded in the staff meeting notes.";
            rows.audit(new ActionCompleted(org, lead.id(), completed, id, reviewId, service.id()));
            version++;
            Instant verified = completed.plus(Duration.ofDays(1 + random.nextInt(6))).plus(Duration.ofMinutes(random.nextInt(300)));
            if (verified.isAfter(now)) {
                writeAction(id, reviewId, finding, lead, due, ActionStatus.COMPLETED, evidence, completed, null, manager,
                        added, version);
                return null;
            }
            rows.audit(new ActionVerified(org, verifier.id(), verified, id, reviewId, service.id()));
            version++;
            Instant scheduledAt = verified.plusSeconds(2);
            LocalDate checkDue = UkTime.londonDate(verified).plus(context.checkAfter());
            for (int followUp = 1; ; followUp++) {
                UUID checkId = ids.next();
                rows.audit(new CheckScheduled(org, followUp == 1 ? null : manager.id(), scheduledAt, checkId, id, reviewId,
                        service.id(), checkDue));
                Instant recorded = ZonedDateTime.of(checkDue, LocalTime.of(11, 0), UkTime.LONDON).toInstant()
                        .plus(Duration.ofDays(random.nextInt(12) - 3));
                if (recorded.isBefore(scheduledAt)) {
                    recorded = scheduledAt.plus(Duration.ofHours(1));
                }
                if (recorded.isAfter(now)) {
                    writeCheck(checkId, id, reviewId, verified, followUp, checkDue, null, null, null, scheduledAt);
                    writeAction(id, reviewId, finding, lead, due, ActionStatus.VERIFIED, evidence, completed, verified,
                            manager, added, version, verifier);
                    return null;
                }
                double roll = random.nextDouble();
                Verdict verdict = round >= 3 || followUp >= 3 || roll < 0.85 ? Verdict.EMBEDDED
                        : roll < 0.95 ? Verdict.PARTLY_EMBEDDED : Verdict.NOT_EMBEDDED;
                String notes = verdict == Verdict.EMBEDDED ? "Observed on two shifts and in the records: the change is in place."
                        : "Seen on one shift but not the other; the change has not stuck everywhere.";
                writeCheck(checkId, id, reviewId, verified, followUp, checkDue, verdict, notes, recorded, scheduledAt);
                rows.audit(new CheckRecorded(org, manager.id(), recorded, checkId, id, reviewId, service.id(), verdict));
                if (verdict == Verdict.EMBEDDED) {
                    writeAction(id, reviewId, finding, lead, due, ActionStatus.VERIFIED, evidence, completed, verified,
                            manager, added, version, verifier);
                    return recorded;
                }
                if (verdict == Verdict.PARTLY_EMBEDDED) {
                    scheduledAt = recorded;
                    checkDue = UkTime.londonDate(recorded).plus(context.recheckAfter());
                    continue;
                }
                rows.add(Table.ACTION_HISTORY, ids.next(), org, id, evidence, completed, lead.id(), verified,
                        verifier.id(), recorded, manager.id(), notes);
                rows.audit(new CheckFailed(org, manager.id(), recorded, checkId, id, reviewId, service.id()));
                rows.audit(new ActionReopened(org, manager.id(), recorded, id, reviewId, service.id()));
                version++;
                openedAt = recorded;
                break;
            }
        }
    }

    private void writeAction(UUID id, UUID reviewId, Finding finding, Person lead, LocalDate due, ActionStatus status,
            String evidence, Instant completed, Instant verified, Person manager, Instant added, int version) {
        writeAction(id, reviewId, finding, lead, due, status, evidence, completed, verified, manager, added, version, null);
    }

    private void writeAction(UUID id, UUID reviewId, Finding finding, Person lead, LocalDate due, ActionStatus status,
            String evidence, Instant completed, Instant verified, Person manager, Instant added, int version,
            Person verifier) {
        rows.add(Table.ACTION, id, org, service.id(), reviewId, finding.id(), finding.action(), lead.id(), due,
                finding.strength(), status, evidence, completed, completed == null ? null : lead.id(), verified,
                verified == null ? null : verifier.id(), manager.id(), added, version);
    }

    private void writeCheck(UUID id, UUID actionId, UUID reviewId, Instant verified, int followUp, LocalDate due,
            Verdict verdict, String notes, Instant recorded, Instant scheduledAt) {
        boolean done = verdict != null;
        rows.add(Table.EFFECTIVENESS_CHECK, id, org, service.id(), actionId, reviewId, verified, followUp, due,
                done ? "DONE" : "SCHEDULED", done ? null : actionId, verdict, done ? notes : null,
                done ? service.manager().id() : null, recorded, scheduledAt, done ? 1 : 0);
    }

    /** Actions are led by team leaders, care workers and the manager. */
    private Person lead() {
        double roll = random.nextDouble();
        if (roll < 0.4) {
            return service.leaders().get(random.nextInt(service.leaders().size()));
        }
        return roll < 0.7 ? service.carers().get(random.nextInt(service.carers().size())) : service.manager();
    }

    private void lesson(UUID reviewId, Story story, Instant embedded, Person manager) {
        Instant drafted = embedded.plus(Duration.ofHours(4 + random.nextInt(7 * 24)));
        if (drafted.isAfter(context.now())) {
            return;
        }
        UUID id = ids.next();
        List<UUID> services = List.of(service.id());
        rows.audit(new LessonDrafted(org, manager.id(), drafted, id, reviewId, services));
        rows.add(Table.LESSON_SERVICE, org, id, service.id());
        Instant published = drafted.plus(Duration.ofMinutes(30 + random.nextInt(48 * 60)));
        if (published.isAfter(context.now())) {
            rows.add(Table.LESSON, id, org, reviewId, story.lessonTitle(), story.lesson(), "", "DRAFT", manager.id(),
                    drafted, null, null, 0);
            return;
        }
        rows.add(Table.LESSON, id, org, reviewId, story.lessonTitle(), story.lesson(), "", "PUBLISHED", manager.id(),
                drafted, manager.id(), published, 1);
        rows.audit(new LessonPublished(org, manager.id(), published, id, reviewId, services));
        for (Person reader : service.staff()) {
            if (random.nextDouble() >= (reader.equals(manager) ? 0.95 : 0.7)) {
                continue;
            }
            Instant read = published.plus(Duration.ofMinutes((long) (-Math.log(1 - random.nextDouble()) * 4 * 24 * 60) + 20));
            if (!read.isAfter(context.now())) {
                rows.add(Table.LESSON_ACKNOWLEDGEMENT, org, id, reader.id(), read);
                rows.audit(new LessonAcknowledged(org, reader.id(), read, id, reviewId));
            }
        }
    }

    /** Whether a service of this kind has stories in this category: for tests. */
    static boolean hasCategory(ServiceKind kind, Category category) {
        return Stories.STORIES.stream().anyMatch(s -> s.category() == category && s.happensIn(kind));
    }
}
