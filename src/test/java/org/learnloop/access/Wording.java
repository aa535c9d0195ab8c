package org.learnloop.access;

/**
 * The words typed into every free-text field of a loop: plain ones for the access matrix, or the
 * same hostile text everywhere for the escaping tests.
 */
record Wording(String summary, String description, String immediateActions, String triageReason,
        String reviewSummary, String finding, String actionDescription, String evidence, String lessonTitle,
        String lessonSummary) {

    static Wording plain() {
        return new Wording("Fall in the lounge", "Found on the floor beside her chair after lunch.",
                "Checked for injury and helped up with the hoist.", "A fall with a painful wrist: learn why it happened.",
                "She rose without her frame; it was out of reach.", "The walking frame was left out of reach.",
                "Keep the frame within reach at every transfer; check it at each handover.",
                "Frame-within-reach added to the handover sheet; seen in place on three shifts.",
                "Frames within reach", "Keep walking frames within reach at every transfer.");
    }

    static Wording everywhere(String text) {
        return new Wording(text, text, text, text, text, text, text, text, text, text);
    }
}
