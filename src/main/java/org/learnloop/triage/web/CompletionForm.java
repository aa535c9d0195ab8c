package org.learnloop.triage.web;

import java.time.LocalDate;
import java.time.LocalTime;

import org.learnloop.shared.UkTime;
import org.learnloop.triage.CompleteDuty;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Recording a duty as done, as the browser posts it: the date and time are typed in UK time. The
 * date travels as ISO (2026-11-25) both ways, as a date input needs.
 */
record CompletionForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate completedDate, LocalTime completedTime,
        String method, String reference) {

    static CompletionForm blank(LocalDate today, LocalTime now) {
        return new CompletionForm(today, now.withSecond(0).withNano(0), null, null);
    }

    CompleteDuty toCommand() {
        var completedAt = completedDate == null ? null
                : UkTime.fromLondon(completedDate.atTime(completedTime == null ? LocalTime.NOON : completedTime));
        return new CompleteDuty(completedAt, method, reference);
    }
}
