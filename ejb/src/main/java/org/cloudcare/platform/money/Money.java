package org.cloudcare.platform.money;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.cloudcare.platform.error.Checks;
import org.cloudcare.platform.error.CloudCareException;

/**
 * An amount of money in one ISO 4217 currency: at most four decimal places (what {@code numeric(19,4)} keeps) and
 * never negative, because a price, a rate or a charge is never below zero (credits are their own lines). Embedded
 * with {@code @AttributeOverride}s where an entity holds more than one.
 */
@Embeddable
public class Money {

    public static final int SCALE = 4;
    /** The largest amount {@code numeric(19,4)} holds: 15 digits before the point. */
    public static final BigDecimal MAX = new BigDecimal("999999999999999.9999");
    private static final Pattern CURRENCY = Pattern.compile("^[A-Z]{3}$");

    @Column(name = "amount")
    private BigDecimal amount;

    @Column(name = "currency")
    private String currency;

    protected Money() {
    }

    private Money(BigDecimal amount, String currency) {
        this.amount = amount;
        this.currency = currency;
    }

    /**
     * Money from what a caller sent; {@code field} names the input (e.g. {@code price}), and a refusal names
     * {@code field.amount} or {@code field.currency}.
     */
    public static Money of(String field, BigDecimal amount, String currency) {
        BigDecimal exact = Checks.decimal(field + ".amount", amount, BigDecimal.ZERO, MAX, SCALE);
        String code = Checks.text(field + ".currency", currency, 3);
        if (!CURRENCY.matcher(code).matches() || !known(code)) {
            throw CloudCareException.invalid(field + ".currency", "The " + field
                    + ".currency must be an ISO 4217 currency code such as EUR or CHF.");
        }
        return new Money(exact, code);
    }

    private static boolean known(String code) {
        try {
            return Currency.getInstance(code).getCurrencyCode().equals(code);
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Money money && amount.compareTo(money.amount) == 0
                && currency.equals(money.currency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount.stripTrailingZeros(), currency);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
