package org.cloudcare.order.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * The TMF622 {@code ProductOrderItemStateType} of one product order. Stored by constant name; {@link #tmfName()} is
 * the TMF622 word.
 * <p>
 * Moves: acknowledged → inProgress (↔ pending, ↔ held) → completed / failed; an open product order (acknowledged,
 * inProgress, pending, held) is cancelled when its customer order is. Completed, failed and cancelled are final.
 */
public enum ProductOrderState {
    ACKNOWLEDGED("acknowledged"),
    IN_PROGRESS("inProgress"),
    PENDING("pending"),
    HELD("held"),
    COMPLETED("completed"),
    FAILED("failed"),
    CANCELLED("cancelled");

    private final String tmfName;

    ProductOrderState(String tmfName) {
        this.tmfName = tmfName;
    }

    public String tmfName() {
        return tmfName;
    }

    public boolean isFinal() {
        return this == COMPLETED || this == FAILED || this == CANCELLED;
    }

    public Set<ProductOrderState> successors() {
        return switch (this) {
            case ACKNOWLEDGED -> EnumSet.of(IN_PROGRESS, CANCELLED);
            case IN_PROGRESS -> EnumSet.of(PENDING, HELD, COMPLETED, FAILED, CANCELLED);
            case PENDING, HELD -> EnumSet.of(IN_PROGRESS, CANCELLED);
            case COMPLETED, FAILED, CANCELLED -> EnumSet.noneOf(ProductOrderState.class);
        };
    }

    @Override
    public String toString() {
        return tmfName;
    }
}
