package org.cloudcare.catalog.entity;

import static org.cloudcare.catalog.entity.Catalogue.allPriorities;
import static org.cloudcare.catalog.entity.Catalogue.terms;
import static org.cloudcare.catalog.entity.Catalogue.tiers;
import static org.cloudcare.platform.error.Refusals.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SlaTermsTest {

    private static final Set<String> ZURICH = Set.of("ch-zurich");

    private static SlaTerms withAvailability(String percent) {
        return terms(percent == null ? null : new BigDecimal(percent), allPriorities(), List.of(), ZURICH);
    }

    private static SlaTerms withTiers(List<ServiceCreditTier> tiers) {
        return terms(new BigDecimal("99.95"), allPriorities(), tiers, ZURICH);
    }

    private static SlaTerms with(Integer response, Integer downtime, Integer notice, Integer backup, Integer rpo,
            Integer rto, Integer payment, Integer term, Integer expiryNotice) {
        return new SlaTerms(new BigDecimal("99.9"), AvailabilityPeriod.MONTH, response, allPriorities(), downtime,
                notice, backup, rpo, rto, ZURICH, List.of(), false, null, payment, term, false, expiryNotice);
    }

    @Test
    void typedObjectivesAreKeptWithTheirUnits() {
        SlaTerms terms = terms();

        assertEquals(new BigDecimal("99.9500"), terms.availabilityPercent());
        assertEquals(List.of(IncidentPriority.CRITICAL, IncidentPriority.HIGH, IncidentPriority.MEDIUM,
                IncidentPriority.LOW), terms.incidentTargets().stream().map(IncidentTarget::getPriority).toList(),
                "most urgent first, whatever the order sent");
        assertEquals(Duration.ofHours(4), terms.incidentTargets().get(0).repairTime());
        assertEquals(Duration.ofMinutes(15), terms.incidentTargets().get(0).responseTime());
        assertEquals(List.of(new BigDecimal("99.9000"), new BigDecimal("99.0000")),
                terms.serviceCreditTiers().stream().map(ServiceCreditTier::getAvailabilityBelowPercent).toList(),
                "highest threshold first");
    }

    @Test
    void availabilityIsAPercentWithAtMostFourDecimals() {
        assertEquals(new BigDecimal("100.0000"), withAvailability("100").availabilityPercent());
        assertEquals(new BigDecimal("0.0000"), withAvailability("0").availabilityPercent());
        assertInvalid("availabilityPercent", () -> withAvailability("100.0001"));
        assertInvalid("availabilityPercent", () -> withAvailability("-0.1"));
        assertInvalid("availabilityPercent", () -> withAvailability("99.99999"));
        assertInvalid("availabilityPercent", () -> withAvailability("1e100000"));
        assertInvalid("availabilityPercent", () -> withAvailability(null));
    }

    @Test
    void everyPriorityNeedsExactlyOneIncidentTarget() {
        List<IncidentTarget> three = new ArrayList<>(allPriorities());
        three.remove(0);
        assertInvalid("incidentTargets", () -> terms(new BigDecimal("99.9"), three, List.of(), ZURICH));
        List<IncidentTarget> five = new ArrayList<>(allPriorities());
        five.add(IncidentTarget.of(IncidentPriority.LOW, 1, 1));
        assertInvalid("incidentTargets", () -> terms(new BigDecimal("99.9"), five, List.of(), ZURICH));
        assertInvalid("incidentTargets", () -> terms(new BigDecimal("99.9"), null, List.of(), ZURICH));
    }

    @Test
    void repairTakesAtLeastAsLongAsTheResponseAndBothAreBounded() {
        assertEquals(60, IncidentTarget.of(IncidentPriority.HIGH, 60, 60).getRepairMinutes());
        assertInvalid("incidentTargets.repairMinutes", () -> IncidentTarget.of(IncidentPriority.HIGH, 60, 59));
        assertInvalid("incidentTargets.responseMinutes", () -> IncidentTarget.of(IncidentPriority.HIGH, 0, 60));
        assertInvalid("incidentTargets.responseMinutes", () -> IncidentTarget.of(IncidentPriority.HIGH, 10_081,
                20_000));
        assertInvalid("incidentTargets.repairMinutes", () -> IncidentTarget.of(IncidentPriority.HIGH, 1, 43_201));
        assertInvalid("incidentTargets.priority", () -> IncidentTarget.of(null, 1, 1));
        assertInvalid("incidentTargets.responseMinutes", () -> IncidentTarget.of(IncidentPriority.LOW, null, 1));
    }

    @Test
    void everyDurationAndTermIsWithinItsRange() {
        with(1, 0, 0, 1, 0, 0, 0, 1, 0);
        with(10_080, 44_640, 8_784, 8_784, 527_040, 527_040, 365, 120, 365);
        assertInvalid("targetResponseTimeMinutes", () -> with(0, 0, 0, 1, 0, 0, 0, 1, 0));
        assertInvalid("plannedDowntimeMinutesPerMonth", () -> with(1, 44_641, 0, 1, 0, 0, 0, 1, 0));
        assertInvalid("plannedDowntimeMinutesPerMonth", () -> with(1, -1, 0, 1, 0, 0, 0, 1, 0));
        assertInvalid("disruptionNoticeHours", () -> with(1, 0, -1, 1, 0, 0, 0, 1, 0));
        assertInvalid("backupFrequencyHours", () -> with(1, 0, 0, 0, 0, 0, 0, 1, 0));
        assertInvalid("recoveryPointObjectiveMinutes", () -> with(1, 0, 0, 1, -1, 0, 0, 1, 0));
        assertInvalid("recoveryTimeObjectiveMinutes", () -> with(1, 0, 0, 1, 0, 527_041, 0, 1, 0));
        assertInvalid("paymentTermDays", () -> with(1, 0, 0, 1, 0, 0, 366, 1, 0));
        assertInvalid("termMonths", () -> with(1, 0, 0, 1, 0, 0, 0, 0, 0));
        assertInvalid("termMonths", () -> with(1, 0, 0, 1, 0, 0, 0, 121, 0));
        assertInvalid("expiryNoticeDays", () -> with(1, 0, 0, 1, 0, 0, 0, 1, -1));
        assertInvalid("paymentTermDays", () -> with(1, 0, 0, 1, 0, 0, null, 1, 0));
    }

    @Test
    void theDataLocationIsAtLeastOneRegionCode() {
        assertInvalid("dataLocation", () -> terms(new BigDecimal("99.9"), allPriorities(), List.of(), Set.of()));
        assertInvalid("dataLocation", () -> terms(new BigDecimal("99.9"), allPriorities(), List.of(),
                Set.of("Zurich")));
    }

    @Test
    void blankExcessUsageTermsAreNoneAndControlCharactersAreRefused() {
        SlaTerms blank = new SlaTerms(new BigDecimal("99.9"), AvailabilityPeriod.QUARTER, 30, allPriorities(), 0, 0,
                1, 0, 0, ZURICH, List.of(), true, "  ", 30, 12, true, 30);
        assertNull(blank.excessUsageTerms());
        assertInvalid("excessUsageTerms", () -> new SlaTerms(new BigDecimal("99.9"), AvailabilityPeriod.QUARTER, 30,
                allPriorities(), 0, 0, 1, 0, 0, ZURICH, List.of(), true, "a\u001bb", 30, 12, true, 30));
        assertInvalid("excessUsageBilled", () -> new SlaTerms(new BigDecimal("99.9"), AvailabilityPeriod.QUARTER,
                30, allPriorities(), 0, 0, 1, 0, 0, ZURICH, List.of(), null, null, 30, 12, true, 30));
        assertInvalid("availabilityPeriod", () -> new SlaTerms(new BigDecimal("99.9"), null, 30, allPriorities(), 0,
                0, 1, 0, 0, ZURICH, List.of(), true, null, 30, 12, true, 30));
    }

    // --- service credits ---

    @Test
    void creditTiersAreBelowTheTargetDistinctAndALowerAvailabilityNeverEarnsLess() {
        withTiers(tiers());
        assertInvalid("serviceCreditTiers.availabilityBelowPercent", () -> withTiers(List.of(
                ServiceCreditTier.of(new BigDecimal("99.99"), new BigDecimal("5")))));
        assertInvalid("serviceCreditTiers.availabilityBelowPercent", () -> withTiers(List.of(
                ServiceCreditTier.of(new BigDecimal("99.9"), new BigDecimal("5")),
                ServiceCreditTier.of(new BigDecimal("99.90"), new BigDecimal("10")))));
        assertInvalid("serviceCreditTiers.creditPercent", () -> withTiers(List.of(
                ServiceCreditTier.of(new BigDecimal("99.9"), new BigDecimal("25")),
                ServiceCreditTier.of(new BigDecimal("99"), new BigDecimal("10")))));
    }

    @Test
    void aCreditIsMoreThanNothingAndAtMostTheWholeCharge() {
        assertEquals(new BigDecimal("100.0000"), ServiceCreditTier.of(new BigDecimal("50"), new BigDecimal("100"))
                .getCreditPercent());
        assertInvalid("serviceCreditTiers.creditPercent", () -> ServiceCreditTier.of(new BigDecimal("99"),
                BigDecimal.ZERO));
        assertInvalid("serviceCreditTiers.creditPercent", () -> ServiceCreditTier.of(new BigDecimal("99"),
                new BigDecimal("100.5")));
        assertInvalid("serviceCreditTiers.availabilityBelowPercent", () -> ServiceCreditTier.of(
                new BigDecimal("-1"), new BigDecimal("10")));
    }

    @Test
    void atMostTenTiers() {
        List<ServiceCreditTier> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add(ServiceCreditTier.of(new BigDecimal(90 + i), new BigDecimal(50 - i)));
        }
        assertInvalid("serviceCreditTiers", () -> withTiers(eleven));
    }

    @Test
    void theLowestTierTheAvailabilityFallsBelowGivesTheCredit() {
        ProductOffering offering = Catalogue.draft("vm-standard");
        SlaTemplate template = offering.setSlaTemplate(terms(), Catalogue.AT_CREATION);

        assertEquals(BigDecimal.ZERO, template.creditPercentFor(new BigDecimal("99.95")));
        assertEquals(new BigDecimal("10.0000"), template.creditPercentFor(new BigDecimal("99.5")));
        assertEquals(new BigDecimal("25.0000"), template.creditPercentFor(new BigDecimal("98")));
        assertEquals(terms(), template.terms(), "an agreement copies exactly what the template holds");
    }
}
