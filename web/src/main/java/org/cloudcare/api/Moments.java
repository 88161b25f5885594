package org.cloudcare.api;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.cloudcare.platform.error.CloudCareException;

/**
 * A moment sent as text and read here, for every area's inputs: SmallRye's own DateTime input coercion answers an
 * unreadable value with a message naming the Java input class, so the field would not be named and a class name would
 * leak.
 */
public final class Moments {

    private Moments() {
    }

    /** The ISO 8601 date and time with offset in {@code text}; null for none; VALIDATION naming {@code field}. */
    public static OffsetDateTime parse(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            if (text.length() > 64) {
                throw new DateTimeParseException("too long", text.substring(0, 64), 64);
            }
            return OffsetDateTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw CloudCareException.invalid(field, "The " + field + " must be an ISO 8601 date and time with"
                    + " offset, e.g. 2026-01-01T00:00:00Z.");
        }
    }
}
