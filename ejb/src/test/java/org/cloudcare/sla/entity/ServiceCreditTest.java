package org.cloudcare.sla.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import org.cloudcare.catalog.entity.ServiceCreditTier;
import org.cloudcare.platform.money.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Credit tiers (below 99.9 % → 10 %, below 99 % → 25 %) and the credit as money. */
class ServiceCreditTest {

    private static final List<ServiceCreditTier> TIERS = List.of(
            ServiceCreditTier.of(new BigDecimal("99.9"), new BigDecimal("10")),
            ServiceCreditTier.of(new BigDecimal("99"), new BigDecimal("25")));
    private static final Duration MONTH = Duration.ofDays(30);

    @ParameterizedTest
    @CsvSource({"100, 0", "99.95, 0", "99.9000, 0", "99.8999, 10", "99.0001, 10", "99, 10", "98.9999, 25",
            "0, 25"})
    void theLowestTierTheAvailabilityFallsBelowGivesTheCredit(String availability, String credit) {
        assertEquals(0, new BigDecimal(credit).compareTo(ServiceCredit.percentFor(TIERS,
                new BigDecimal(availability))), availability);
    }

    @Test
    void theTiersOrderDoesNotMatter() {
        assertEquals(0, new BigDecimal("25").compareTo(ServiceCredit.percentFor(List.of(TIERS.get(1),
                TIERS.get(0)), new BigDecimal("50"))));
    }

    @Test
    void theCreditIsThePercentOfTheMonthlyChargeRoundedHalfUpToTheCent() {
        Money charge = Money.of("charge", new BigDecimal("333.33"), "CHF");

        Money credit = ServiceCredit.amount(new BigDecimal("10"), charge, MONTH, MONTH);

        assertEquals(Money.of("credit", new BigDecimal("33.33"), "CHF"), credit);
        assertEquals(Money.of("credit", new BigDecimal("0.01"), "CHF"),
                ServiceCredit.amount(new BigDecimal("10"), Money.of("c", new BigDecimal("0.05"), "CHF"), MONTH,
                        MONTH));
    }

    @Test
    void aPartialMonthGetsItsShareOfTheCharge() {
        Money charge = Money.of("charge", new BigDecimal("300.00"), "EUR");

        Money credit = ServiceCredit.amount(new BigDecimal("25"), charge, Duration.ofDays(10), MONTH);

        assertEquals(Money.of("credit", new BigDecimal("25.00"), "EUR"), credit);
    }

    @Test
    void withoutARecurringChargeThereIsNoAmount() {
        assertNull(ServiceCredit.amount(new BigDecimal("10"), null, MONTH, MONTH));
    }
}
