package org.cloudcare.order.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

import org.cloudcare.platform.error.CloudCareException;

/**
 * The eTOM 1.3.8 "order completion on time" figure of one customer for a period [{@code from}, {@code to}): the
 * orders completed in it, those of them that asked for a completion date (only they can be on time or late), those
 * completed by that date, and the share on time in percent (two decimals), null when no completed order asked for a
 * date. The SLA area reuses it.
 */
public record OrderCompletionOnTime(String customerId, Instant from, Instant to, long completedOrders,
        long ordersWithRequestedDate, long completedOnTime, BigDecimal percentOnTime) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static OrderCompletionOnTime of(String customerId, Instant from, Instant to, long completedOrders,
            long ordersWithRequestedDate, long completedOnTime) {
        BigDecimal percent = ordersWithRequestedDate == 0 ? null
                : BigDecimal.valueOf(completedOnTime).multiply(HUNDRED)
                        .divide(BigDecimal.valueOf(ordersWithRequestedDate), 2, RoundingMode.HALF_UP);
        return new OrderCompletionOnTime(customerId, from, to, completedOrders, ordersWithRequestedDate,
                completedOnTime, percent);
    }

    /** Refuses a period that is missing or does not run forwards, naming {@code from} or {@code to}. */
    public static void checkPeriod(Instant from, Instant to) {
        if (from == null) {
            throw CloudCareException.invalid("from", "The period needs its start.");
        }
        if (to == null) {
            throw CloudCareException.invalid("to", "The period needs its end.");
        }
        if (!to.isAfter(from)) {
            throw CloudCareException.invalid("to", "The end of the period must be after its start.");
        }
    }
}
