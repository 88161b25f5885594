package org.cloudcare.api.sla;

import java.util.List;

import org.cloudcare.api.Enums;
import org.cloudcare.sla.entity.MeasurementKind;
import org.cloudcare.sla.entity.MeasurementRow;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The input of recordMeasurements. Everything is checked by the batch's reception rules in the boundary. */
final class MeasurementInputs {

    private MeasurementInputs() {
    }

    @Input("RecordMeasurementsInput")
    @Description("A batch of at most 10,000 measurements. The batch id, chosen by the monitoring system, makes a"
            + " resend a no-op. Every reason a batch is refused for is in extensions.reasons (the first 100), each"
            + " naming the row and field, e.g. measurements[17].intervalEnd; nothing of a refused batch is stored.")
    public record RecordMeasurements(
            @Description("At most 64 characters (the audit trail names the batch by it).") String batchId,
            @NonNull List<@NonNull MeasurementInput> measurements) {

        List<MeasurementRow> rows() {
            return measurements == null ? null : measurements.stream().map(MeasurementInput::row).toList();
        }
    }

    @Input("MeasurementInput")
    @Description("One measurement; which fields it has depends on its kind, the others are left out. Moments are ISO"
            + " 8601 with offset and not in the future.")
    public record MeasurementInput(MeasurementVocabulary.Kind kind, @Id String subscriptionId, String intervalStart,
            String intervalEnd, @Description("Whether the service was up for the whole interval.") Boolean up,
            String measuredAt, @Description("The response time, not negative.") Integer milliseconds,
            @Description("When the outage started or ended.") String at) {

        MeasurementRow row() {
            return new MeasurementRow(Enums.as(MeasurementKind.class, kind), subscriptionId, intervalStart,
                    intervalEnd, up, measuredAt, milliseconds, at);
        }
    }
}
