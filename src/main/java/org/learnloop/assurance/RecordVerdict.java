package org.learnloop.assurance;

/** The verdict of an effectiveness check, with what the manager found. */
public record RecordVerdict(Verdict verdict, String notes) {

    public static final int NOTES_MAX = 5_000;
}
