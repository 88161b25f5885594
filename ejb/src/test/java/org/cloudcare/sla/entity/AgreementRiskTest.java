package org.cloudcare.sla.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.cloudcare.sla.entity.AgreementRisk.Reason;
import org.junit.jupiter.api.Test;

class AgreementRiskTest {

    private static final long MONTH = 30L * 24 * 3600;
    private static final long HALF = MONTH / 2;

    private static AgreementRisk risk(String contractual, String warning, String delivered, long counted) {
        return new AgreementRisk(new BigDecimal(contractual), warning == null ? null : new BigDecimal(warning),
                new BigDecimal(delivered), counted, MONTH);
    }

    @Test
    void aMonthWellWithinTargetAndWarningIsNotAtRisk() {
        AgreementRisk risk = risk("99.9", "99.95", "99.99", HALF);

        assertFalse(risk.atRisk());
        assertEquals(List.of(), risk.reasons());
    }

    @Test
    void deliveredBelowTheContractualTargetSoFarIsAtRisk() {
        assertTrue(risk("99.9", null, "99.5", HALF).reasons().contains(Reason.BELOW_TARGET));
    }

    @Test
    void deliveredBelowTheOfferingsWarningButAboveTargetIsAtRiskForTheWarningOnly() {
        AgreementRisk risk = risk("99.0", "99.95", "99.9", HALF / 10);

        assertEquals(List.of(Reason.BELOW_WARNING), risk.reasons());
    }

    @Test
    void withoutAWarningValueTheContractualTargetAloneJudges() {
        assertEquals(List.of(), risk("99.0", null, "99.9", HALF / 10).reasons());
    }

    @Test
    void eightyPercentOfTheMonthsAllowedDowntimeUsedIsNearlyUsedThoughThePercentStillLooksFine() {
        // 99.9 % of 30 days allows 2592 s; 27 days at exactly 99.9 % are 2333 s down: 90 % of the allowance
        AgreementRisk risk = risk("99.9", null, "99.9", 27L * 24 * 3600);

        assertEquals(2592, risk.allowedDowntimeSeconds());
        assertEquals(2333, risk.usedDowntimeSeconds());
        assertEquals(List.of(Reason.DOWNTIME_NEARLY_USED), risk.reasons());
    }

    @Test
    void lessThanEightyPercentOfTheAllowedDowntimeIsNotNearlyUsed() {
        // half a month at 99.9 % is 1296 s down: half the allowance
        assertEquals(List.of(), risk("99.9", null, "99.9", HALF).reasons());
    }

    @Test
    void noDowntimeAtAllIsNeverNearlyUsedEvenWithAHundredPercentTarget() {
        assertEquals(List.of(), risk("100", null, "100", HALF).reasons());
        assertEquals(List.of(Reason.BELOW_TARGET, Reason.DOWNTIME_NEARLY_USED),
                risk("100", null, "99.99", HALF).reasons());
    }
}
