package org.cloudcare.platform.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Random;

import org.cloudcare.sla.entity.MeasurementKind;
import org.cloudcare.sla.entity.MeasurementSet;
import org.cloudcare.sla.entity.MeasurementSet.AvailabilitySample;
import org.cloudcare.sla.entity.MeasurementSet.OutageEvent;
import org.cloudcare.sla.entity.MeasurementSet.ResponseTimeSample;

/**
 * The measurements the monitoring system would have pushed for one demo subscription from the start of the previous
 * calendar month (UTC) until now: an availability sample every 5 minutes and a response time every hour, made from a
 * fixed seed so every demo database gets the same figures. A subscription that covers the whole previous month is
 * down for one 5-minute sample at a seeded moment of it (within every demo target: 99.9 % allows 43 minutes a
 * month); the one chosen to breach is down for {@link #OUTAGE} on the 12th of the previous month from 09:00 UTC, with
 * the outage's start and end events: with 28 to 31 days that is 99.58-99.60 %, below the demo's first credit tier
 * (99.9 %) and above its second (99 %). Nothing in the running month is down, so its figures stay within target.
 */
final class DemoMeasurements {

    static final Duration SAMPLE = Duration.ofMinutes(5);
    static final Duration OUTAGE = Duration.ofHours(3);
    private static final long SEED = 20_260_801L;
    private static final int BASE_MILLISECONDS = 120;

    private final Instant monthStart;
    private final Instant monthEnd;
    private final Instant end;

    /** The measurement window of {@code now}: the previous calendar month and the running one up to now. */
    DemoMeasurements(Instant now) {
        YearMonth running = YearMonth.from(now.atOffset(ZoneOffset.UTC));
        this.monthStart = running.minusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        this.monthEnd = running.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        // whole samples only, none reaching beyond now
        this.end = floor(now, SAMPLE);
    }

    /** The first moment measured: the start of the previous month. */
    Instant monthStart() {
        return monthStart;
    }

    /** The end of the previous month (the start of the running one). */
    Instant monthEnd() {
        return monthEnd;
    }

    /** When the breaching subscription's outage starts. */
    Instant outageStart() {
        return monthStart.plus(Duration.ofDays(11)).plus(Duration.ofHours(9));
    }

    /**
     * The rows of one subscription that started at {@code since}, the {@code ordinal}-th demo subscription (for its
     * seed), breaching the previous month or not.
     */
    MeasurementSet of(String subscriptionId, Instant since, int ordinal, boolean breach) {
        Random random = new Random(SEED + ordinal);
        Instant from = since.isAfter(monthStart) ? ceiling(since, SAMPLE) : monthStart;
        MeasurementSet rows = new MeasurementSet();
        Instant outageStart = outageStart();
        Instant outageEnd = outageStart.plus(OUTAGE);
        boolean outage = breach && !outageStart.isBefore(from) && outageEnd.isBefore(monthEnd);
        Instant blip = null;
        if (!breach && !from.isAfter(monthStart)) {
            long samples = Duration.between(monthStart, monthEnd).dividedBy(SAMPLE);
            blip = monthStart.plus(SAMPLE.multipliedBy((long) (random.nextDouble() * samples)));
        }
        int index = 0;
        for (Instant at = from; at.isBefore(end); at = at.plus(SAMPLE)) {
            boolean down = at.equals(blip) || outage && !at.isBefore(outageStart) && at.isBefore(outageEnd);
            rows.add(new AvailabilitySample(index++, subscriptionId, at, at.plus(SAMPLE), !down));
        }
        for (Instant at = ceiling(from, Duration.ofHours(1)); at.isBefore(end); at = at.plus(Duration.ofHours(1))) {
            if (outage && !at.isBefore(outageStart) && at.isBefore(outageEnd)) {
                continue; // nothing answered to measure
            }
            int milliseconds = (int) Math.max(1, Math.round(BASE_MILLISECONDS * Math.exp(0.25
                    * random.nextGaussian())));
            rows.add(new ResponseTimeSample(index++, subscriptionId, at, milliseconds));
        }
        if (outage) {
            rows.add(new OutageEvent(index++, subscriptionId, MeasurementKind.OUTAGE_START, outageStart));
            rows.add(new OutageEvent(index, subscriptionId, MeasurementKind.OUTAGE_END, outageEnd));
        }
        return rows;
    }

    private static Instant floor(Instant moment, Duration step) {
        long seconds = step.getSeconds();
        return Instant.ofEpochSecond(Math.floorDiv(moment.getEpochSecond(), seconds) * seconds);
    }

    private static Instant ceiling(Instant moment, Duration step) {
        Instant floor = floor(moment, step);
        return floor.equals(moment.truncatedTo(ChronoUnit.SECONDS)) && moment.getNano() == 0 ? floor
                : floor.plus(step);
    }
}
