package org.cloudcare.sla.entity;

import static org.cloudcare.platform.error.Refusals.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A period is a calendar month in UTC, from its first instant to the first instant of the next. */
class EvaluationPeriodTest {

    @ParameterizedTest
    @CsvSource({"2026-01, 2026-01-01T00:00:00Z, 2026-02-01T00:00:00Z, 31",
            "2026-02, 2026-02-01T00:00:00Z, 2026-03-01T00:00:00Z, 28",
            "2028-02, 2028-02-01T00:00:00Z, 2028-03-01T00:00:00Z, 29",
            "2026-04, 2026-04-01T00:00:00Z, 2026-05-01T00:00:00Z, 30",
            "2026-12, 2026-12-01T00:00:00Z, 2027-01-01T00:00:00Z, 31"})
    void aMonthRunsFromItsFirstInstantToTheFirstOfTheNextWhateverItsLength(String month, String start, String end,
            int days) {
        EvaluationPeriod period = EvaluationPeriod.parse("period", month);

        assertEquals(Instant.parse(start), period.start());
        assertEquals(Instant.parse(end), period.end());
        assertEquals(Duration.ofDays(days), period.interval().length());
        assertEquals(month, period.toString());
    }

    @Test
    void theLastInstantOfAMonthBelongsToItAndMidnightToTheNext() {
        assertEquals("2026-11", EvaluationPeriod.of(Instant.parse("2026-11-30T23:59:59.999Z")).toString());
        assertEquals("2026-12", EvaluationPeriod.of(Instant.parse("2026-12-01T00:00:00Z")).toString());
        assertEquals("2025-11", EvaluationPeriod.of(Instant.parse("2026-01-15T00:00:00Z")).previous().previous()
                .toString());
    }

    @Test
    void aMonthIsClosedOnceItsEndHasPassed() {
        EvaluationPeriod november = EvaluationPeriod.parse("period", "2026-11");

        assertFalse(november.isClosedAt(Instant.parse("2026-11-30T23:59:59Z")));
        assertTrue(november.isClosedAt(Instant.parse("2026-12-01T00:00:00Z")));
        assertFalse(november.hasBegunAt(Instant.parse("2026-10-31T23:59:59Z")));
        assertTrue(november.hasBegunAt(Instant.parse("2026-11-01T00:00:00Z")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "2026-13", "2026-1", "November", "2026-11-01", "1999-12"})
    void aPeriodThatIsNoMonthIsRefusedNamingTheField(String text) {
        assertInvalid("period", () -> EvaluationPeriod.parse("period", text));
    }

    @Test
    void aMissingPeriodIsRefusedNamingTheField() {
        assertInvalid("period", () -> EvaluationPeriod.parse("period", null));
    }
}
