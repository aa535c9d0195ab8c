package org.learnloop.shared;

/** The person may see the record but their role may not take this action (403). */
public class Forbidden extends RuntimeException {

    public Forbidden(String message) {
        super(message);
    }

    public static Forbidden because(String message) {
        return new Forbidden(message);
    }
}
