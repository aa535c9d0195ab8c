package org.learnloop.shared;

import java.util.List;

/**
 * Input that breaks a rule, with one plain-English message per field. Shown as an error summary on
 * a page and as a problem detail with an {@code errors} array from the API. Nothing was changed.
 */
public class InvalidRequest extends RuntimeException {

    private final List<FieldMessage> errors;

    public InvalidRequest(List<FieldMessage> errors) {
        super(errors.isEmpty() ? "The request is not valid" : errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public static InvalidRequest of(String field, String message) {
        return new InvalidRequest(List.of(new FieldMessage(field, message)));
    }

    public List<FieldMessage> errors() {
        return errors;
    }

    /** One thing wrong with one field. */
    public record FieldMessage(String field, String message) {
    }
}
