package org.cloudcare.problem.entity;

import java.time.DayOfWeek;
import java.time.LocalTime;

import org.cloudcare.platform.error.CloudCareException;
import org.cloudcare.platform.error.Checks;

/**
 * One weekly period of support in local time, e.g. Monday 08:00 to 18:00. {@code to} is exclusive; an end of
 * {@link LocalTime#MIDNIGHT} means the end of that day (24:00), so {@code 00:00-00:00} is the whole day. A window
 * never crosses midnight: a night shift is two windows.
 */
public record SupportWindow(DayOfWeek day, LocalTime from, LocalTime to) {

    public SupportWindow {
        Checks.required("day", day);
        Checks.required("from", from);
        Checks.required("to", to);
        if (!to.equals(LocalTime.MIDNIGHT) && !from.isBefore(to)) {
            throw CloudCareException.invalid("to", "A support window must end after it starts on the same day ("
                    + day + " " + from + "-" + to + "); split a window across midnight into two.");
        }
    }

    public static SupportWindow of(DayOfWeek day, String from, String to) {
        return new SupportWindow(day, LocalTime.parse(from), LocalTime.parse(to));
    }

    boolean endsAtMidnight() {
        return to.equals(LocalTime.MIDNIGHT);
    }
}
