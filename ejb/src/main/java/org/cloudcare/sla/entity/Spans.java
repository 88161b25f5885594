package org.cloudcare.sla.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.cloudcare.problem.entity.Interval;

/**
 * Set arithmetic on closed time {@link Interval}s (half-open {@code [start, end)}), as the availability of a period
 * needs it: clip to a window, merge overlapping intervals, take one set away from another, add up the length. Lists
 * in and out; the answers are merged, ordered and without empty intervals.
 */
public final class Spans {

    private Spans() {
    }

    /** The parts of {@code intervals} inside {@code window}, merged. */
    public static List<Interval> clip(List<Interval> intervals, Interval window) {
        List<Interval> inside = new ArrayList<>();
        for (Interval interval : intervals) {
            Instant start = latest(interval.start(), window.start());
            Instant end = earliest(interval.end(), window.end());
            if (start.isBefore(end)) {
                inside.add(new Interval(start, end));
            }
        }
        return union(inside);
    }

    /** The intervals merged where they overlap or touch, in order. */
    public static List<Interval> union(List<Interval> intervals) {
        List<Interval> sorted = intervals.stream().filter(i -> i.start().isBefore(i.end()))
                .sorted(Comparator.comparing(Interval::start)).toList();
        List<Interval> merged = new ArrayList<>();
        for (Interval next : sorted) {
            Interval last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !next.start().isAfter(last.end())) {
                merged.set(merged.size() - 1, new Interval(last.start(), latest(last.end(), next.end())));
            } else {
                merged.add(next);
            }
        }
        return merged;
    }

    /** What of {@code from} lies outside every interval of {@code taken}. */
    public static List<Interval> minus(List<Interval> from, List<Interval> taken) {
        List<Interval> rest = union(from);
        for (Interval cut : union(taken)) {
            List<Interval> next = new ArrayList<>();
            for (Interval piece : rest) {
                if (!cut.start().isBefore(piece.end()) || !cut.end().isAfter(piece.start())) {
                    next.add(piece);
                    continue;
                }
                if (piece.start().isBefore(cut.start())) {
                    next.add(new Interval(piece.start(), cut.start()));
                }
                if (cut.end().isBefore(piece.end())) {
                    next.add(new Interval(cut.end(), piece.end()));
                }
            }
            rest = next;
        }
        return rest;
    }

    /** The earliest {@code most} of the union of the intervals: the intervals cut where that much is reached. */
    public static List<Interval> first(List<Interval> intervals, Duration most) {
        List<Interval> kept = new ArrayList<>();
        Duration left = most;
        for (Interval interval : union(intervals)) {
            if (left.isZero() || left.isNegative()) {
                break;
            }
            Duration length = interval.length();
            kept.add(length.compareTo(left) <= 0 ? interval : new Interval(interval.start(),
                    interval.start().plus(left)));
            left = left.minus(length);
        }
        return kept;
    }

    /** The length of the union of the intervals. */
    public static Duration total(List<Interval> intervals) {
        Duration total = Duration.ZERO;
        for (Interval interval : union(intervals)) {
            total = total.plus(interval.length());
        }
        return total;
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
