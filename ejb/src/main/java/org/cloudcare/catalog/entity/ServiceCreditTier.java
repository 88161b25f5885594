package org.cloudcare.catalog.entity;

import java.math.BigDecimal;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.cloudcare.platform.error.Checks;

/**
 * A compensation rule (ISO/TS 23535 5.2.5): when the availability of a period falls below
 * {@code availabilityBelowPercent}, the customer is credited {@code creditPercent} of that period's monthly recurring
 * charge. Of several tiers the lowest one the availability falls below applies.
 */
@Embeddable
public class ServiceCreditTier {

    static final BigDecimal HUNDRED = new BigDecimal("100");

    @Column(name = "availability_below_percent", nullable = false)
    private BigDecimal availabilityBelowPercent;

    @Column(name = "credit_percent", nullable = false)
    private BigDecimal creditPercent;

    protected ServiceCreditTier() {
    }

    /** Refusals name {@code serviceCreditTiers.availabilityBelowPercent} or {@code .creditPercent}. */
    public static ServiceCreditTier of(BigDecimal availabilityBelowPercent, BigDecimal creditPercent) {
        ServiceCreditTier tier = new ServiceCreditTier();
        tier.availabilityBelowPercent = Checks.decimal("serviceCreditTiers.availabilityBelowPercent",
                availabilityBelowPercent, BigDecimal.ZERO, HUNDRED, 4);
        tier.creditPercent = Checks.decimal("serviceCreditTiers.creditPercent", creditPercent, BigDecimal.ZERO,
                HUNDRED, 4);
        if (tier.creditPercent.signum() == 0) {
            Checks.decimal("serviceCreditTiers.creditPercent", creditPercent, new BigDecimal("0.0001"), HUNDRED, 4);
        }
        return tier;
    }

    public BigDecimal getAvailabilityBelowPercent() {
        return availabilityBelowPercent;
    }

    public BigDecimal getCreditPercent() {
        return creditPercent;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ServiceCreditTier tier
                && availabilityBelowPercent.compareTo(tier.availabilityBelowPercent) == 0
                && creditPercent.compareTo(tier.creditPercent) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(availabilityBelowPercent.stripTrailingZeros(), creditPercent.stripTrailingZeros());
    }

    @Override
    public String toString() {
        return "< " + availabilityBelowPercent.stripTrailingZeros().toPlainString() + " % -> "
                + creditPercent.stripTrailingZeros().toPlainString() + " %";
    }
}
