package org.cloudcare.sla.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of one batch once checked, by table; each keeps its position in the batch ({@code index}), which with the
 * batch id is its key.
 */
public final class MeasurementSet {

    public record AvailabilitySample(int index, String subscriptionId, Instant intervalStart, Instant intervalEnd,
            boolean up) {
    }

    public record ResponseTimeSample(int index, String subscriptionId, Instant measuredAt, int milliseconds) {
    }

    /** {@code kind} is {@link MeasurementKind#OUTAGE_START} or {@link MeasurementKind#OUTAGE_END}. */
    public record OutageEvent(int index, String subscriptionId, MeasurementKind kind, Instant at) {
    }

    private final List<AvailabilitySample> availability = new ArrayList<>();
    private final List<ResponseTimeSample> responseTimes = new ArrayList<>();
    private final List<OutageEvent> outages = new ArrayList<>();

    public void add(AvailabilitySample sample) {
        availability.add(sample);
    }

    public void add(ResponseTimeSample sample) {
        responseTimes.add(sample);
    }

    public void add(OutageEvent event) {
        outages.add(event);
    }

    public List<AvailabilitySample> availability() {
        return availability;
    }

    public List<ResponseTimeSample> responseTimes() {
        return responseTimes;
    }

    public List<OutageEvent> outages() {
        return outages;
    }
}
