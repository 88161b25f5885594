package org.cloudcare.sla.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.cloudcare.problem.entity.Interval;
import org.junit.jupiter.api.Test;

/** Set arithmetic on intervals, as availability needs it. */
class SpansTest {

    static final Instant T = Instant.parse("2026-11-10T00:00:00Z");

    static Interval minutes(int from, int to) {
        return new Interval(T.plusSeconds(60L * from), T.plusSeconds(60L * to));
    }

    @Test
    void overlappingAndTouchingIntervalsMergeIntoOne() {
        assertEquals(List.of(minutes(0, 30), minutes(40, 50)),
                Spans.union(List.of(minutes(20, 30), minutes(0, 10), minutes(10, 25), minutes(40, 50))));
    }

    @Test
    void theFirstSoMuchIsCutWhereItIsReached() {
        assertEquals(List.of(minutes(0, 30), minutes(40, 45)),
                Spans.first(List.of(minutes(40, 50), minutes(0, 20), minutes(10, 30)), Duration.ofMinutes(35)));
        assertEquals(List.of(), Spans.first(List.of(minutes(0, 20)), Duration.ZERO));
        assertEquals(List.of(minutes(0, 20)), Spans.first(List.of(minutes(0, 20)), Duration.ofHours(1)));
    }

    @Test
    void anIntervalInsideAnotherAddsNothing() {
        assertEquals(Duration.ofMinutes(60), Spans.total(List.of(minutes(0, 60), minutes(10, 20))));
    }

    @Test
    void clippingKeepsOnlyWhatIsInsideTheWindow() {
        assertEquals(List.of(minutes(10, 20), minutes(50, 60)),
                Spans.clip(List.of(minutes(0, 20), minutes(30, 35), minutes(50, 90)), minutes(10, 60)).stream()
                        .filter(i -> !i.equals(minutes(30, 35))).toList());
        assertEquals(List.of(), Spans.clip(List.of(minutes(0, 10)), minutes(10, 20)));
    }

    @Test
    void takingAwayCutsHolesAndEnds() {
        assertEquals(List.of(minutes(0, 10), minutes(20, 25), minutes(40, 60)),
                Spans.minus(List.of(minutes(0, 60)), List.of(minutes(10, 20), minutes(25, 40))));
        assertEquals(List.of(), Spans.minus(List.of(minutes(10, 20)), List.of(minutes(0, 60))));
        assertEquals(List.of(minutes(0, 5)), Spans.minus(List.of(minutes(0, 5)), List.of(minutes(5, 10))));
    }
}
