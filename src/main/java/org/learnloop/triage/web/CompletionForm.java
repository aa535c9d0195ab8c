package org.learnloop.triage.web;

import java.time.LocalDate;
import java.time.LocalTime;

import org.learnloop.shared.UkTime;
import org.learnloop.triage.CompleteDuty;

/** Recording a duty as done, as the browser posts it: the date and time are typed in UK time. */
record CompletionForm(LocalDate completedDate, LocalTime completedTime, String method, String reference) {

    static CompletionForm blank(LocalDate today, LocalTime now) {
        return new CompletionForm(today, now.withSecond(0).withNano(0), null, null);
    }

    CompleteDuty toCommand() {
        var completedAt = completedDate == null ? null
                : UkTime.fromLondon(completedDate.atTime(completedTime == null ? LocalTime.NOON : completedTime));
        return new CompleteDuty(completedAt, method, reference);
    }
}
