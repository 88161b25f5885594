package org.cloudcare.catalog.entity;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.cloudcare.platform.error.Checks;
import org.cloudcare.platform.error.CloudCareException;
import org.cloudcare.platform.money.Money;
import org.cloudcare.platform.input.TextHygiene;

/**
 * One price of a product offering (TMF620 ProductOfferingPrice), valid from {@code validFrom} (UTC) until
 * {@code validTo} (open-ended when null):
 * <ul>
 * <li>{@link PriceType#RECURRING}: {@code price} per calendar month;</li>
 * <li>{@link PriceType#USAGE}: per {@code unitOfMeasure} used in a month, the first {@code includedQuantity} units
 * at {@code price} (often zero: included in the recurring charge) and every unit beyond them at
 * {@code excessUsageRate} (ISO/TS 23535 5.11.3 billing for excess usage);</li>
 * <li>{@link PriceType#ONE_TIME}: {@code price} once.</li>
 * </ul>
 * Part of the {@link ProductOffering} aggregate. A price never changes: a new price is added and the old one removed.
 */
@Entity
@Table(name = "product_offering_price")
public class ProductOfferingPrice {

    /** How prices are named in errors and in the audit trail. */
    public static final String TYPE = "ProductOfferingPrice";
    /** Included quantities up to a billion units, with up to four decimal places. */
    private static final BigDecimal MAX_QUANTITY = new BigDecimal("1000000000");

    @Id
    private String id;

    // lazy: prices are read in batches by offering id, never to reach their offering
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "offering_id", updatable = false)
    private ProductOffering offering;

    @Column(name = "offering_id", nullable = false, insertable = false, updatable = false)
    private String offeringId;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "price_type", nullable = false)
    private PriceType priceType;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "amount", nullable = false)),
            @AttributeOverride(name = "currency", column = @Column(name = "currency", nullable = false))})
    private Money price;

    @Column(name = "unit_of_measure")
    private String unitOfMeasure;

    @Column(name = "included_quantity")
    private BigDecimal includedQuantity;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "excess_amount")),
            @AttributeOverride(name = "currency", column = @Column(name = "excess_currency"))})
    private Money excessUsageRate;

    @Column(name = "valid_from", nullable = false)
    private OffsetDateTime validFrom;

    @Column(name = "valid_to")
    private OffsetDateTime validTo;

    protected ProductOfferingPrice() {
    }

    ProductOfferingPrice(ProductOffering offering, PriceTerms terms) {
        this.id = UUID.randomUUID().toString();
        this.offering = offering;
        this.offeringId = offering.getId();
        this.name = terms.name();
        this.priceType = terms.priceType();
        this.price = terms.price();
        this.unitOfMeasure = terms.unitOfMeasure();
        this.includedQuantity = terms.includedQuantity();
        this.excessUsageRate = terms.excessUsageRate();
        this.validFrom = terms.validFrom();
        this.validTo = terms.validTo();
    }

    /**
     * What a price is made of, checked as a whole: the usage fields belong to a usage price and only to it, the
     * excess rate is in the price's currency, and the validity ends after it starts (without a start, it starts when
     * the price is added).
     */
    public record PriceTerms(String name, PriceType priceType, Money price, String unitOfMeasure,
            BigDecimal includedQuantity, Money excessUsageRate, OffsetDateTime validFrom, OffsetDateTime validTo) {

        public PriceTerms {
            TextHygiene.check("name", name, false);
            TextHygiene.check("unitOfMeasure", unitOfMeasure, false);
            name = Checks.text("name", name, 200);
            Checks.required("priceType", priceType);
            Checks.required("price", price);
            unitOfMeasure = Checks.optionalText("unitOfMeasure", unitOfMeasure, 50);
            if (priceType == PriceType.USAGE) {
                Checks.required("unitOfMeasure", unitOfMeasure);
                includedQuantity = includedQuantity == null ? BigDecimal.ZERO.setScale(4)
                        : Checks.decimal("includedQuantity", includedQuantity, BigDecimal.ZERO, MAX_QUANTITY, 4);
                excessUsageRate = excessUsageRate == null ? price : excessUsageRate;
                if (!excessUsageRate.getCurrency().equals(price.getCurrency())) {
                    throw CloudCareException.invalid("excessUsageRate.currency", "The excess-usage rate must be in"
                            + " the currency of the price, " + price.getCurrency() + ".");
                }
            } else {
                refuseForNonUsage("unitOfMeasure", unitOfMeasure, priceType);
                refuseForNonUsage("includedQuantity", includedQuantity, priceType);
                refuseForNonUsage("excessUsageRate", excessUsageRate, priceType);
            }
            validFrom = validFrom == null ? null : moment("validFrom", validFrom);
            validTo = validTo == null ? null : moment("validTo", validTo);
            if (validFrom != null) {
                requireEndAfterStart(validFrom, validTo);
            }
        }

        /** The validity starting now, for terms that name no start. */
        PriceTerms startingAt(OffsetDateTime now) {
            return validFrom != null ? this : new PriceTerms(name, priceType, price, unitOfMeasure, includedQuantity,
                    excessUsageRate, now, validTo);
        }

        private static void requireEndAfterStart(OffsetDateTime validFrom, OffsetDateTime validTo) {
            if (validTo != null && !validTo.isAfter(validFrom)) {
                throw CloudCareException.invalid("validTo", "A price must stop being valid after it starts.");
            }
        }

        /** In UTC, at the precision both databases keep, and within the years a catalogue can mean. */
        private static OffsetDateTime moment(String field, OffsetDateTime value) {
            if (value.getYear() < 2000 || value.getYear() > 2999) {
                throw CloudCareException.invalid(field, "The " + field + " must lie between the years 2000 and 2999.");
            }
            return value.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        }

        private static void refuseForNonUsage(String field, Object value, PriceType type) {
            if (value != null) {
                throw CloudCareException.invalid(field, "Only a usage price has a " + field + "; this is " + type
                        + ".");
            }
        }
    }

    /** Whether the price applies at {@code moment}. */
    public boolean isValidAt(OffsetDateTime moment) {
        return !moment.isBefore(validFrom) && (validTo == null || moment.isBefore(validTo));
    }

    public String getId() {
        return id;
    }

    public String getOfferingId() {
        return offeringId;
    }

    public String getName() {
        return name;
    }

    public PriceType getPriceType() {
        return priceType;
    }

    public Money getPrice() {
        return price;
    }

    public String getUnitOfMeasure() {
        return unitOfMeasure;
    }

    public BigDecimal getIncludedQuantity() {
        return includedQuantity;
    }

    public Money getExcessUsageRate() {
        return excessUsageRate;
    }

    public OffsetDateTime getValidFrom() {
        return validFrom;
    }

    public OffsetDateTime getValidTo() {
        return validTo;
    }

    @Override
    public String toString() {
        return name + " (" + priceType + ", " + price + (unitOfMeasure == null ? "" : " per " + unitOfMeasure) + ")";
    }
}
