package org.cloudcare.platform.error;

import java.math.BigDecimal;
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

    /** A required whole number within {@code min..max} (both included). */
    public static int range(String field, Integer value, int min, int max) {
        required(field, value);
        if (value < min || value > max) {
            throw CloudCareException.invalid(field, "The " + field + " must be between " + min + " and " + max + ".");
        }
        return value;
    }

    /**
     * A required decimal within {@code min..max} (both included) with at most {@code maxScale} decimal places; a
     * finer value is refused rather than rounded, so what is stored is exactly what was sent.
     */
    public static BigDecimal decimal(String field, BigDecimal value, BigDecimal min, BigDecimal max, int maxScale) {
        required(field, value);
        // the range first: a number such as 1e100000 is refused before anything expands it
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw CloudCareException.invalid(field, "The " + field + " must be between " + min.toPlainString()
                    + " and " + max.toPlainString() + ".");
        }
        BigDecimal exact = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        if (exact.scale() > maxScale) {
            throw CloudCareException.invalid(field, "The " + field + " may have at most " + maxScale
                    + " decimal places.");
        }
        return exact.setScale(maxScale);
    }

    /** Optimistic concurrency: the caller edits what it saw; a newer version means someone else changed it first. */
    public static void sameVersion(String what, long expected, long actual) {
        if (!Objects.equals(expected, actual)) {
            throw CloudCareException.conflict(what + " was changed by someone else (version " + actual
                    + ", you edited version " + expected + "). Reload and try again.");
        }
    }
}
