package org.cloudcare.api.sla;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

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

        /**
         * The batch from graphql-java's coerced argument (see {@link MeasurementBatchFetchers}): members are there
         * with their schema types, or null, or absent.
         */
        @SuppressWarnings("unchecked")
        static RecordMeasurements of(Map<String, Object> coerced) {
            List<Map<String, Object>> rows = (List<Map<String, Object>>) coerced.get("measurements");
            return new RecordMeasurements((String) coerced.get("batchId"),
                    rows == null ? null : rows.stream().map(MeasurementInput::of).toList());
        }

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

        static MeasurementInput of(Map<String, Object> coerced) {
            String kind = text(coerced.get("kind"));
            return new MeasurementInput(kind == null ? null : MeasurementVocabulary.Kind.valueOf(kind),
                    text(coerced.get("subscriptionId")), text(coerced.get("intervalStart")),
                    text(coerced.get("intervalEnd")), (Boolean) coerced.get("up"), text(coerced.get("measuredAt")),
                    whole(coerced.get("milliseconds")), text(coerced.get("at")));
        }

        /** An id may have been sent as a number; graphql-java leaves it as it came. */
        private static String text(Object value) {
            return value == null ? null : value.toString();
        }

        /**
         * SmallRye's Int passes a variable on as sent, a number or a numeral; {@code DocumentLimits} has already
         * refused any that is not whole or does not fit 32 bits.
         */
        private static Integer whole(Object value) {
            if (value == null) {
                return null;
            }
            return (value instanceof BigDecimal number ? number : new BigDecimal(value.toString())).intValueExact();
        }

        MeasurementRow row() {
            return new MeasurementRow(Enums.as(MeasurementKind.class, kind), subscriptionId, intervalStart,
                    intervalEnd, up, measuredAt, milliseconds, at);
        }
    }
}
