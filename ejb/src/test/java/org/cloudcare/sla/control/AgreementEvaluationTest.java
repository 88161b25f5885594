package org.cloudcare.sla.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.cloudcare.catalog.entity.AvailabilityPeriod;
import org.cloudcare.catalog.entity.IncidentPriority;
import org.cloudcare.catalog.entity.IncidentTarget;
import org.cloudcare.catalog.entity.ServiceCreditTier;
import org.cloudcare.catalog.entity.SlaTerms;
import org.cloudcare.order.entity.OrderCompletionOnTime;
import org.cloudcare.problem.entity.Interval;
import org.cloudcare.sla.entity.AgreementFixtures;
import org.cloudcare.sla.entity.AvailabilityFigure;
import org.cloudcare.sla.entity.EvaluatedObjective;
import org.cloudcare.sla.entity.EvaluationPeriod;
import org.cloudcare.sla.entity.MeasureUnit;
import org.cloudcare.sla.entity.ObjectiveOutcome;
import org.cloudcare.sla.entity.PlannedWindow;
import org.cloudcare.sla.entity.ServiceLevelAgreement;
import org.cloudcare.sla.entity.SlaEvaluationResult;
import org.cloudcare.sla.entity.TicketTargetsKept;
import org.junit.jupiter.api.Test;

/**
 * Delivered against contractual for every objective of one agreement in November 2026 (30 days, 43,200 minutes),
 * evaluated as of a fixed clock. Terms: 99.9 % a month, credit tiers below 99.9 → 10 %, below 99 → 25 %, a week's
 * notice for planned outages.
 */
class AgreementEvaluationTest {

    private static final EvaluationPeriod NOVEMBER = EvaluationPeriod.parse("period", "2026-11");
    private static final Instant CLOSED = Instant.parse("2026-12-01T02:20:00Z");
    private static final Instant MONTH_START = NOVEMBER.start();

    private static SlaTerms terms(AvailabilityPeriod period) {
        return new SlaTerms(new BigDecimal("99.9"), period, 30, List.of(
                IncidentTarget.of(IncidentPriority.CRITICAL, 15, 240),
                IncidentTarget.of(IncidentPriority.HIGH, 30, 480),
                IncidentTarget.of(IncidentPriority.MEDIUM, 120, 1440),
                IncidentTarget.of(IncidentPriority.LOW, 480, 4320)), 120, 168, 4, 60, 240, Set.of("ch-zurich"),
                List.of(ServiceCreditTier.of(new BigDecimal("99.9"), new BigDecimal("10")),
                        ServiceCreditTier.of(new BigDecimal("99"), new BigDecimal("25"))),
                true, null, 30, 36, true, 90);
    }

    private static AgreementEvaluation.Inputs inputs(List<Interval> down, List<PlannedWindow> planned,
            Map<IncidentPriority, TicketTargetsKept> tickets) {
        return new AgreementEvaluation.Inputs(NOVEMBER.interval(), terms(AvailabilityPeriod.MONTH), down, List.of(),
                planned, tickets, 0, null, null);
    }

    private static Interval minutesFrom(Instant start, long minutes) {
        return new Interval(start, start.plus(Duration.ofMinutes(minutes)));
    }

    private static ObjectiveOutcome outcome(List<ObjectiveOutcome> outcomes, EvaluatedObjective objective) {
        return outcomes.stream().filter(o -> o.objective() == objective).findFirst().orElseThrow();
    }

    @Test
    void everyObjectiveHasOneOutcomeInAFixedOrder() {
        List<ObjectiveOutcome> outcomes = AgreementEvaluation.evaluate(inputs(List.of(), List.of(), Map.of()));

        assertEquals(Arrays.asList(EvaluatedObjective.values()),
                outcomes.stream().map(ObjectiveOutcome::objective).toList());
    }

    @Test
    void aMonthWithin43MinutesOfDowntimeMeetsNinetyNinePointNine() {
        // 0.1 % of 43,200 minutes is 43.2 minutes
        ObjectiveOutcome availability = outcome(AgreementEvaluation.evaluate(inputs(
                List.of(minutesFrom(MONTH_START.plus(Duration.ofDays(3)), 43)), List.of(), Map.of())),
                EvaluatedObjective.AVAILABILITY);

        assertTrue(availability.met());
        assertEquals(MeasureUnit.PERCENT, availability.unit());
        assertEquals(0, new BigDecimal("99.9").compareTo(availability.contractual()));
        assertEquals(new BigDecimal("99.9004"), availability.delivered());
        assertEquals(43_200L * 60, availability.basis());
    }

    @Test
    void fortyFourMinutesDownMissesIt() {
        ObjectiveOutcome availability = outcome(AgreementEvaluation.evaluate(inputs(
                List.of(minutesFrom(MONTH_START.plus(Duration.ofDays(3)), 44)), List.of(), Map.of())),
                EvaluatedObjective.AVAILABILITY);

        assertFalse(availability.met());
        assertTrue(availability.isMissed());
        assertEquals(new BigDecimal("99.8981"), availability.delivered());
    }

    @Test
    void aPlannedOutageAnnouncedAWeekAheadIsExcludedFromAvailability() {
        Interval maintenance = minutesFrom(MONTH_START.plus(Duration.ofDays(10)), 120);
        PlannedWindow announcedInTime = new PlannedWindow(maintenance,
                maintenance.start().minus(Duration.ofHours(168)), false);

        ObjectiveOutcome availability = outcome(AgreementEvaluation.evaluate(inputs(List.of(maintenance),
                List.of(announcedInTime), Map.of())), EvaluatedObjective.AVAILABILITY);

        assertTrue(availability.met());
        assertEquals(new BigDecimal("100.0000"), availability.delivered());
        assertEquals((43_200L - 120) * 60, availability.basis());
    }

    @Test
    void plannedWorkBeyondTheMonthsAllowanceCountsAsDowntime() {
        // the terms allow 120 planned minutes a month: of two announced 90-minute windows, the first 120 minutes are
        // excluded and the last 60 count as downtime (43,080 counted minutes, 60 down: 99.8607 %)
        Interval first = minutesFrom(MONTH_START.plus(Duration.ofDays(10)), 90);
        Interval second = minutesFrom(MONTH_START.plus(Duration.ofDays(20)), 90);
        List<PlannedWindow> announced = List.of(
                new PlannedWindow(first, first.start().minus(Duration.ofDays(8)), false),
                new PlannedWindow(second, second.start().minus(Duration.ofDays(8)), false));

        AvailabilityFigure figure = AgreementEvaluation.availability(inputs(List.of(first, second), announced,
                Map.of()));

        assertEquals(Duration.ofMinutes(120), figure.excluded());
        assertEquals(Duration.ofMinutes(60), figure.down());
        assertEquals(new BigDecimal("99.8607"), figure.percent());
    }

    @Test
    void aDaysFigureSpendsTheMonthsAllowanceFromTheMonthsFirstPlannedMinute() {
        Interval first = minutesFrom(MONTH_START.plus(Duration.ofDays(10)), 120);
        Interval second = minutesFrom(MONTH_START.plus(Duration.ofDays(20)), 30);
        List<PlannedWindow> announced = List.of(
                new PlannedWindow(first, first.start().minus(Duration.ofDays(8)), false),
                new PlannedWindow(second, second.start().minus(Duration.ofDays(8)), false));
        Interval day21 = new Interval(MONTH_START.plus(Duration.ofDays(20)), MONTH_START.plus(Duration.ofDays(21)));

        AvailabilityFigure figure = AgreementEvaluation.availability(inputs(List.of(first, second), announced,
                Map.of()).withWindow(day21));

        assertEquals(Duration.ZERO, figure.excluded());
        assertEquals(Duration.ofMinutes(30), figure.down());
    }

    @Test
    void aPlannedOutageAnnouncedLateCountsAsDowntime() {
        Interval maintenance = minutesFrom(MONTH_START.plus(Duration.ofDays(10)), 120);
        PlannedWindow late = new PlannedWindow(maintenance, maintenance.start().minus(Duration.ofHours(167)), false);

        ObjectiveOutcome availability = outcome(AgreementEvaluation.evaluate(inputs(List.of(maintenance),
                List.of(late), Map.of())), EvaluatedObjective.AVAILABILITY);

        assertFalse(availability.met());
        assertEquals(new BigDecimal("99.7222"), availability.delivered());
    }

    @Test
    void aPlannedOutageStraddlingTheMonthsEndIsExcludedOnlyForItsPartInTheMonth() {
        Interval maintenance = new Interval(NOVEMBER.end().minus(Duration.ofMinutes(60)),
                NOVEMBER.end().plus(Duration.ofMinutes(60)));
        PlannedWindow announced = new PlannedWindow(maintenance, MONTH_START, false);

        ObjectiveOutcome availability = outcome(AgreementEvaluation.evaluate(inputs(List.of(maintenance),
                List.of(announced), Map.of())), EvaluatedObjective.AVAILABILITY);

        assertEquals((43_200L - 60) * 60, availability.basis());
        assertTrue(availability.met());
    }

    @Test
    void anAgreementMeasuredPerQuarterGetsTheMonthsFigureWithoutAJudgement() {
        AgreementEvaluation.Inputs quarterly = new AgreementEvaluation.Inputs(NOVEMBER.interval(),
                terms(AvailabilityPeriod.QUARTER), List.of(minutesFrom(MONTH_START, 600)), List.of(), List.of(),
                Map.of(), 0, null, null);

        ObjectiveOutcome availability = outcome(AgreementEvaluation.evaluate(quarterly),
                EvaluatedObjective.AVAILABILITY);

        assertNull(availability.met());
        assertEquals(new BigDecimal("98.6111"), availability.delivered());
    }

    @Test
    void ticketsThatKeptTheirDeadlinesMeetResponseAndRepairPerPriority() {
        List<ObjectiveOutcome> outcomes = AgreementEvaluation.evaluate(inputs(List.of(), List.of(), Map.of(
                IncidentPriority.HIGH, new TicketTargetsKept(4, 0, 3, 0))));

        ObjectiveOutcome response = outcome(outcomes, EvaluatedObjective.INCIDENT_RESPONSE_HIGH);
        assertTrue(response.met());
        assertEquals(new BigDecimal("100.00"), response.delivered());
        assertEquals(30, response.targetMinutes());
        assertEquals(4, response.basis());
        ObjectiveOutcome repair = outcome(outcomes, EvaluatedObjective.INCIDENT_REPAIR_HIGH);
        assertTrue(repair.met());
        assertEquals(480, repair.targetMinutes());
        assertEquals(3, repair.basis());
    }

    @Test
    void oneEscalatedDeadlineMissesTheObjectiveOfItsPriorityOnly() {
        List<ObjectiveOutcome> outcomes = AgreementEvaluation.evaluate(inputs(List.of(), List.of(), Map.of(
                IncidentPriority.CRITICAL, new TicketTargetsKept(3, 1, 3, 0),
                IncidentPriority.LOW, new TicketTargetsKept(2, 0, 1, 1))));

        ObjectiveOutcome criticalResponse = outcome(outcomes, EvaluatedObjective.INCIDENT_RESPONSE_CRITICAL);
        assertFalse(criticalResponse.met());
        assertEquals(new BigDecimal("66.66"), criticalResponse.delivered());
        assertEquals(new BigDecimal("100.00"), criticalResponse.contractual());
        assertTrue(outcome(outcomes, EvaluatedObjective.INCIDENT_REPAIR_CRITICAL).met());
        assertFalse(outcome(outcomes, EvaluatedObjective.INCIDENT_REPAIR_LOW).met());
        assertTrue(outcome(outcomes, EvaluatedObjective.INCIDENT_RESPONSE_LOW).met());
        ObjectiveOutcome all = outcome(outcomes, EvaluatedObjective.RESPONSE_TIME);
        assertFalse(all.met());
        assertEquals(5, all.basis());
        assertEquals(new BigDecimal("80.00"), all.delivered());
        assertEquals(30, all.targetMinutes());
    }

    @Test
    void withoutTicketsThereIsNothingToJudge() {
        ObjectiveOutcome repair = outcome(AgreementEvaluation.evaluate(inputs(List.of(), List.of(), Map.of())),
                EvaluatedObjective.INCIDENT_REPAIR_MEDIUM);

        assertNull(repair.met());
        assertNull(repair.delivered());
        assertEquals(1440, repair.targetMinutes());
    }

    @Test
    void responseTimeSamplesAndOrdersAreReportedButNeverJudged() {
        AgreementEvaluation.Inputs in = new AgreementEvaluation.Inputs(NOVEMBER.interval(),
                terms(AvailabilityPeriod.MONTH), List.of(), List.of(), List.of(), Map.of(), 1_000,
                new BigDecimal("412.7"), OrderCompletionOnTime.of("c", NOVEMBER.start(), NOVEMBER.end(), 4, 4, 3));

        List<ObjectiveOutcome> outcomes = AgreementEvaluation.evaluate(in);

        ObjectiveOutcome samples = outcome(outcomes, EvaluatedObjective.SERVICE_RESPONSE_TIME);
        assertEquals(new BigDecimal("412.70"), samples.delivered());
        assertEquals(1_000, samples.basis());
        assertNull(samples.contractual());
        assertNull(samples.met());
        ObjectiveOutcome orders = outcome(outcomes, EvaluatedObjective.ORDER_COMPLETION_ON_TIME);
        assertEquals(new BigDecimal("75.00"), orders.delivered());
        assertNull(orders.met());
    }

    // --- the window of an agreement in a month ---

    private static ServiceLevelAgreement agreementStarted(Instant at) {
        return AgreementFixtures.startedAt(at);
    }

    @Test
    void aClosedMonthIsEvaluatedWhole() {
        ServiceLevelAgreement agreement = agreementStarted(Instant.parse("2026-03-02T11:00:00Z"));

        assertEquals(NOVEMBER.interval(), SlaEvaluator.windowOf(agreement, NOVEMBER, CLOSED));
    }

    @Test
    void anAgreementStartingInTheMonthIsEvaluatedFromItsStart() {
        Instant started = Instant.parse("2026-11-21T00:00:00Z");

        assertEquals(new Interval(started, NOVEMBER.end()),
                SlaEvaluator.windowOf(agreementStarted(started), NOVEMBER, CLOSED));
    }

    @Test
    void anAgreementEndingInTheMonthIsEvaluatedToItsEnd() {
        ServiceLevelAgreement agreement = agreementStarted(Instant.parse("2026-03-02T11:00:00Z"));
        Instant ended = Instant.parse("2026-11-11T06:00:00Z");
        agreement.terminate("subscription ended", ended);

        assertEquals(new Interval(NOVEMBER.start(), ended), SlaEvaluator.windowOf(agreement, NOVEMBER, CLOSED));
    }

    @Test
    void theRunningMonthIsEvaluatedUpToNow() {
        Instant now = Instant.parse("2026-11-15T12:00:00Z");

        assertEquals(new Interval(NOVEMBER.start(), now),
                SlaEvaluator.windowOf(agreementStarted(Instant.parse("2026-03-02T11:00:00Z")), NOVEMBER, now));
    }

    @Test
    void anAgreementNotInForceInTheMonthHasNoWindow() {
        assertNull(SlaEvaluator.windowOf(agreementStarted(Instant.parse("2026-12-01T00:00:00Z")), NOVEMBER,
                Instant.parse("2026-12-05T00:00:00Z")));
        ServiceLevelAgreement ended = agreementStarted(Instant.parse("2026-03-02T11:00:00Z"));
        ended.terminate("gone", Instant.parse("2026-11-01T00:00:00Z"));
        assertNull(SlaEvaluator.windowOf(ended, NOVEMBER, CLOSED));
    }

    @Test
    void aHalfMonthAgreementIsJudgedOnItsHalf() {
        // in force from 16 November: 15 days = 21,600 minutes; 30 minutes down is 99.8611 %, missed
        Interval half = new Interval(Instant.parse("2026-11-16T00:00:00Z"), NOVEMBER.end());
        AgreementEvaluation.Inputs in = new AgreementEvaluation.Inputs(half, terms(AvailabilityPeriod.MONTH),
                List.of(minutesFrom(Instant.parse("2026-11-10T00:00:00Z"), 600),
                        minutesFrom(Instant.parse("2026-11-20T00:00:00Z"), 30)),
                List.of(), List.of(), Map.of(), 0, null, null);

        ObjectiveOutcome availability = outcome(AgreementEvaluation.evaluate(in), EvaluatedObjective.AVAILABILITY);

        assertEquals(new BigDecimal("99.8611"), availability.delivered());
        assertFalse(availability.met());
    }

    @Test
    void onlyMeasuredObjectivesAreStoredAndTheViewsAddTheOthersBack() {
        ServiceLevelAgreement agreement = agreementStarted(Instant.parse("2026-03-02T11:00:00Z"));
        List<ObjectiveOutcome> outcomes = AgreementEvaluation.evaluate(inputs(
                List.of(minutesFrom(MONTH_START.plus(Duration.ofDays(3)), 60)), List.of(),
                Map.of(IncidentPriority.HIGH, new TicketTargetsKept(2, 1, 2, 0))));
        List<SlaEvaluationResult> stored = outcomes.stream().filter(ObjectiveOutcome::isMeasured)
                .map(o -> new SlaEvaluationResult(agreement, NOVEMBER, NOVEMBER.interval(), o, true, CLOSED))
                .toList();

        List<SlaEvaluationResult> shown = AgreementEvaluation.withUnmeasured(agreement, stored);

        // availability, response time over all tickets, and the high priority's response and repair
        assertEquals(Set.of(EvaluatedObjective.AVAILABILITY, EvaluatedObjective.RESPONSE_TIME,
                EvaluatedObjective.incidentResponse(IncidentPriority.HIGH),
                EvaluatedObjective.incidentRepair(IncidentPriority.HIGH)),
                stored.stream().map(SlaEvaluationResult::getObjective).collect(Collectors.toSet()));
        assertEquals(Arrays.asList(EvaluatedObjective.values()),
                shown.stream().map(SlaEvaluationResult::getObjective).toList());
        SlaEvaluationResult lowRepair = shown.stream()
                .filter(r -> r.getObjective() == EvaluatedObjective.incidentRepair(IncidentPriority.LOW)).findFirst()
                .orElseThrow();
        assertEquals(0, lowRepair.getBasis());
        assertNull(lowRepair.getMet());
        assertNull(lowRepair.getDeliveredValue());
        assertEquals(4320, lowRepair.getTargetMinutes());
        assertTrue(lowRepair.isPeriodClosed());
        assertTrue(AgreementEvaluation.withUnmeasured(agreement, List.of()).isEmpty());
    }
}
