package org.learnloop.shared;

/**
 * A record that does not exist, or that the person asking may not know exists. Both answer the
 * same way (404), so that nobody can probe for another service's records.
 */
public class NotFound extends RuntimeException {

    public NotFound(String what) {
        super(what + " was not found");
    }

    public static NotFound of(String kind, Object id) {
        return new NotFound(kind + " " + id);
    }
}
