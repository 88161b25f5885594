package org.cloudcare.problem.entity;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.cloudcare.platform.error.CloudCareException;
import org.cloudcare.platform.error.Checks;

/**
 * When the provider works on tickets under an agreement (ISO/TS 23535 5.2.8): around the clock, or weekly windows
 * in local time of an IANA time zone. The agreement area fills it from the agreement's support hours; tickets only
 * read it. Windows of one day must not overlap.
 */
public final class SupportHours {

    private final boolean aroundTheClock;
    private final ZoneId zone;
    private final List<SupportWindow> windows;

    private SupportHours(boolean aroundTheClock, ZoneId zone, List<SupportWindow> windows) {
        this.aroundTheClock = aroundTheClock;
        this.zone = zone;
        this.windows = windows;
    }

    /** Support every minute of every day (24x7). */
    public static SupportHours aroundTheClock() {
        return new SupportHours(true, null, List.of());
    }

    /** Weekly windows in local time of {@code zone}. */
    public static SupportHours weekly(ZoneId zone, List<SupportWindow> windows) {
        Checks.required("zone", zone);
        Checks.required("windows", windows);
        if (windows.isEmpty()) {
            throw CloudCareException.invalid("windows", "Support hours need at least one weekly window, or 24x7.");
        }
        List<SupportWindow> sorted = new ArrayList<>(windows);
        sorted.sort(Comparator.comparing(SupportWindow::day).thenComparing(SupportWindow::from));
        for (int i = 1; i < sorted.size(); i++) {
            SupportWindow before = sorted.get(i - 1);
            SupportWindow after = sorted.get(i);
            if (before.day() == after.day() && (before.endsAtMidnight() || after.from().isBefore(before.to()))) {
                throw CloudCareException.invalid("windows", "Support windows " + before + " and " + after
                        + " overlap.");
            }
        }
        return new SupportHours(false, zone, List.copyOf(sorted));
    }

    /** The same hours from {@code from} to {@code to} on each of {@code days}, e.g. Monday to Friday 08:00-18:00. */
    public static SupportHours weekly(ZoneId zone, Set<DayOfWeek> days, LocalTime from, LocalTime to) {
        Checks.required("days", days);
        List<SupportWindow> windows = new ArrayList<>();
        for (DayOfWeek day : days) {
            windows.add(new SupportWindow(day, from, to));
        }
        return weekly(zone, windows);
    }

    /** Monday to Friday, {@code from}-{@code to} local time: the usual office hours. */
    public static SupportHours weekdays(ZoneId zone, String from, String to) {
        return weekly(zone, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.parse(from),
                LocalTime.parse(to));
    }

    public boolean isAroundTheClock() {
        return aroundTheClock;
    }

    /** The time zone of the windows; null when around the clock. */
    public ZoneId zone() {
        return zone;
    }

    /** The windows sorted by day and start; empty when around the clock. */
    public List<SupportWindow> windows() {
        return windows;
    }

    @Override
    public String toString() {
        return aroundTheClock ? "24x7" : windows + " " + zone;
    }
}
