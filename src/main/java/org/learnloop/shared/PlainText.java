package org.learnloop.shared;

import java.util.List;

import org.learnloop.shared.InvalidRequest.FieldMessage;

/**
 * Text as people type it. Line breaks and tabs are kept; characters nobody types on purpose are
 * refused: control characters (PostgreSQL cannot even store a NUL), half of a character pair, and
 * the invisible marks that change the direction of text, which can make a record read differently
 * on screen from what it holds.
 */
public final class PlainText {

    private PlainText() {
    }

    /** Whether the text holds a character that no person types on purpose. */
    public static boolean hasHiddenCharacters(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || hidden(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adds an error for the field when its text holds hidden characters; {@code what} names the
     * answer in the message, for example "the summary".
     */
    public static void check(List<FieldMessage> errors, String field, String text, String what) {
        if (hasHiddenCharacters(text)) {
            errors.add(new FieldMessage(field, message(what)));
        }
    }

    public static String message(String what) {
        return "Remove the hidden characters, such as control codes or right-to-left marks, from " + what;
    }

    private static boolean hidden(char c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        return Character.getType(c) == Character.CONTROL // C0, DEL and C1 control codes
                || c == '\u061C' // Arabic letter mark
                || c == '\u200E' || c == '\u200F' // left-to-right and right-to-left marks
                || c >= '\u202A' && c <= '\u202E' // direction embeddings and overrides
                || c >= '\u2066' && c <= '\u2069'; // direction isolates
    }
}
