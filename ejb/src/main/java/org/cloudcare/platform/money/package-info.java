/**
 * Exact money: a {@link org.cloudcare.platform.money.Money} is a decimal amount with at most four decimal places in an
 * ISO 4217 currency, stored as {@code numeric(19,4)} and {@code char(3)}. Never a double.
 */
package org.cloudcare.platform.money;
