package org.cloudcare.platform.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.cloudcare.sla.entity.MeasurementKind;
import org.cloudcare.sla.entity.MeasurementSet;
import org.cloudcare.sla.entity.MeasurementSet.AvailabilitySample;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DemoMeasurementsTest {

    private static final Instant NOW = Instant.parse("2026-12-02T07:03:41Z");
    private static final Instant LONG_AGO = Instant.parse("2026-10-20T09:00:00Z");
    private static final BigDecimal FIRST_TIER = new BigDecimal("99.9");
    private static final BigDecimal SECOND_TIER = new BigDecimal("99");

    /** Availability in percent of the samples that lie in [from, to). */
    private static BigDecimal availability(MeasurementSet rows, Instant from, Instant to) {
        List<AvailabilitySample> samples = rows.availability().stream()
                .filter(s -> !s.intervalStart().isBefore(from) && s.intervalStart().isBefore(to)).toList();
        long up = samples.stream().filter(AvailabilitySample::up).count();
        return BigDecimal.valueOf(up * 100).divide(BigDecimal.valueOf(samples.size()), 4, RoundingMode.HALF_UP);
    }

    @Test
    void samplesRunEveryFiveMinutesFromThePreviousMonthUntilNowAndResponseTimesHourly() {
        DemoMeasurements demo = new DemoMeasurements(NOW);
        MeasurementSet rows = demo.of("sub-1", LONG_AGO, 0, false);

        assertEquals(Instant.parse("2026-11-01T00:00:00Z"), rows.availability().get(0).intervalStart());
        AvailabilitySample last = rows.availability().get(rows.availability().size() - 1);
        assertEquals(Instant.parse("2026-12-02T07:00:00Z"), last.intervalEnd(), "whole samples, none beyond now");
        // 30 days of November + 1 day and 7 hours of December, 12 samples an hour
        assertEquals((30 * 24 + 31) * 12, rows.availability().size());
        assertEquals(30 * 24 + 31, rows.responseTimes().size());
        assertTrue(rows.outages().isEmpty());
        for (int i = 1; i < rows.availability().size(); i++) {
            assertEquals(rows.availability().get(i - 1).intervalEnd(), rows.availability().get(i).intervalStart());
        }
        assertTrue(rows.responseTimes().stream().allMatch(s -> s.milliseconds() > 0 && s.milliseconds() < 1000));
    }

    @Test
    void theSameSeedGivesTheSameMeasurements() {
        MeasurementSet once = new DemoMeasurements(NOW).of("sub-1", LONG_AGO, 1, false);
        MeasurementSet again = new DemoMeasurements(NOW).of("sub-1", LONG_AGO, 1, false);
        MeasurementSet other = new DemoMeasurements(NOW).of("sub-1", LONG_AGO, 2, false);

        assertEquals(once.availability(), again.availability());
        assertEquals(once.responseTimes(), again.responseTimes());
        assertFalse(once.responseTimes().equals(other.responseTimes()), "another subscription, other figures");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-02T07:03:41Z", "2027-03-15T12:00:00Z", "2026-02-01T00:10:00Z",
            "2026-08-31T23:59:59Z"})
    void theBreachFallsBelowTheFirstCreditTierButAboveTheSecondInMonthsOfEveryLength(String now) {
        DemoMeasurements demo = new DemoMeasurements(Instant.parse(now));
        MeasurementSet rows = demo.of("sub-breach", demo.monthStart().minus(Duration.ofDays(40)), 0, true);

        BigDecimal month = availability(rows, demo.monthStart(), demo.monthEnd());
        assertTrue(month.compareTo(FIRST_TIER) < 0, month + " % is below 99.9 %");
        assertTrue(month.compareTo(SECOND_TIER) >= 0, month + " % is not below 99 %");
        assertEquals(List.of(MeasurementKind.OUTAGE_START, MeasurementKind.OUTAGE_END),
                rows.outages().stream().map(MeasurementSet.OutageEvent::kind).toList());
        assertEquals(DemoMeasurements.OUTAGE, Duration.between(rows.outages().get(0).at(), rows.outages().get(1).at()));
        assertEquals(36, rows.availability().stream().filter(s -> !s.up()).count(), "three hours of 5-minute samples");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4})
    void theOtherSubscriptionsStayWithinTheStrictestDemoTargetInBothMonths(int ordinal) {
        DemoMeasurements demo = new DemoMeasurements(NOW);
        MeasurementSet rows = demo.of("sub-" + ordinal, LONG_AGO, ordinal, false);

        assertTrue(availability(rows, demo.monthStart(), demo.monthEnd()).compareTo(new BigDecimal("99.95")) >= 0);
        assertEquals(0, new BigDecimal("100").compareTo(availability(rows, demo.monthEnd(), NOW)),
                "the running month has no downtime");
        assertEquals(1, rows.availability().stream().filter(s -> !s.up()).count());
    }

    @Test
    void aSubscriptionThatStartedLaterIsMeasuredFromItsStartWithoutDowntime() {
        Instant started = Instant.parse("2026-11-20T10:02:00Z");
        MeasurementSet rows = new DemoMeasurements(NOW).of("sub-late", started, 0, false);

        assertEquals(Instant.parse("2026-11-20T10:05:00Z"), rows.availability().get(0).intervalStart());
        assertTrue(rows.availability().stream().allMatch(AvailabilitySample::up));
        assertEquals(Instant.parse("2026-11-20T11:00:00Z"), rows.responseTimes().get(0).measuredAt());
    }

    @Test
    void rowIndexesAreThePositionsInTheBatch() {
        MeasurementSet rows = new DemoMeasurements(NOW).of("sub-breach", LONG_AGO, 0, true);
        int count = rows.availability().size() + rows.responseTimes().size() + rows.outages().size();

        assertEquals(count - 1, rows.outages().get(1).index());
        assertEquals(rows.availability().size(), rows.responseTimes().get(0).index());
    }
}
