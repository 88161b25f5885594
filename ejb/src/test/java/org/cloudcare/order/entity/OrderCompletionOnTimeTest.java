package org.cloudcare.order.entity;

import static org.cloudcare.platform.error.Refusals.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class OrderCompletionOnTimeTest {

    private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-02-01T00:00:00Z");

    @Test
    void theShareIsOfTheOrdersThatAskedForADate() {
        assertEquals(new BigDecimal("66.67"), OrderCompletionOnTime.of("c", FROM, TO, 5, 3, 2).percentOnTime());
        assertEquals(new BigDecimal("100.00"), OrderCompletionOnTime.of("c", FROM, TO, 1, 1, 1).percentOnTime());
        assertEquals(new BigDecimal("0.00"), OrderCompletionOnTime.of("c", FROM, TO, 1, 1, 0).percentOnTime());
    }

    @Test
    void noOrderWithADateHasNoShare() {
        assertNull(OrderCompletionOnTime.of("c", FROM, TO, 0, 0, 0).percentOnTime());
        assertNull(OrderCompletionOnTime.of("c", FROM, TO, 4, 0, 0).percentOnTime());
    }

    @Test
    void thePeriodMustRunForwards() {
        assertInvalid("from", () -> OrderCompletionOnTime.checkPeriod(null, TO));
        assertInvalid("to", () -> OrderCompletionOnTime.checkPeriod(FROM, null));
        assertInvalid("to", () -> OrderCompletionOnTime.checkPeriod(TO, FROM));
        assertInvalid("to", () -> OrderCompletionOnTime.checkPeriod(FROM, FROM));
        OrderCompletionOnTime.checkPeriod(FROM, TO);
    }
}
