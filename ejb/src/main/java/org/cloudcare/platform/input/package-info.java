/**
 * Input hygiene: every text that reaches an EJB boundary is checked by one rule ({@link
 * org.cloudcare.platform.input.TextHygiene}) in one place ({@link org.cloudcare.platform.input.InputHygiene}, bound to
 * every boundary with {@link org.cloudcare.platform.input.CheckedInput}). Parameters holding prose are marked
 * {@link org.cloudcare.platform.input.LongText}.
 */
package org.cloudcare.platform.input;
