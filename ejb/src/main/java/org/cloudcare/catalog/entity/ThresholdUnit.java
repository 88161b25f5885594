package org.cloudcare.catalog.entity;

import java.math.BigDecimal;

/**
 * The unit a threshold standard is stated in, with the values it can take: percentages to four decimal places
 * (99.95), milliseconds up to an hour and minutes up to thirty days as whole numbers.
 */
public enum ThresholdUnit {
    PERCENT(BigDecimal.ZERO, new BigDecimal("100"), 4),
    MILLISECONDS(BigDecimal.ONE, new BigDecimal("3600000"), 0),
    MINUTES(BigDecimal.ONE, new BigDecimal("43200"), 0);

    private final BigDecimal min;
    private final BigDecimal max;
    private final int scale;

    ThresholdUnit(BigDecimal min, BigDecimal max, int scale) {
        this.min = min;
        this.max = max;
        this.scale = scale;
    }

    /** What is wrong with {@code value} in this unit, or null when nothing is. */
    String problemWith(String what, BigDecimal value) {
        // the range first: a number such as 1e100000 is refused before anything expands it
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            return "The " + what + " must be between " + min.toPlainString() + " and " + max.toPlainString() + " "
                    + label() + ".";
        }
        BigDecimal exact = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        if (exact.scale() > scale) {
            return scale == 0 ? "The " + what + " must be a whole number of " + label() + "."
                    : "The " + what + " may have at most " + scale + " decimal places.";
        }
        return null;
    }

    private String label() {
        return this == PERCENT ? "%" : name().toLowerCase();
    }
}
