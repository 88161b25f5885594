package org.cloudcare.sla.entity;

import static org.cloudcare.sla.entity.SpansTest.minutes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.cloudcare.problem.entity.Interval;
import org.cloudcare.sla.entity.OutageTimeline.Event;
import org.junit.jupiter.api.Test;

/** Outages from START and END events, within a window of 0-100 minutes. */
class OutageTimelineTest {

    private static final Interval WINDOW = minutes(0, 100);

    private static Event start(int minute) {
        return new Event(true, minutes(minute, minute).start());
    }

    private static Event end(int minute) {
        return new Event(false, minutes(minute, minute).start());
    }

    @Test
    void aStartAndItsEndMakeOneOutageWhateverTheOrderTheyArrivedIn() {
        assertEquals(List.of(minutes(10, 20)), OutageTimeline.outages(WINDOW, false, List.of(end(20), start(10))));
    }

    @Test
    void anOutageStillOpenAtTheEndRunsToTheEndOfTheWindow() {
        assertEquals(List.of(minutes(90, 100)), OutageTimeline.outages(WINDOW, false, List.of(start(90))));
    }

    @Test
    void anOutageOpenBeforeTheWindowRunsFromItsStart() {
        assertEquals(List.of(minutes(0, 5)), OutageTimeline.outages(WINDOW, true, List.of(end(5))));
        assertEquals(List.of(minutes(0, 100)), OutageTimeline.outages(WINDOW, true, List.of()));
    }

    @Test
    void anEndWithoutAStartAtTheBeginningOfTheWindowClosesAnOutageThatBeganBeforeIt() {
        assertEquals(List.of(minutes(0, 7), minutes(50, 60)),
                OutageTimeline.outages(WINDOW, false, List.of(end(7), start(50), end(60))));
    }

    @Test
    void repeatedStartsAndStrayEndsChangeNothing() {
        assertEquals(List.of(minutes(10, 30)),
                OutageTimeline.outages(WINDOW, false, List.of(start(10), start(15), end(30), end(40))));
    }

    @Test
    void eventsAfterTheWindowAreNotRead() {
        assertEquals(List.of(), OutageTimeline.outages(minutes(0, 50), false, List.of(start(60), end(70))));
    }

    @Test
    void anOutageThatBeganBeforeTheWindowInsideThePeriodRunsFromTheWindowsStart() {
        // an agreement in force from minute 50: the outage started at 10 and ends at 70
        assertEquals(List.of(minutes(50, 70)), OutageTimeline.outages(minutes(50, 100), false,
                List.of(start(10), end(70))));
        assertEquals(List.of(minutes(50, 100)), OutageTimeline.outages(minutes(50, 100), false,
                List.of(start(10))));
    }

    @Test
    void anOutageThatEndedBeforeTheWindowLeavesItUp() {
        assertEquals(List.of(), OutageTimeline.outages(minutes(50, 100), true, List.of(start(10), end(20))));
        assertEquals(List.of(), OutageTimeline.outages(minutes(50, 100), false, List.of(end(20), end(60))));
    }
}
