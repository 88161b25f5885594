package org.cloudcare.sla.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.cloudcare.problem.entity.Interval;

/**
 * The outages of one subscription in a window, from the monitoring system's START and END events: a START opens an
 * outage, the next END closes it. An outage already open when the window begins (the last event before it was a
 * START, or the first event in it is an END) runs from the window's start; one still open at the window's end runs to
 * it. A second START while open and an END while nothing is open (once the window's first event is read) change
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
     * @param events     the events inside the window, in any order
     */
    public static List<Interval> outages(Interval window, boolean openBefore, List<Event> events) {
        List<Event> sorted = events.stream().filter(e -> window.contains(e.at()))
                .sorted(Comparator.comparing(Event::at).thenComparing(e -> !e.start())).toList();
        List<Interval> outages = new ArrayList<>();
        Instant openSince = openBefore ? window.start() : null;
        boolean first = true;
        for (Event event : sorted) {
            if (event.start()) {
                if (openSince == null) {
                    openSince = event.at();
                }
            } else if (openSince != null) {
                outages.add(new Interval(openSince, event.at()));
                openSince = null;
            } else if (first) {
                outages.add(new Interval(window.start(), event.at())); // began before the window, not seen then
            }
            first = false;
        }
        if (openSince != null) {
            outages.add(new Interval(openSince, window.end()));
        }
        return Spans.union(outages);
    }
}
