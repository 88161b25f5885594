package org.cloudcare.problem.entity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.cloudcare.platform.error.Checks;

/**
 * Counts time the way an agreement does: only within its {@link SupportHours}, and never during pauses (the periods a
 * ticket waits for the customer). Pure {@code java.time}: the windows are local times of an IANA zone, turned into
 * instants day by day, so a daylight-saving change, a weekend or a month end need no special case - a Sunday window of
 * 01:00-05:00 in Europe/Berlin lasts three hours on the last Sunday of March and five on the last Sunday of October.
 * <p>
 * Pauses are half-open intervals; an open pause (still waiting) stops the clock from its start on, so a deadline
 * cannot be known until it ends.
 */
public final class BusinessCalendar {

    /** How far ahead to look for the next window: a week of days always holds one when there is any. */
    private static final int DAYS_IN_A_WEEK_AND_A_DAY = 8;

    private final SupportHours hours;

    public BusinessCalendar(SupportHours hours) {
        this.hours = Checks.required("supportHours", hours);
    }

    public SupportHours supportHours() {
        return hours;
    }

    /**
     * The instant at which {@code amount} of business time has passed since {@code start}, not counting pauses;
     * empty while an open pause leaves it unknown.
     */
    public Optional<Instant> deadline(Instant start, Duration amount, List<Interval> pauses) {
        requireNotNegative(amount);
        List<Interval> sortedPauses = sorted(pauses);
        Duration remaining = amount;
        Instant cursor = start;
        while (true) {
            Interval open = runningFrom(cursor, sortedPauses);
            if (open == null) {
                return Optional.empty();
            }
            if (open.isOpen()) {
                return Optional.of(open.start().plus(remaining));
            }
            Duration length = open.length();
            if (remaining.compareTo(length) <= 0) {
                return Optional.of(open.start().plus(remaining));
            }
            remaining = remaining.minus(length);
            cursor = open.end();
        }
    }

    /** The instant at which {@code amount} of business time has passed since {@code start}. */
    public Instant deadline(Instant start, Duration amount) {
        return deadline(start, amount, List.of()).orElseThrow();
    }

    /** The business time from {@code from} to {@code to}, not counting pauses; zero when {@code to} is not later. */
    public Duration businessTimeBetween(Instant from, Instant to, List<Interval> pauses) {
        List<Interval> sortedPauses = sorted(pauses);
        Duration total = Duration.ZERO;
        Instant cursor = from;
        while (cursor.isBefore(to)) {
            Interval open = runningFrom(cursor, sortedPauses);
            if (open == null || !open.start().isBefore(to)) {
                break;
            }
            Instant end = open.isOpen() || open.end().isAfter(to) ? to : open.end();
            total = total.plus(Duration.between(open.start(), end));
            cursor = end;
        }
        return total;
    }

    public Duration businessTimeBetween(Instant from, Instant to) {
        return businessTimeBetween(from, to, List.of());
    }

    /**
     * The business time still left at {@code now} of {@code amount} counted from {@code start}: negative once the
     * deadline has passed, by as much business time as it has been exceeded.
     */
    public Duration timeLeft(Instant start, Duration amount, List<Interval> pauses, Instant now) {
        return amount.minus(businessTimeBetween(start, now, pauses));
    }

    /**
     * The next period from {@code from} on in which the clock runs: within support hours and outside every pause.
     * Null when an open pause stops the clock for good; an open result when the clock runs without end (24x7, no
     * later pause).
     */
    private Interval runningFrom(Instant from, List<Interval> pauses) {
        Instant cursor = from;
        while (true) {
            Interval window = supportFrom(cursor);
            Interval blocking = pauseAt(window.start(), pauses);
            if (blocking != null) {
                if (blocking.isOpen()) {
                    return null;
                }
                cursor = blocking.end();
                continue;
            }
            Instant nextPause = nextPauseStart(window, pauses);
            return nextPause == null ? window : new Interval(window.start(), nextPause);
        }
    }

    /** The support window that contains {@code from} (cut to start there), or the next one. */
    Interval supportFrom(Instant from) {
        if (hours.isAroundTheClock()) {
            return Interval.open(from);
        }
        LocalDate day = from.atZone(hours.zone()).toLocalDate().minusDays(1);
        for (int i = 0; i <= DAYS_IN_A_WEEK_AND_A_DAY; i++, day = day.plusDays(1)) {
            for (SupportWindow window : hours.windows()) {
                if (window.day() != day.getDayOfWeek()) {
                    continue;
                }
                Instant start = ZonedDateTime.of(day, window.from(), hours.zone()).toInstant();
                Instant end = window.endsAtMidnight()
                        ? day.plusDays(1).atStartOfDay(hours.zone()).toInstant()
                        : ZonedDateTime.of(day, window.to(), hours.zone()).toInstant();
                if (end.isAfter(from) && end.isAfter(start)) {
                    return new Interval(start.isAfter(from) ? start : from, end);
                }
            }
        }
        throw new IllegalStateException("No support window within a week of " + from + " in " + hours);
    }

    private static Interval pauseAt(Instant instant, List<Interval> pauses) {
        for (Interval pause : pauses) {
            if (pause.contains(instant)) {
                return pause;
            }
        }
        return null;
    }

    private static Instant nextPauseStart(Interval window, List<Interval> pauses) {
        for (Interval pause : pauses) {
            if (pause.start().isAfter(window.start()) && (window.isOpen() || pause.start().isBefore(window.end()))) {
                return pause.start();
            }
        }
        return null;
    }

    private static List<Interval> sorted(List<Interval> pauses) {
        List<Interval> sorted = new ArrayList<>(Checks.required("pauses", pauses));
        sorted.sort(Comparator.comparing(Interval::start));
        return sorted;
    }

    private static void requireNotNegative(Duration amount) {
        Checks.required("amount", amount);
        if (amount.isNegative()) {
            throw new IllegalArgumentException("A business time cannot be negative: " + amount);
        }
    }
}
