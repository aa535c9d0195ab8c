package org.learnloop.reporting.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.learnloop.reporting.Category;
import org.learnloop.reporting.EventType;
import org.learnloop.reporting.PhysicalHarm;
import org.learnloop.reporting.PsychologicalHarm;
import org.learnloop.reporting.ReportEvent;
import org.learnloop.shared.UkTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** The report form as the browser posts it: the date and time are typed in UK time. */
public record ReportForm(UUID serviceId, EventType type, @DateTimeFormat(iso = ISO.DATE) LocalDate occurredDate,
        @DateTimeFormat(pattern = "HH:mm") LocalTime occurredTime,
        Category category, String summary, String description, String immediateActions, PhysicalHarm physicalHarm,
        PsychologicalHarm psychologicalHarm, Boolean anonymous) {

    static ReportForm blank(UUID serviceId, LocalDate today, LocalTime now) {
        return new ReportForm(serviceId, null, today, now.withSecond(0).withNano(0), null, null, null, null, null, null,
                false);
    }

    ReportEvent toCommand() {
        var occurredAt = occurredDate == null ? null
                : UkTime.fromLondon(occurredDate.atTime(occurredTime == null ? LocalTime.NOON : occurredTime));
        return new ReportEvent(type, serviceId, occurredAt, category, summary, description, immediateActions,
                physicalHarm, psychologicalHarm, Boolean.TRUE.equals(anonymous));
    }
}
