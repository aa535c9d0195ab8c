package org.learnloop.triage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.learnloop.reporting.Category;
import org.learnloop.reporting.EventType;
import org.learnloop.reporting.PhysicalHarm;
import org.learnloop.reporting.PsychologicalHarm;

/**
 * What the duty rules look at: the kind of event, what it was about, the harm (the reporter's
 * grade when it is reported, the manager's revised grade after triage) and when it was reported,
 * which starts every clock. The questions the rules ask of these facts are named here, once.
 */
public record DutyFacts(EventType type, Category category, PhysicalHarm physicalHarm,
        PsychologicalHarm psychologicalHarm, Instant reportedAt) {

    /** Categories where a serious injury may have arisen from work activity (premises, equipment, moving people, violence). */
    static final Set<Category> WORK_ACTIVITY = Set.of(Category.FALL, Category.INJURY_OTHER, Category.EQUIPMENT,
            Category.AGGRESSION, Category.ENVIRONMENT);

    public DutyFacts {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(physicalHarm, "physicalHarm");
        Objects.requireNonNull(psychologicalHarm, "psychologicalHarm");
        Objects.requireNonNull(reportedAt, "reportedAt");
    }

    /** A person using the service died: fatal harm, or an event about a death. */
    public boolean death() {
        return physicalHarm == PhysicalHarm.FATAL || category == Category.DEATH;
    }

    /**
     * A serious injury in the regulators' sense: permanent or life-shortening physical harm, or
     * prolonged (28 days or more) psychological harm. Severe harm in LFPSE terms.
     */
    public boolean seriousInjury() {
        return physicalHarm == PhysicalHarm.SEVERE || psychologicalHarm == PsychologicalHarm.SEVERE;
    }

    /** Abuse or neglect is suspected or alleged: a safeguarding concern, or an event about abuse or neglect. */
    public boolean abuseSuspected() {
        return type == EventType.SAFEGUARDING_CONCERN || category == Category.ABUSE_NEGLECT;
    }

    /** A person using the service went missing. */
    public boolean missingPerson() {
        return category == Category.MISSING_PERSON;
    }

    /**
     * Moderate harm or worse, physical or psychological: the threshold of the duty of candour.
     * Psychological harm graded moderate ("distress lasting days or needing support") counts,
     * because the regulations include treatment needed to prevent prolonged psychological harm;
     * the manager dismisses the duty with a reason where it does not apply.
     */
    public boolean moderateHarmOrWorse() {
        return physicalHarm.atLeast(PhysicalHarm.MODERATE) || psychologicalHarm.atLeast(PsychologicalHarm.MODERATE);
    }

    /**
     * A death or serious physical injury in a category where work activity may have caused it.
     * Whether it is reportable (staff, or a person taken to hospital because of work activity)
     * is for the manager to judge: the duty asks the question and is dismissed when the answer is no.
     */
    public boolean possiblyFromWorkActivity() {
        return physicalHarm.atLeast(PhysicalHarm.SEVERE) && WORK_ACTIVITY.contains(category);
    }

    public boolean complaint() {
        return type == EventType.COMPLAINT;
    }

    /** The reasons a regulator must be notified, in plain English, for example "A death and a serious injury". */
    String notifiableReasons() {
        List<String> reasons = new ArrayList<>();
        if (death()) {
            reasons.add("a death");
        }
        if (seriousInjury()) {
            reasons.add("a serious injury");
        }
        if (abuseSuspected()) {
            reasons.add("abuse or an allegation of abuse");
        }
        if (missingPerson()) {
            reasons.add("a person missing from the service");
        }
        String joined = reasons.size() <= 1 ? String.join("", reasons)
                : String.join(", ", reasons.subList(0, reasons.size() - 1)) + " and " + reasons.get(reasons.size() - 1);
        return joined.isEmpty() ? joined : Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
    }

    boolean notifiableToRegulator() {
        return death() || seriousInjury() || abuseSuspected() || missingPerson();
    }
}
