package org.learnloop.review.web;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.learnloop.review.ContributoryFactor;
import org.learnloop.review.ReviewChanges;
import org.learnloop.review.web.ReviewForms.ReviewForm;
import org.learnloop.shared.UkTime;

/**
 * What the review page shows when a save was refused because someone else changed the review
 * while the person was editing: who and when, and each change they made beside what the person
 * had in their own form, so that the two can be merged by hand.
 *
 * @param changedBy the name of whoever saved or signed off, or null when that is not known
 * @param time their time of day, {@code 14:32}, or null when not known
 * @param date the day, {@code 3 March 2026}, when it was not today; otherwise null
 */
record ReviewConflict(String changedBy, String time, String date, boolean signedOff, ReviewChanges changes,
        ReviewForm yours) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    static ReviewConflict of(String changedBy, Instant changedAt, boolean signedOff, ReviewChanges changes,
            ReviewForm yours, Clock clock) {
        String time = changedAt == null ? null : TIME.format(changedAt.atZone(UkTime.LONDON));
        String date = changedAt == null || UkTime.londonDate(changedAt).equals(UkTime.londonDate(clock.instant())) ? null
                : UkTime.date(UkTime.londonDate(changedAt));
        return new ReviewConflict(changedBy, time, date, signedOff, changes, yours);
    }

    /** Whether the person ticked this factor in their form. */
    public boolean ticked(ContributoryFactor factor) {
        return yours.contributoryFactors() != null && yours.contributoryFactors().contains(factor);
    }

    /** What happened as the person wrote it, or null when they left it blank. */
    public String yourSummary() {
        return yours.summary() == null || yours.summary().isBlank() ? null : yours.summary().trim();
    }

    /**
     * The person's own words for a finding: the box that held this finding when they opened the
     * review, or else a box with the very same words; null when they have no such finding.
     */
    public String yourFinding(UUID id, String savedText) {
        Map<String, String> byId = new HashMap<>();
        List<String> texts = yours.findingText() == null ? List.of() : yours.findingText();
        List<String> ids = yours.findingId() == null ? List.of() : yours.findingId();
        for (int i = 0; i < texts.size() && i < ids.size(); i++) {
            if (texts.get(i) != null && !texts.get(i).isBlank()) {
                byId.put(ids.get(i), texts.get(i).trim());
            }
        }
        String mine = byId.get(id.toString());
        if (mine != null) {
            return mine;
        }
        return texts.stream().filter(t -> t != null && t.trim().equals(savedText)).findFirst().map(String::trim).orElse(null);
    }
}
