package org.learnloop.assurance;

/** What an effectiveness check found: has the change become how things are done? */
public enum Verdict {
    /** The change is part of everyday practice: seen in place, described by staff, shown in records. */
    EMBEDDED,
    /** The change happens some of the time or in some places: another check is scheduled. */
    PARTLY_EMBEDDED,
    /** Practice has gone back to how it was: the action is reopened and the loop goes round again. */
    NOT_EMBEDDED
}
