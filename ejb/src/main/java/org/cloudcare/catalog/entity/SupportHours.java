package org.cloudcare.catalog.entity;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.cloudcare.platform.error.Checks;
import org.cloudcare.platform.error.CloudCareException;

/**
 * When the provider's support answers for an offering (ISO/TS 23535 5.2.2 service coverage): around the clock, or on
 * some days of the week between two local times in an IANA time zone ({@code Europe/Zurich}), so that "08:00-18:00"
 * means the same to a customer in another zone and keeps its meaning across daylight-saving changes. A period ends
 * on the day it starts: support over midnight is two periods, which CloudCare does not offer yet.
 */
@Embeddable
public class SupportHours {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    @Column(name = "support_all_hours", nullable = false)
    private boolean allHours;

    /** The days, as ISO day names separated by commas ({@code MONDAY,TUESDAY}); null when around the clock. */
    @Column(name = "support_days")
    private String days;

    @Column(name = "support_from")
    private LocalTime from;

    @Column(name = "support_to")
    private LocalTime to;

    @Column(name = "support_time_zone")
    private String timeZone;

    protected SupportHours() {
    }

    /** Support around the clock, every day (24x7). */
    public static SupportHours allHours() {
        SupportHours hours = new SupportHours();
        hours.allHours = true;
        return hours;
    }

    /**
     * Support on {@code days} from {@code from} to {@code to} ({@code HH:mm}, local time of {@code timeZone}).
     * Refusals name {@code supportHours.days}, {@code .from}, {@code .to} or {@code .timeZone}.
     */
    public static SupportHours of(Set<DayOfWeek> days, String from, String to, String timeZone) {
        if (days == null || days.isEmpty()) {
            throw CloudCareException.invalid("supportHours.days", "Name the days of support, or choose support"
                    + " around the clock.");
        }
        LocalTime start = time("supportHours.from", from);
        LocalTime end = time("supportHours.to", to);
        if (!end.isAfter(start)) {
            throw CloudCareException.invalid("supportHours.to", "Support must end after it starts on the same day.");
        }
        String zone = Checks.text("supportHours.timeZone", timeZone, 64);
        if (!ZoneId.getAvailableZoneIds().contains(zone)) {
            throw CloudCareException.invalid("supportHours.timeZone", "The supportHours.timeZone must be an IANA"
                    + " time zone such as Europe/Zurich.");
        }
        SupportHours hours = new SupportHours();
        hours.days = EnumSet.copyOf(days).stream().map(DayOfWeek::name).collect(Collectors.joining(","));
        hours.from = start;
        hours.to = end;
        hours.timeZone = zone;
        return hours;
    }

    private static LocalTime time(String field, String value) {
        String text = Checks.text(field, value, 5);
        try {
            return LocalTime.parse(text, HH_MM);
        } catch (DateTimeException e) {
            throw CloudCareException.invalid(field, "The " + field + " must be a time of day as HH:mm, e.g. 08:00.");
        }
    }

    public boolean isAllHours() {
        return allHours;
    }

    /** The days of support; every day when around the clock. */
    public Set<DayOfWeek> getDays() {
        if (allHours || days == null) {
            return Collections.unmodifiableSet(EnumSet.allOf(DayOfWeek.class));
        }
        return Collections.unmodifiableSet(Arrays.stream(days.split(",")).map(DayOfWeek::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class))));
    }

    /** The start of support as {@code HH:mm}; null when around the clock. */
    public String getFrom() {
        return from == null ? null : from.format(HH_MM);
    }

    public String getTo() {
        return to == null ? null : to.format(HH_MM);
    }

    public String getTimeZone() {
        return timeZone;
    }

    @Override
    public String toString() {
        return allHours ? "24x7" : days + " " + getFrom() + "-" + getTo() + " " + timeZone;
    }
}
