package org.cloudcare.platform.money;

import static org.cloudcare.platform.error.Refusals.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class MoneyTest {

    private static Money eur(String amount) {
        return Money.of("price", new BigDecimal(amount), "EUR");
    }

    @Test
    void anAmountIsKeptExactlyWithFourDecimalPlaces() {
        assertEquals(new BigDecimal("4800.0000"), eur("4800").getAmount());
        assertEquals(new BigDecimal("0.0001"), eur("0.0001").getAmount());
        assertEquals(new BigDecimal("12.5000"), eur("12.50000000").getAmount(), "trailing zeros are no precision");
        assertEquals(new BigDecimal("0.0000"), eur("-0.0").getAmount());
        assertEquals("EUR", eur("1").getCurrency());
    }

    @Test
    void finerThanFourDecimalPlacesIsRefusedNotRounded() {
        assertInvalid("price.amount", () -> eur("0.00001"));
        assertInvalid("price.amount", () -> eur("1e-9"));
    }

    @Test
    void negativeAndTooLargeAmountsAreRefused() {
        assertEquals(Money.MAX, eur("999999999999999.9999").getAmount());
        assertInvalid("price.amount", () -> eur("1000000000000000"));
        assertInvalid("price.amount", () -> eur("1e100000"));
        assertInvalid("price.amount", () -> eur("-0.01"));
        assertInvalid("price.amount", () -> Money.of("price", null, "EUR"));
    }

    @Test
    void theCurrencyIsAnIso4217Code() {
        assertEquals("CHF", Money.of("price", BigDecimal.ONE, "CHF").getCurrency());
        assertInvalid("price.currency", () -> Money.of("price", BigDecimal.ONE, "eur"));
        assertInvalid("price.currency", () -> Money.of("price", BigDecimal.ONE, "EURO"));
        assertInvalid("price.currency", () -> Money.of("price", BigDecimal.ONE, "XYZ"));
        assertInvalid("price.currency", () -> Money.of("price", BigDecimal.ONE, " "));
        assertInvalid("excessUsageRate.currency", () -> Money.of("excessUsageRate", BigDecimal.ONE, null));
    }

    @Test
    void equalMoneyHasTheSameAmountAndCurrency() {
        assertEquals(eur("1.5"), eur("1.50"));
        assertEquals(eur("1.5").hashCode(), eur("1.50").hashCode());
        assertNotEquals(eur("1.5"), Money.of("price", new BigDecimal("1.5"), "CHF"));
        assertEquals("1.5000 EUR", eur("1.5").toString());
    }
}
