package org.cloudcare.sla.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.cloudcare.platform.error.InvalidInput;
import org.cloudcare.platform.error.InvalidInput.Reason;
import org.cloudcare.sla.entity.MeasurementKind;
import org.cloudcare.sla.entity.MeasurementRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The reception rules of a measurement batch: every invalid row named by index and field, nothing else stored. */
class MeasurementRowsTest {

    private static final Instant NOW = Instant.parse("2026-06-15T12:00:00Z");
    private static final String SUB = "sub-1";

    private static MeasurementRow up(String start, String end) {
        return MeasurementRow.availability(SUB, start, end, true);
    }

    @Test
    void validRowsAreSortedByTableKeepingTheirPositions() {
        MeasurementRows.Checked checked = MeasurementRows.check(List.of(
                up("2026-06-15T11:00:00Z", "2026-06-15T11:05:00Z"),
                MeasurementRow.responseTime(SUB, "2026-06-15T11:00:00+02:00", 120),
                MeasurementRow.outage(MeasurementKind.OUTAGE_START, SUB, "2026-06-15T11:01:00Z"),
                MeasurementRow.outage(MeasurementKind.OUTAGE_END, SUB, "2026-06-15T11:02:00Z")), NOW);
        checked.throwIfAny();
        assertEquals(0, checked.faults());
        assertEquals(1, checked.measurements().availability().size());
        assertEquals(1, checked.measurements().responseTimes().get(0).index());
        assertEquals(Instant.parse("2026-06-15T09:00:00Z"), checked.measurements().responseTimes().get(0).measuredAt());
        assertEquals(List.of(2, 3), checked.measurements().outages().stream().map(e -> e.index()).toList());
    }

    @Test
    void everyInvalidRowIsNamedByIndexAndField() {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> MeasurementRows.check(List.of(
                up("2026-06-15T11:00:00Z", "2026-06-15T11:05:00Z"),
                up("2026-06-15T11:05:00Z", "2026-06-15T11:00:00Z"),
                MeasurementRow.responseTime(SUB, "2026-06-15T11:00:00Z", -1),
                MeasurementRow.outage(MeasurementKind.OUTAGE_END, SUB, "2026-06-15T12:06:00Z"),
                MeasurementRow.outage(MeasurementKind.OUTAGE_START, " ", "yesterday"),
                new MeasurementRow(MeasurementKind.AVAILABILITY, SUB, "2026-06-15T11:00:00Z", null, null, null, 5,
                        null),
                new MeasurementRow(null, SUB, null, null, null, null, null, null)), NOW).throwIfAny());
        assertEquals(List.of("measurements[1].intervalEnd", "measurements[2].milliseconds", "measurements[3].at",
                "measurements[4].subscriptionId", "measurements[4].at", "measurements[5].milliseconds",
                "measurements[5].intervalEnd", "measurements[5].up", "measurements[6].kind"),
                refused.reasons().stream().map(Reason::field).toList());
        assertTrue(refused.getMessage().contains("9 reasons"), refused.getMessage());
    }

    @Test
    void aMomentWithinTheClockSkewIsAccepted() {
        assertEquals(0, MeasurementRows.check(List.of(MeasurementRow.outage(MeasurementKind.OUTAGE_START, SUB,
                "2026-06-15T12:04:59Z")), NOW).faults());
    }

    @Test
    void anEmptyOrOversizedBatchIsRefusedAsAWhole() {
        assertEquals(1, MeasurementRows.check(List.of(), NOW).faults());
        assertEquals(1, MeasurementRows.check(null, NOW).faults());
        List<MeasurementRow> many = Collections.nCopies(MeasurementRows.MAX_ROWS + 1,
                up("2026-06-15T11:00:00Z", "2026-06-15T11:05:00Z"));
        MeasurementRows.Checked checked = MeasurementRows.check(many, NOW);
        assertEquals(1, checked.faults());
        assertEquals(0, checked.measurements().availability().size());
        assertEquals(MeasurementRows.MAX_ROWS, MeasurementRows.check(many.subList(0, MeasurementRows.MAX_ROWS), NOW)
                .measurements().availability().size());
    }

    @Test
    void onlyTheFirstHundredReasonsAreKeptButAllAreCounted() {
        List<MeasurementRow> rows = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            rows.add(MeasurementRow.responseTime(SUB, "2026-06-15T11:00:00Z", -i - 1));
        }
        InvalidInput refused = assertThrows(InvalidInput.class, () -> MeasurementRows.check(rows, NOW).throwIfAny());
        assertEquals(MeasurementRows.MAX_REASONS, refused.reasons().size());
        assertTrue(refused.getMessage().contains("250 reasons, the first 100 of them follow"), refused.getMessage());
        assertEquals("measurements[99].milliseconds", refused.reasons().get(99).field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-06-15T11:00:00Z", "2026-06-15T11:00:00.5Z",
            "2026-06-15T11:00:00.123456789Z", "2026-06-15T13:30:00.25+02:30", "2026-06-15T08:00:00-03:00",
            "2026-06-15T11:00Z", "2024-02-29T23:59:59.999+00:00"})
    void theFastReadingOfAMomentAgreesWithTheIsoParser(String text) {
        assertEquals(OffsetDateTime.parse(text).toInstant(), MeasurementRows.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30T11:00:00Z", "2026-06-15T25:00:00Z",
            "2026-06-15T11:00:00", "2026-06-15T11:00:00+2:00", "2026-0a-15T11:00:00Z",
            "2026-06-15T11:00:00+19:00"})
    void anUnreadableMomentIsStillRefused(String text) {
        assertThrows(DateTimeParseException.class, () -> MeasurementRows.parse(text));
    }

    @Test
    void theBatchIdIsRequiredAndShort() {
        assertNotNull(MeasurementRows.batchIdFault(null));
        assertNotNull(MeasurementRows.batchIdFault("  "));
        assertNotNull(MeasurementRows.batchIdFault("x".repeat(65)));
        assertNotNull(MeasurementRows.batchIdFault(" b-1"));
        assertNull(MeasurementRows.batchIdFault("x".repeat(64)));
    }
}
