package org.cloudcare.api.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cloudcare.api.sla.MeasurementInputs.MeasurementInput;
import org.cloudcare.api.sla.MeasurementInputs.RecordMeasurements;
import org.cloudcare.sla.entity.MeasurementKind;
import org.cloudcare.sla.entity.MeasurementRow;
import org.junit.jupiter.api.Test;

/** The batch bound from graphql-java's coerced argument, as {@link MeasurementBatchFetchers} hands it over. */
class MeasurementInputsTest {

    @Test
    void bindsEveryKindOfRowWithItsFieldsAndLeavesTheOthersNull() {
        Map<String, Object> availability = row("AVAILABILITY", "sub-1");
        availability.put("intervalStart", "2026-11-01T00:00:00Z");
        availability.put("intervalEnd", "2026-11-01T00:05:00Z");
        availability.put("up", false);
        Map<String, Object> responseTime = row("RESPONSE_TIME", "sub-2");
        responseTime.put("measuredAt", "2026-11-01T01:00:00+01:00");
        responseTime.put("milliseconds", new BigDecimal("250")); // a JSON number, as SmallRye's Int passes it on
        Map<String, Object> outage = row("OUTAGE_START", null);
        outage.put("subscriptionId", 42); // an id sent as a number
        outage.put("at", "2026-11-01T02:00:00Z");

        RecordMeasurements batch = RecordMeasurements.of(batch("batch-7",
                List.of(availability, responseTime, outage)));

        assertEquals("batch-7", batch.batchId());
        assertEquals(List.of(
                new MeasurementRow(MeasurementKind.AVAILABILITY, "sub-1", "2026-11-01T00:00:00Z",
                        "2026-11-01T00:05:00Z", false, null, null, null),
                new MeasurementRow(MeasurementKind.RESPONSE_TIME, "sub-2", null, null, null,
                        "2026-11-01T01:00:00+01:00", 250, null),
                new MeasurementRow(MeasurementKind.OUTAGE_START, "42", null, null, null, null, null,
                        "2026-11-01T02:00:00Z")), batch.rows());
    }

    @Test
    void keepsNullsAndAbsentMembersForTheReceptionRulesToName() {
        Map<String, Object> empty = new LinkedHashMap<>();
        empty.put("kind", null);
        empty.put("up", null);

        RecordMeasurements batch = RecordMeasurements.of(batch(null, List.of(empty)));

        assertNull(batch.batchId());
        assertEquals(List.of(new MeasurementInput(null, null, null, null, null, null, null, null)),
                batch.measurements());
        assertNull(RecordMeasurements.of(batch("batch-8", null)).rows());
        assertNull(RecordMeasurements.of(Map.of()).batchId());
    }

    @Test
    void keepsTheOrderOfTheRowsSoRefusalsNameTheRightIndex() {
        Map<String, Object>[] rows = new Map[1_000];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = row("RESPONSE_TIME", "sub-" + i % 7);
            rows[i].put("milliseconds", i % 2 == 0 ? BigDecimal.valueOf(i) : String.valueOf(i)); // numbers and numerals
        }

        List<MeasurementInput> measurements = RecordMeasurements.of(batch("big", Arrays.asList(rows)))
                .measurements();

        for (int i = 0; i < rows.length; i++) {
            assertEquals(i, measurements.get(i).milliseconds());
        }
    }

    private static Map<String, Object> batch(String batchId, List<Map<String, Object>> measurements) {
        Map<String, Object> batch = new HashMap<>();
        batch.put("batchId", batchId);
        batch.put("measurements", measurements);
        return batch;
    }

    private static Map<String, Object> row(String kind, String subscriptionId) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("kind", kind);
        row.put("subscriptionId", subscriptionId);
        return row;
    }
}
