package org.learnloop.shared.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.learnloop.shared.InvalidRequest.FieldMessage;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Says, beside the field it concerns, why a JSON body could not be read: a word where a number
 * belongs, a number too large for it, a code that does not exist, a date in the wrong form. A body that is not JSON at all is
 * reported against {@code body}. The caller never sees the parser's own message.
 */
final class UnreadableBody {

    private UnreadableBody() {
    }

    static FieldMessage describe(Throwable failure) {
        JacksonException jackson = find(failure);
        if (jackson instanceof InputCoercionException && !field(jackson).isEmpty()) {
            return new FieldMessage(field(jackson), "The number for %s is out of range".formatted(field(jackson)));
        }
        if (jackson == null || jackson instanceof StreamReadException) {
            return new FieldMessage("body", "The body is not valid JSON. Check it for a missing comma, quote or bracket.");
        }
        String field = field(jackson);
        if (field.isEmpty()) {
            return new FieldMessage("body", "Send the body as one JSON object with the fields this call takes.");
        }
        Class<?> type = jackson instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        return new FieldMessage(field, expected(type).formatted(field));
    }

    private static JacksonException find(Throwable failure) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof JacksonException jackson) {
                return jackson;
            }
        }
        return null;
    }

    /** The path to the value, as {@code findings[0].text}. */
    private static String field(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "Enter a valid value for %s";
        }
        if (type.isEnum()) {
            return "Use one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", ")) + " for %s";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "Enter a whole number for %s";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "Enter a number for %s";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "Enter true or false for %s";
        }
        if (type == UUID.class) {
            return "Enter an id given by Learnloop for %s";
        }
        if (type == LocalDate.class) {
            return "Enter a real date for %s, like 2026-11-20";
        }
        if (type == LocalTime.class) {
            return "Enter a real time for %s, like 14:30";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "Enter a real date and time for %s, with its offset, like 2026-11-20T14:30:00Z";
        }
        if (type == String.class) {
            return "Enter text for %s";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "Enter a list for %s";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "Enter an object for %s";
        }
        return "Enter a valid value for %s";
    }
}
