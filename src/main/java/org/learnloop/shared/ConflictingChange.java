package org.learnloop.shared;

/** Somebody else saved the same record since it was opened: nothing is overwritten silently (409). */
public class ConflictingChange extends RuntimeException {

    public ConflictingChange(String message) {
        super(message);
    }

    public static ConflictingChange on(String what) {
        return new ConflictingChange(what + " was changed by someone else since you opened it. Reload it to see their changes.");
    }
}
