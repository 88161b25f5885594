package org.cloudcare.sla.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.cloudcare.problem.entity.Interval;
import org.junit.jupiter.api.Test;

/**
 * The customer's SLA status of an objective: closed months as evaluated, the running month met, at risk or missed by
 * the downtime allowance of the whole month.
 */
class ObjectiveStatusTest {

    /** November 2026 has 30 days: a 99.9 % target allows 43.2 minutes down in the month. */
    private static final Interval NOVEMBER = EvaluationPeriod.parse("period", "2026-11").interval();
    private static final Duration MONTH = Duration.ofDays(30);
    private static final BigDecimal TARGET = new BigDecimal("99.9");

    /** The first ten days of November, with {@code downMinutes} down on the 2nd. */
    private static ObjectiveStatus runningWithDown(long downSeconds, BigDecimal target) {
        Interval soFar = new Interval(NOVEMBER.start(), NOVEMBER.start().plus(Duration.ofDays(10)));
        Instant from = NOVEMBER.start().plus(Duration.ofDays(1));
        AvailabilityFigure figure = AvailabilityFigure.of(soFar, downSeconds == 0 ? List.of()
                : List.of(new Interval(from, from.plusSeconds(downSeconds))), List.of(), List.of());
        ObjectiveOutcome outcome = new ObjectiveOutcome(EvaluatedObjective.AVAILABILITY, MeasureUnit.PERCENT, target,
                figure.percent(), null, figure.counted().toSeconds(), figure.percent().compareTo(target) >= 0);
        return ObjectiveStatus.ofRunning(outcome, figure, MONTH);
    }

    @Test
    void aRunningMonthWithoutDowntimeIsMet() {
        assertEquals(ObjectiveStatus.MET, runningWithDown(0, TARGET));
    }

    @Test
    void aRunningMonthWithLittleDowntimeWithinTargetSoFarIsMet() {
        // 5 minutes of 43.2 allowed, and 99.965 % so far
        assertEquals(ObjectiveStatus.MET, runningWithDown(300, TARGET));
    }

    @Test
    void aRunningMonthBelowTargetSoFarIsAtRiskWhileTheMonthCanStillBeMet() {
        // 20 minutes in ten days is 99.86 % so far, but less than half of the month's 43.2 minutes
        assertEquals(ObjectiveStatus.AT_RISK, runningWithDown(1_200, TARGET));
    }

    @Test
    void aRunningMonthThatUsedHalfOfItsAllowanceIsAtRisk() {
        // 21.6 minutes is half of 43.2; with a 99 % target (7.2 h allowed) use 3.6 h: still 98.5 % so far -> at risk
        assertEquals(ObjectiveStatus.AT_RISK, runningWithDown(1_296, TARGET));
        assertEquals(ObjectiveStatus.AT_RISK, runningWithDown(12_960, new BigDecimal("99")));
    }

    @Test
    void aRunningMonthWithMoreDowntimeThanTheWholeMonthAllowsIsMissedAlready() {
        assertEquals(ObjectiveStatus.MISSED, runningWithDown(2_593, TARGET));
    }

    @Test
    void exactlyTheWholeMonthsAllowanceIsNotMissed() {
        assertEquals(ObjectiveStatus.AT_RISK, runningWithDown(2_592, TARGET));
    }

    @Test
    void aTicketDeadlineMissedInTheRunningMonthMissesTheMonth() {
        ObjectiveOutcome missed = new ObjectiveOutcome(EvaluatedObjective.RESPONSE_TIME,
                MeasureUnit.PERCENT_WITHIN_TARGET, new BigDecimal("100.00"), new BigDecimal("50.00"), 60, 2, false);
        AvailabilityFigure none = AvailabilityFigure.of(NOVEMBER, List.of(), List.of(), List.of());

        assertEquals(ObjectiveStatus.MISSED, ObjectiveStatus.ofRunning(missed, none, MONTH));
    }

    @Test
    void nothingToJudgeIsNotJudgedInEitherMonth() {
        ObjectiveOutcome nothing = new ObjectiveOutcome(EvaluatedObjective.RESPONSE_TIME,
                MeasureUnit.PERCENT_WITHIN_TARGET, new BigDecimal("100.00"), null, 60, 0, null);
        AvailabilityFigure none = AvailabilityFigure.of(NOVEMBER, List.of(), List.of(), List.of());

        assertEquals(ObjectiveStatus.NOT_JUDGED, ObjectiveStatus.ofRunning(nothing, none, MONTH));
        assertEquals(ObjectiveStatus.NOT_JUDGED, ObjectiveStatus.ofClosed(null));
    }

    @Test
    void aClosedMonthIsMetOrMissedAsEvaluated() {
        assertEquals(ObjectiveStatus.MET, ObjectiveStatus.ofClosed(true));
        assertEquals(ObjectiveStatus.MISSED, ObjectiveStatus.ofClosed(false));
    }
}
