package org.learnloop.triage;

import java.time.Duration;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The clocks of statutory duties that regulators and guidance leave to the provider, under
 * {@code learnloop.triage}. Each setting left out takes the default that a registered manager in
 * England would expect.
 *
 * @param withoutDelay how long after the report a "without delay" notification counts as overdue (24 hours)
 * @param safeguardingReferral how long after the report a safeguarding referral is due: the same day (24 hours)
 * @param candourWorkingDays working days for the written notification of the duty of candour (10)
 * @param complaintAcknowledgementWorkingDays working days to acknowledge a complaint (3)
 * @param complaintResponseWorkingDays working days to respond to a complaint in full (20)
 * @param riddorReportDays calendar days to send a RIDDOR report (10)
 * @param dueTimeOfDay the London time at which a deadline counted in days falls due (23:59, the end of that day)
 */
@ConfigurationProperties("learnloop.triage")
public record TriageSettings(Duration withoutDelay, Duration safeguardingReferral, Integer candourWorkingDays,
        Integer complaintAcknowledgementWorkingDays, Integer complaintResponseWorkingDays, Integer riddorReportDays,
        LocalTime dueTimeOfDay) {

    public TriageSettings {
        withoutDelay = positive(withoutDelay == null ? Duration.ofHours(24) : withoutDelay, "without-delay");
        safeguardingReferral = positive(safeguardingReferral == null ? Duration.ofHours(24) : safeguardingReferral,
                "safeguarding-referral");
        candourWorkingDays = atLeastOne(candourWorkingDays == null ? 10 : candourWorkingDays, "candour-working-days");
        complaintAcknowledgementWorkingDays = atLeastOne(
                complaintAcknowledgementWorkingDays == null ? 3 : complaintAcknowledgementWorkingDays,
                "complaint-acknowledgement-working-days");
        complaintResponseWorkingDays = atLeastOne(complaintResponseWorkingDays == null ? 20 : complaintResponseWorkingDays,
                "complaint-response-working-days");
        riddorReportDays = atLeastOne(riddorReportDays == null ? 10 : riddorReportDays, "riddor-report-days");
        dueTimeOfDay = dueTimeOfDay == null ? LocalTime.of(23, 59) : dueTimeOfDay;
    }

    /** The defaults, as shipped. */
    public static TriageSettings defaults() {
        return new TriageSettings(null, null, null, null, null, null, null);
    }

    private static Duration positive(Duration value, String name) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("learnloop.triage." + name + " must be longer than zero");
        }
        return value;
    }

    private static Integer atLeastOne(Integer value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException("learnloop.triage." + name + " must be 1 or more");
        }
        return value;
    }
}
