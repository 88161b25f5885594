package org.cloudcare.problem.entity;

import java.time.Duration;
import java.time.Instant;

import org.cloudcare.platform.error.Checks;

/**
 * A half-open period of time {@code [start, end)}; an open period (still going on) has no end.
 */
public record Interval(Instant start, Instant end) {

    public Interval {
        Checks.required("start", start);
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("An interval cannot end (" + end + ") before it starts (" + start + ").");
        }
    }

    public static Interval open(Instant start) {
        return new Interval(start, null);
    }

    public boolean isOpen() {
        return end == null;
    }

    /** Whether {@code instant} lies in this interval. */
    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && (end == null || instant.isBefore(end));
    }

    public Duration length() {
        return end == null ? null : Duration.between(start, end);
    }
}
