package org.cloudcare.catalog.entity;

/** TMF620 priceType of a product offering price. */
public enum PriceType {
    /** A charge per calendar month. */
    RECURRING,
    /** A rate per unit used, with an included quantity and a rate for usage beyond it. */
    USAGE,
    /** Charged once, e.g. at setup. */
    ONE_TIME
}
