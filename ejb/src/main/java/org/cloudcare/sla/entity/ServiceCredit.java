package org.cloudcare.sla.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;

import org.cloudcare.catalog.entity.ServiceCreditTier;
import org.cloudcare.platform.money.Money;

/**
 * The compensation for missed availability (ISO/TS 23535 5.2.5): of the agreement's tiers, the lowest one the
 * delivered availability falls below gives the credit percent; the credit is that percent of the subscription's
 * monthly recurring charge (the offering's recurring prices times the quantity), prorated by the share of the month
 * the agreement was in force, and rounded half up to the cent (two decimals), the way the bill will show it.
 */
public final class ServiceCredit {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ServiceCredit() {
    }

    /** The credit percent for {@code delivered} availability: 0 when it is below no tier. */
    public static BigDecimal percentFor(List<ServiceCreditTier> tiers, BigDecimal delivered) {
        BigDecimal credit = BigDecimal.ZERO;
        BigDecimal lowestThreshold = null;
        for (ServiceCreditTier tier : tiers) {
            BigDecimal threshold = tier.getAvailabilityBelowPercent();
            if (delivered.compareTo(threshold) < 0 && (lowestThreshold == null
                    || threshold.compareTo(lowestThreshold) < 0)) {
                lowestThreshold = threshold;
                credit = tier.getCreditPercent();
            }
        }
        return credit;
    }

    /**
     * The credit as money; null when there is no monthly charge to take it from.
     *
     * @param monthlyCharge the subscription's monthly recurring charge, or null
     * @param inForce       how long the agreement was in force in the month
     * @param month         the length of the month
     */
    public static Money amount(BigDecimal percent, Money monthlyCharge, Duration inForce, Duration month) {
        if (monthlyCharge == null) {
            return null;
        }
        BigDecimal amount = monthlyCharge.getAmount().multiply(percent)
                .multiply(BigDecimal.valueOf(inForce.toSeconds()))
                .divide(HUNDRED.multiply(BigDecimal.valueOf(month.toSeconds())), 2, RoundingMode.HALF_UP);
        return Money.of("credit", amount, monthlyCharge.getCurrency());
    }
}
