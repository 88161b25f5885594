package org.cloudcare.sla.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.cloudcare.platform.money.Money;
import org.junit.jupiter.api.Test;

/** A violation is made of a missed outcome only, pending billing, and a re-run revises its values. */
class SlaViolationTest {

    private static final Instant AT = Instant.parse("2026-12-01T02:20:00Z");
    private static final EvaluationPeriod NOVEMBER = EvaluationPeriod.parse("period", "2026-11");

    private static ServiceLevelAgreement agreement() {
        return AgreementFixtures.startedAt(Instant.parse("2026-03-02T11:00:00Z"));
    }

    private static ObjectiveOutcome availability(String delivered, Boolean met) {
        return new ObjectiveOutcome(EvaluatedObjective.AVAILABILITY, MeasureUnit.PERCENT, new BigDecimal("99.9"),
                new BigDecimal(delivered), null, 100, met);
    }

    @Test
    void aMissedObjectiveIsRecordedWithItsValuesAndCreditPendingBilling() {
        Money credit = Money.of("credit", new BigDecimal("12.50"), "CHF");

        SlaViolation violation = SlaViolation.record(agreement(), NOVEMBER, availability("99.5", false),
                new BigDecimal("10"), credit, "sla-evaluation", AT);

        assertEquals(ViolationStatus.PENDING_BILLING, violation.getStatus());
        assertEquals("riverside", violation.getTenant());
        assertEquals("2026-11", violation.getPeriod());
        assertEquals(credit, violation.getCredit());
        assertEquals("AVAILABILITY 2026-11: delivered 99.5 against 99.9 PERCENT, credit 10 % = 12.5 CHF",
                violation.describe());
    }

    @Test
    void anObjectiveMetOrNotJudgedIsNoViolation() {
        assertThrows(IllegalArgumentException.class, () -> SlaViolation.record(agreement(), NOVEMBER,
                availability("99.95", true), BigDecimal.ZERO, null, "x", AT));
        assertThrows(IllegalArgumentException.class, () -> SlaViolation.record(agreement(), NOVEMBER,
                availability("99.5", null), BigDecimal.ZERO, null, "x", AT));
    }

    @Test
    void aReRunWithTheSameFiguresChangesNothingAndNewFiguresAreTaken() {
        SlaViolation violation = SlaViolation.record(agreement(), NOVEMBER, availability("99.5", false),
                new BigDecimal("10"), null, "sla-evaluation", AT);

        assertFalse(violation.revise(availability("99.5000", false), new BigDecimal("10.0"), null));
        assertTrue(violation.revise(availability("98.5", false), new BigDecimal("25"), null));
        assertEquals(new BigDecimal("98.5000"), violation.getDeliveredValue(), "four decimals, as stored");
        assertEquals(new BigDecimal("25.0000"), violation.getCreditPercent());
    }

    @Test
    void aReRunThatMeetsTheObjectiveWithdrawsItsCreditOnceAndAMissAgainReinstatesIt() {
        Money credit = Money.of("credit", new BigDecimal("12.50"), "CHF");
        SlaViolation violation = SlaViolation.record(agreement(), NOVEMBER, availability("99.5", false),
                new BigDecimal("10"), credit, "sla-evaluation", AT);

        assertTrue(violation.withdraw("late measurements: 99.95", AT.plusSeconds(60)));
        assertFalse(violation.withdraw("again", AT.plusSeconds(120)), "withdrawn once");
        assertEquals(ViolationStatus.WITHDRAWN, violation.getStatus());
        assertEquals("late measurements: 99.95", violation.getWithdrawalReason());
        assertEquals(Map.of(), SlaViolation.creditsDue(List.of(violation)), "a withdrawn credit is not due");

        assertTrue(violation.revise(availability("99.5", false), new BigDecimal("10"), credit),
                "the same figures, but standing again, is a change");
        assertEquals(ViolationStatus.PENDING_BILLING, violation.getStatus());
        assertNull(violation.getWithdrawnAt());
        assertEquals(0, new BigDecimal("12.50").compareTo(SlaViolation.creditsDue(List.of(violation)).get("CHF")));
    }
}
