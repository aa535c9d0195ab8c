package org.learnloop.triage.web;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.learnloop.shared.InvalidRequest.FieldMessage;

/**
 * Reads codes and whole numbers from an API body loosely, so that an unknown code or a word
 * where a number belongs is answered with a message beside its field, like every other mistake.
 */
final class ApiValues {

    private ApiValues() {
    }

    static <E extends Enum<E>> E code(Object value, Class<E> type, String field, List<FieldMessage> errors) {
        if (value == null) {
            return null;
        }
        if (value instanceof String text) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(text.trim())) {
                    return constant;
                }
            }
        }
        errors.add(new FieldMessage(field, "Use one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                .collect(Collectors.joining(", "))));
        return null;
    }

    static Integer whole(Object value, String field, List<FieldMessage> errors) {
        if (value == null) {
            return null;
        }
        if (value instanceof Integer number) {
            return number;
        }
        if (value instanceof Long || value instanceof Short || value instanceof BigInteger) {
            long number = ((Number) value).longValue();
            if (value instanceof BigInteger big && big.bitLength() >= 63) {
                number = Long.MAX_VALUE;
            }
            return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, number));
        }
        if (value instanceof String text) {
            try {
                return Integer.valueOf(text.trim());
            } catch (NumberFormatException notANumber) {
                // reported below
            }
        }
        errors.add(new FieldMessage(field, "Enter a whole number"));
        return null;
    }

    static String text(Object value, String field, List<FieldMessage> errors) {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        errors.add(new FieldMessage(field, "Enter text"));
        return null;
    }
}
