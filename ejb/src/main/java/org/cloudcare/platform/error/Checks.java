package org.cloudcare.platform.error;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Input rules shared by the entities: each check names the field it refuses, so the caller knows what to correct.
 */
public final class Checks {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()./-]{3,40}$");
    private static final Pattern CODE = Pattern.compile("^[a-z][a-z0-9-]{1,39}$");
    private static final Pattern LANGUAGE = Pattern.compile("^[a-z]{2}(-[A-Z]{2})?$");

    private Checks() {
    }

    /** A required text, trimmed, of at most {@code maxLength} characters. */
    public static String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw CloudCareException.invalid(field, "The " + field + " must not be empty.");
        }
        return optionalText(field, value, maxLength);
    }

    /** An optional text: null or blank becomes null, anything else is trimmed and bounded. */
    public static String optionalText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw CloudCareException.invalid(field,
                    "The " + field + " must be at most " + maxLength + " characters long.");
        }
        return trimmed;
    }

    public static String email(String field, String value) {
        String email = text(field, value, 254);
        if (!EMAIL.matcher(email).matches()) {
            throw CloudCareException.invalid(field, "The " + field + " '" + email + "' is not an e-mail address.");
        }
        return email;
    }

    public static String optionalPhone(String field, String value) {
        String phone = optionalText(field, value, 40);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw CloudCareException.invalid(field, "The " + field + " may contain only digits, spaces and + ( ) . / -.");
        }
        return phone;
    }

    /** A tenant or user key: lower-case letters, digits and hyphens, starting with a letter, 2 to 40 long. */
    public static String code(String field, String value) {
        String code = text(field, value, 40);
        if (!CODE.matcher(code).matches()) {
            throw CloudCareException.invalid(field, "The " + field
                    + " must be 2 to 40 lower-case letters, digits or hyphens, starting with a letter.");
        }
        return code;
    }

    /** An ISO 639-1 language, optionally with an ISO 3166 region: {@code en}, {@code de-CH}. */
    public static String language(String field, String value) {
        String language = text(field, value, 5);
        if (!LANGUAGE.matcher(language).matches()) {
            throw CloudCareException.invalid(field, "The " + field + " must be an ISO 639-1 code such as 'en' or 'de-CH'.");
        }
        return language;
    }

    public static <T> T required(String field, T value) {
        if (value == null) {
            throw CloudCareException.invalid(field, "The " + field + " is required.");
        }
        return value;
    }

    /** Optimistic concurrency: the caller edits what it saw; a newer version means someone else changed it first. */
    public static void sameVersion(String what, long expected, long actual) {
        if (!Objects.equals(expected, actual)) {
            throw CloudCareException.conflict(what + " was changed by someone else (version " + actual
                    + ", you edited version " + expected + "). Reload and try again.");
        }
    }
}
