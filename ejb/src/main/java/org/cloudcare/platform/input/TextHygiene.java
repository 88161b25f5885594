package org.cloudcare.platform.input;

import org.cloudcare.platform.error.CloudCareException;
import org.cloudcare.platform.error.ErrorCode;

/**
 * The one rule for every text that enters CloudCare: no control characters (PostgreSQL refuses NUL, terminals obey
 * escape sequences, logs can be forged with line breaks), line breaks and tabs only in long texts, no bidirectional
 * override characters (they make a name read differently from what it is), no broken UTF-16 (half of a surrogate
 * pair cannot be stored). A refused text is VALIDATION naming the field; an id that breaks the rule cannot exist, so it
 * is NOT_FOUND, like any unknown id.
 */
public final class TextHygiene {

    private TextHygiene() {
    }

    /** Checks one input; {@code longText} allows line breaks and tabs. */
    public static void check(String field, String value, boolean longText) {
        String problem = problemWith(value, longText);
        if (problem == null) {
            return;
        }
        if (isId(field)) {
            throw new CloudCareException(ErrorCode.NOT_FOUND, "Nothing with that " + field + " exists.");
        }
        throw CloudCareException.invalid(field, "The " + field + " " + problem + ".");
    }

    /** What is wrong with the text, or null when nothing is. */
    public static String problemWith(String value, boolean longText) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "contains a broken character (half of a UTF-16 surrogate pair)";
            } else if (Character.getType(c) == Character.CONTROL && !(longText && (c == '\n' || c == '\r' || c == '\t'))) {
                return longText ? "must not contain control characters other than line breaks and tabs"
                        : "must be one line without control characters";
            } else if (isBidiControl(c)) {
                return "must not contain bidirectional override characters";
            }
        }
        return null;
    }

    /** Embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069): they reorder what a reader sees. */
    private static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    private static boolean isId(String field) {
        return field.equals("id") || field.endsWith("Id") || field.endsWith("Ids");
    }
}
