package org.cloudcare.catalog.entity;

import static org.cloudcare.catalog.entity.Catalogue.A_DAY_LATER;
import static org.cloudcare.platform.error.Refusals.assertConflict;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.cloudcare.catalog.entity.ThresholdStandard.Terms;
import org.cloudcare.platform.error.InvalidInput;
import org.junit.jupiter.api.Test;

class ThresholdStandardsTest {

    private static Terms availability(String warning, String breach) {
        return new Terms(ThresholdObjective.AVAILABILITY, null, ThresholdUnit.PERCENT, new BigDecimal(warning),
                new BigDecimal(breach));
    }

    private static Terms repair(IncidentPriority priority, String warning, String breach) {
        return new Terms(ThresholdObjective.REPAIR_TIME, priority, ThresholdUnit.MINUTES, new BigDecimal(warning),
                new BigDecimal(breach));
    }

    private static List<String> fieldsRefused(List<Terms> standards) {
        InvalidInput refusal = assertThrows(InvalidInput.class, () -> ThresholdStandard.checked(standards));
        return refusal.reasons().stream().map(InvalidInput.Reason::field).toList();
    }

    @Test
    void anOfferingKeepsAvailabilityResponseAndRepairStandardsInTheirUnits() {
        ProductOffering offering = Catalogue.active("vm-thresholds");

        List<ThresholdStandard> kept = offering.setThresholdStandards(List.of(availability("99.95", "99.9"),
                new Terms(ThresholdObjective.RESPONSE_TIME, null, ThresholdUnit.MILLISECONDS, new BigDecimal("200"),
                        new BigDecimal("500")),
                repair(IncidentPriority.CRITICAL, "180", "240"),
                new Terms(ThresholdObjective.INCIDENT_RESPONSE_TIME, IncidentPriority.CRITICAL, ThresholdUnit.MINUTES,
                        new BigDecimal("10"), new BigDecimal("15"))), A_DAY_LATER);

        assertEquals(4, kept.size());
        assertEquals(new BigDecimal("99.9500"), kept.get(0).getWarningValue());
        assertEquals(ThresholdUnit.MILLISECONDS, kept.get(1).getUnit());
        assertEquals(IncidentPriority.CRITICAL, kept.get(2).getPriority());
        assertEquals(offering.getId(), kept.get(3).getOfferingId());
        assertEquals(A_DAY_LATER.instant(), offering.getUpdatedAt().toInstant());
    }

    @Test
    void aNewSetReplacesTheOldOneAndAnEmptySetRemovesAll() {
        ProductOffering offering = Catalogue.active("vm-thresholds");
        offering.setThresholdStandards(List.of(availability("99.95", "99.9")), A_DAY_LATER);

        offering.setThresholdStandards(List.of(repair(IncidentPriority.LOW, "2000", "4320"),
                repair(IncidentPriority.HIGH, "400", "480")), A_DAY_LATER);
        assertEquals(List.of(ThresholdObjective.REPAIR_TIME, ThresholdObjective.REPAIR_TIME),
                offering.getThresholdStandards().stream().map(ThresholdStandard::getObjective).toList());

        offering.setThresholdStandards(List.of(), A_DAY_LATER);
        assertTrue(offering.getThresholdStandards().isEmpty());
    }

    @Test
    void forAvailabilityTheWarningLiesAboveTheBreachAndForTimesBelowIt() {
        assertEquals(List.of("thresholds[0].warningValue"), fieldsRefused(List.of(availability("99.9", "99.95"))));
        assertEquals(List.of("thresholds[0].warningValue"), fieldsRefused(List.of(availability("99.9", "99.9"))));
        assertEquals(List.of("thresholds[0].warningValue"),
                fieldsRefused(List.of(repair(IncidentPriority.LOW, "300", "240"))));
    }

    @Test
    void theUnitMustBeTheObjectivesSoSecondsAreNotReadAsMilliseconds() {
        Terms inMinutes = new Terms(ThresholdObjective.RESPONSE_TIME, null, ThresholdUnit.MINUTES, BigDecimal.ONE,
                BigDecimal.TEN);

        assertEquals(List.of("thresholds[0].unit"), fieldsRefused(List.of(inMinutes)));
    }

    @Test
    void incidentTimesNeedAPriorityAndTheOthersHaveNone() {
        Terms noPriority = repair(null, "180", "240");
        Terms availabilityWithPriority = new Terms(ThresholdObjective.AVAILABILITY, IncidentPriority.HIGH,
                ThresholdUnit.PERCENT, new BigDecimal("99.5"), new BigDecimal("99"));

        assertEquals(List.of("thresholds[0].priority", "thresholds[1].priority"),
                fieldsRefused(List.of(noPriority, availabilityWithPriority)));
    }

    @Test
    void valuesStayWithinTheirUnitsRangeAndPrecision() {
        assertEquals(List.of("thresholds[0].warningValue"), fieldsRefused(List.of(availability("100.5", "99"))));
        assertEquals(List.of("thresholds[0].breachValue", "thresholds[1].breachValue", "thresholds[2].warningValue"),
                fieldsRefused(List.of(
                        availability("99.5", "99.00001"),
                        new Terms(ThresholdObjective.RESPONSE_TIME, null, ThresholdUnit.MILLISECONDS,
                                new BigDecimal("200"), new BigDecimal("250.5")),
                        repair(IncidentPriority.LOW, "0", "10"))));
        assertEquals(List.of("thresholds[0].warningValue"), fieldsRefused(List.of(availability("1e100000", "99"))));
    }

    @Test
    void everyReasonIsGivenAtOnceNamingRowAndField() {
        List<String> fields = fieldsRefused(Arrays.asList(availability("99.95", "99.9"), null,
                new Terms(null, null, null, null, null)));

        assertEquals(List.of("thresholds[1]", "thresholds[2].objective", "thresholds[2].unit",
                "thresholds[2].warningValue", "thresholds[2].breachValue"), fields);
    }

    @Test
    void anObjectiveAndPriorityIsSetOnce() {
        assertEquals(List.of("thresholds[2].objective"), fieldsRefused(List.of(
                repair(IncidentPriority.LOW, "2000", "4320"), repair(IncidentPriority.HIGH, "400", "480"),
                repair(IncidentPriority.LOW, "3000", "4320"))));
    }

    @Test
    void theSetIsRequiredAndBounded() {
        assertEquals(List.of("thresholds"), fieldsRefused(null));
        List<Terms> tooMany = new ArrayList<>(Collections.nCopies(ThresholdStandard.MAX_STANDARDS + 1,
                availability("99.95", "99.9")));
        assertTrue(fieldsRefused(tooMany).contains("thresholds"));
    }

    @Test
    void aRefusedSetLeavesTheStandardsAsTheyWere() {
        ProductOffering offering = Catalogue.active("vm-thresholds");
        offering.setThresholdStandards(List.of(availability("99.95", "99.9")), A_DAY_LATER);

        assertThrows(InvalidInput.class, () -> offering.setThresholdStandards(List.of(availability("99", "99.5")),
                A_DAY_LATER));

        assertEquals(1, offering.getThresholdStandards().size());
        assertEquals(new BigDecimal("99.9000"), offering.getThresholdStandards().get(0).getBreachValue());
    }

    @Test
    void aRetiredOfferingsStandardsNoLongerChange() {
        ProductOffering offering = Catalogue.active("vm-thresholds");
        offering.retire(A_DAY_LATER);

        assertConflict(() -> offering.setThresholdStandards(List.of(availability("99.95", "99.9")), A_DAY_LATER));
    }
}
