package org.cloudcare.sla.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.cloudcare.problem.entity.Interval;

/**
 * The outages of one subscription in a window, from the monitoring system's START and END events: a START opens an
 * outage, the next END closes it. An outage already open when the window begins (the last event before it was a
 * START - also one inside the period before the agreement's window -, or the first event in it is an END with
 * nothing known before it) runs from the window's start; one still open at the window's end runs to it. A second START while open and an END while nothing is open (once the window's first event is read) change
 * nothing: the monitoring system repeats itself.
 */
public final class OutageTimeline {

    /** One START or END as recorded. */
    public record Event(boolean start, Instant at) {
    }

    private OutageTimeline() {
    }

    /**
     * The outage intervals inside {@code window}.
     *
     * @param openBefore whether the last event before the window was a START
     * @param events     the events up to the window's end (those before its start say whether it begins in an
     *                   outage), in any order
     */
    public static List<Interval> outages(Interval window, boolean openBefore, List<Event> events) {
        List<Event> sorted = events.stream().filter(e -> e.at().isBefore(window.end()))
                .sorted(Comparator.comparing(Event::at).thenComparing(e -> !e.start())).toList();
        List<Interval> outages = new ArrayList<>();
        Boolean open = openBefore ? Boolean.TRUE : null; // null: nothing known before the window
        Instant openSince = null;
        boolean first = true;
        for (Event event : sorted) {
            if (event.at().isBefore(window.start())) {
                open = event.start(); // an event before the window says whether it begins in an outage
                continue;
            }
            if (first && Boolean.TRUE.equals(open)) {
                openSince = window.start();
            }
            if (event.start()) {
                if (openSince == null) {
                    openSince = event.at();
                }
            } else if (openSince != null) {
                outages.add(new Interval(openSince, event.at()));
                openSince = null;
            } else if (first && open == null) {
                outages.add(new Interval(window.start(), event.at())); // began before the window, not seen then
            }
            first = false;
        }
        if (first && Boolean.TRUE.equals(open)) {
            openSince = window.start();
        }
        if (openSince != null) {
            outages.add(new Interval(openSince, window.end()));
        }
        return Spans.union(outages);
    }
}
