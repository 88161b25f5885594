package org.cloudcare.sla.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;

import org.cloudcare.platform.error.CloudCareException;
import org.cloudcare.sla.entity.AgreementFixtures;
import org.cloudcare.sla.entity.EvaluatedObjective;
import org.cloudcare.sla.entity.MeasureUnit;
import org.cloudcare.sla.entity.ObjectiveOutcome;
import org.cloudcare.sla.entity.ServiceLevelAgreement;
import org.junit.jupiter.api.Test;

/** What a confirmed SLA issue is judged against: the contractual value the agreement's terms promise. */
class ConfirmedViolationTest {

    private static final ServiceLevelAgreement AGREEMENT = AgreementFixtures.startedAt(
            Instant.parse("2026-03-02T11:00:00Z"));

    @Test
    void availabilityIsJudgedAgainstTheAgreementsAvailability() {
        ObjectiveOutcome outcome = SlaEvaluator.contractual(AGREEMENT, EvaluatedObjective.AVAILABILITY,
                new BigDecimal("99.58"));

        assertEquals(MeasureUnit.PERCENT, outcome.unit());
        assertEquals(0, AGREEMENT.effectiveTerms().availabilityPercent().compareTo(outcome.contractual()));
        assertTrue(outcome.isMissed());
    }

    @Test
    void ticketObjectivesAreJudgedAgainstAllTicketsWithinTarget() {
        ObjectiveOutcome outcome = SlaEvaluator.contractual(AGREEMENT, EvaluatedObjective.INCIDENT_REPAIR_HIGH,
                new BigDecimal("50"));

        assertEquals(MeasureUnit.PERCENT_WITHIN_TARGET, outcome.unit());
        assertEquals(0, new BigDecimal("100").compareTo(outcome.contractual()));
        assertTrue(outcome.isMissed());
    }

    @Test
    void aDeliveredValueThatMeetsTheContractIsNoViolation() {
        CloudCareException refused = assertThrows(CloudCareException.class, () -> SlaEvaluator.contractual(
                AGREEMENT, EvaluatedObjective.AVAILABILITY, new BigDecimal("99.95")));
        assertEquals("deliveredValue", refused.field());
        assertEquals("deliveredValue", assertThrows(CloudCareException.class, () -> SlaEvaluator.contractual(
                AGREEMENT, EvaluatedObjective.RESPONSE_TIME, new BigDecimal("100"))).field());
    }

    @Test
    void anObjectiveWithoutAContractualValueCannotBeViolated() {
        assertEquals("objective", assertThrows(CloudCareException.class, () -> SlaEvaluator.contractual(AGREEMENT,
                EvaluatedObjective.ORDER_COMPLETION_ON_TIME, BigDecimal.ONE)).field());
    }
}
