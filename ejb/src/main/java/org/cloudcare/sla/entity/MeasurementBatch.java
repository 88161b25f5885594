package org.cloudcare.sla.entity;

import java.time.Instant;

/**
 * What is stored of a measurement batch: when and from whom it was received and how many rows of each kind it had.
 * {@code duplicate} says that this answer is about a batch recorded before, and nothing was stored now.
 */
public record MeasurementBatch(String batchId, boolean duplicate, Instant receivedAt, String receivedBy,
        int availabilitySamples, int responseTimeSamples, int outageEvents) {

    public static final String TYPE = "MeasurementBatch";

    public MeasurementBatch asDuplicate() {
        return new MeasurementBatch(batchId, true, receivedAt, receivedBy, availabilitySamples, responseTimeSamples,
                outageEvents);
    }

    public int rows() {
        return availabilitySamples + responseTimeSamples + outageEvents;
    }
}
