package org.learnloop.triage;

import java.time.Instant;
import java.time.LocalDate;

import org.learnloop.shared.Nation;
import org.learnloop.shared.UkTime;

/**
 * The clock a duty runs on, started when the event was reported. Lengths come from
 * {@link TriageSettings}; working days are counted in the service's nation, and a deadline
 * counted in days falls due at {@link TriageSettings#dueTimeOfDay()} London time on its last day.
 */
public enum Deadline {
    /** "Without delay" or "immediately": due the same day, overdue after 24 hours by default. */
    WITHOUT_DELAY,
    /** A safeguarding referral: the same day, 24 hours by default. */
    SAFEGUARDING_SAME_DAY,
    /** The written notification of the duty of candour: 10 working days by default. */
    CANDOUR_WRITTEN_NOTIFICATION,
    /** Acknowledging a complaint: 3 working days by default. */
    COMPLAINT_ACKNOWLEDGEMENT,
    /** Responding to a complaint in full: 20 working days by default. */
    COMPLAINT_RESPONSE,
    /** Sending a RIDDOR report: 10 calendar days by default. */
    RIDDOR_REPORT;

    public Instant dueAt(Instant reportedAt, Nation nation, TriageSettings settings, WorkingDays workingDays) {
        return switch (this) {
            case WITHOUT_DELAY -> reportedAt.plus(settings.withoutDelay());
            case SAFEGUARDING_SAME_DAY -> reportedAt.plus(settings.safeguardingReferral());
            case CANDOUR_WRITTEN_NOTIFICATION -> workingDays(reportedAt, settings.candourWorkingDays(), nation, settings, workingDays);
            case COMPLAINT_ACKNOWLEDGEMENT ->
                    workingDays(reportedAt, settings.complaintAcknowledgementWorkingDays(), nation, settings, workingDays);
            case COMPLAINT_RESPONSE -> workingDays(reportedAt, settings.complaintResponseWorkingDays(), nation, settings, workingDays);
            case RIDDOR_REPORT -> endOf(UkTime.londonDate(reportedAt).plusDays(settings.riddorReportDays()), settings);
        };
    }

    private static Instant workingDays(Instant reportedAt, int days, Nation nation, TriageSettings settings,
            WorkingDays workingDays) {
        return endOf(workingDays.add(UkTime.londonDate(reportedAt), days, nation), settings);
    }

    private static Instant endOf(LocalDate day, TriageSettings settings) {
        return UkTime.fromLondon(day.atTime(settings.dueTimeOfDay()));
    }
}
