package org.cloudcare.sla.entity;

import static org.cloudcare.sla.entity.SpansTest.minutes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.cloudcare.problem.entity.Interval;
import org.junit.jupiter.api.Test;

/** Delivered availability: down samples and outages against the counted time, excused planned outages taken out. */
class AvailabilityFigureTest {

    private static final Interval NOVEMBER = EvaluationPeriod.parse("period", "2026-11").interval();

    @Test
    void withNothingDownTheServiceWasFullyAvailable() {
        AvailabilityFigure figure = AvailabilityFigure.of(NOVEMBER, List.of(), List.of(), List.of());

        assertEquals(new BigDecimal("100.0000"), figure.percent());
        assertEquals(Duration.ofDays(30), figure.counted());
        assertEquals(Duration.ZERO, figure.down());
    }

    @Test
    void unmeasuredTimeCountsAsAvailable() {
        // one down sample of 43.2 minutes in a month where only that sample was reported: 0.1 % down
        Instant from = NOVEMBER.start().plusSeconds(86_400);
        AvailabilityFigure figure = AvailabilityFigure.of(NOVEMBER,
                List.of(new Interval(from, from.plusSeconds(2_592))), List.of(), List.of());

        assertEquals(new BigDecimal("99.9000"), figure.percent());
    }

    @Test
    void aMinuteReportedBothAsADownSampleAndAsAnOutageIsDownOnce() {
        AvailabilityFigure figure = AvailabilityFigure.of(minutes(0, 100), List.of(minutes(10, 20)),
                List.of(minutes(15, 30)), List.of());

        assertEquals(Duration.ofMinutes(20), figure.down());
        assertEquals(new BigDecimal("80.0000"), figure.percent());
    }

    @Test
    void anOutageStraddlingTheStartOfTheMonthCountsOnlyItsPartInTheMonth() {
        Interval straddling = new Interval(NOVEMBER.start().minusSeconds(3_600), NOVEMBER.start().plusSeconds(1_296));
        AvailabilityFigure figure = AvailabilityFigure.of(NOVEMBER, List.of(), List.of(straddling), List.of());

        assertEquals(Duration.ofSeconds(1_296), figure.down());
        assertEquals(new BigDecimal("99.9500"), figure.percent());
    }

    @Test
    void anOutageStraddlingTheEndOfTheMonthCountsOnlyItsPartInTheMonth() {
        Interval straddling = new Interval(NOVEMBER.end().minusSeconds(2_592), NOVEMBER.end().plusSeconds(86_400));
        AvailabilityFigure figure = AvailabilityFigure.of(NOVEMBER, List.of(straddling), List.of(), List.of());

        assertEquals(new BigDecimal("99.9000"), figure.percent());
    }

    @Test
    void anExcusedPlannedOutageIsNeitherUpNorDown() {
        // 100 minutes, down 10-30, planned 0-50 excused: counted 50, down 0
        AvailabilityFigure figure = AvailabilityFigure.of(minutes(0, 100), List.of(minutes(10, 30)), List.of(),
                List.of(minutes(0, 50)));

        assertEquals(Duration.ofMinutes(50), figure.counted());
        assertEquals(Duration.ofMinutes(50), figure.excluded());
        assertEquals(Duration.ZERO, figure.down());
        assertEquals(new BigDecimal("100.0000"), figure.percent());
    }

    @Test
    void downtimeOutsideTheExcusedWindowStillCounts() {
        // down 40-60, excused 0-50: 10 minutes down of 50 counted
        AvailabilityFigure figure = AvailabilityFigure.of(minutes(0, 100), List.of(minutes(40, 60)), List.of(),
                List.of(minutes(0, 50)));

        assertEquals(new BigDecimal("80.0000"), figure.percent());
    }

    @Test
    void anExcusedWindowBeyondThePeriodTakesOutOnlyItsPartInside() {
        AvailabilityFigure figure = AvailabilityFigure.of(minutes(0, 100), List.of(), List.of(),
                List.of(minutes(90, 200)));

        assertEquals(Duration.ofMinutes(90), figure.counted());
    }

    @Test
    void aWindowEntirelyExcusedIsFullyAvailable() {
        AvailabilityFigure figure = AvailabilityFigure.of(minutes(0, 100), List.of(minutes(0, 100)), List.of(),
                List.of(minutes(0, 100)));

        assertEquals(new BigDecimal("100.0000"), figure.percent());
        assertEquals(Duration.ZERO, figure.counted());
    }

    @Test
    void thePercentIsCutNotRoundedSoAFigureJustBelowAThresholdStaysBelowIt() {
        // down 1 second in 10,000 minutes: 99.99983 % is cut to 99.9998, never rounded up to 99.9999 or 100
        AvailabilityFigure figure = AvailabilityFigure.of(minutes(0, 10_000),
                List.of(new Interval(minutes(5, 5).start(), minutes(5, 5).start().plusSeconds(1))), List.of(),
                List.of());

        assertEquals(new BigDecimal("99.9998"), figure.percent());
    }

    @Test
    void aPartialMonthIsJudgedOnItsOwnLength() {
        // an agreement in force for the last 10 days of November, down 14.4 minutes: 0.1 % of 10 days
        Interval lastTenDays = new Interval(NOVEMBER.end().minus(Duration.ofDays(10)), NOVEMBER.end());
        Instant from = lastTenDays.start().plusSeconds(3_600);
        AvailabilityFigure figure = AvailabilityFigure.of(lastTenDays,
                List.of(new Interval(from, from.plusSeconds(864))), List.of(), List.of());

        assertEquals(new BigDecimal("99.9000"), figure.percent());
    }
}
