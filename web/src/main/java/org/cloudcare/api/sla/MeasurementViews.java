package org.cloudcare.api.sla;

import java.time.OffsetDateTime;

import org.cloudcare.platform.time.Timestamps;
import org.cloudcare.sla.entity.MeasurementBatch;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The answer of recordMeasurements. */
final class MeasurementViews {

    private MeasurementViews() {
    }

    @Type("MeasurementBatchReceipt")
    @Description("What is stored of a measurement batch. duplicate: the batch id was recorded before, nothing was"
            + " stored now, and the counts and receivedAt are those of the first send.")
    public record MeasurementBatchReceipt(@NonNull String batchId, boolean duplicate,
            @NonNull OffsetDateTime receivedAt, int availabilitySamples, int responseTimeSamples, int outageEvents) {

        static MeasurementBatchReceipt of(MeasurementBatch batch) {
            return new MeasurementBatchReceipt(batch.batchId(), batch.duplicate(), Timestamps.at(batch.receivedAt()),
                    batch.availabilitySamples(), batch.responseTimeSamples(), batch.outageEvents());
        }
    }
}
