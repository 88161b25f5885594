package org.cloudcare.order.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * The TMF622 {@code ProductOrderStateType} of a customer order. Stored by constant name; {@link #tmfName()} is the
 * TMF622 word.
 * <p>
 * Moves: acknowledged → inProgress (↔ pending, ↔ held) → completed / partial / failed; a cancellation request from
 * acknowledged, inProgress, pending or held → assessingCancellation → pendingCancellation → cancelled, or denied back
 * to the state before the request (from pendingCancellation only when nothing is left to cancel). Rejected,
 * cancelled, completed, partial and failed are final.
 */
public enum CustomerOrderState {
    ACKNOWLEDGED("acknowledged"),
    REJECTED("rejected"),
    IN_PROGRESS("inProgress"),
    PENDING("pending"),
    HELD("held"),
    ASSESSING_CANCELLATION("assessingCancellation"),
    PENDING_CANCELLATION("pendingCancellation"),
    CANCELLED("cancelled"),
    COMPLETED("completed"),
    PARTIAL("partial"),
    FAILED("failed");

    private final String tmfName;

    CustomerOrderState(String tmfName) {
        this.tmfName = tmfName;
    }

    public String tmfName() {
        return tmfName;
    }

    /** No move leaves a final state. */
    public boolean isFinal() {
        return this == REJECTED || this == CANCELLED || this == COMPLETED || this == PARTIAL || this == FAILED;
    }

    /** The states a customer may ask to cancel from: the order is accepted and not finished. */
    public boolean isCancellable() {
        return this == ACKNOWLEDGED || this == IN_PROGRESS || this == PENDING || this == HELD;
    }

    /** The moves from this state, except a denied cancellation, which returns to the state before the request. */
    public Set<CustomerOrderState> successors() {
        return switch (this) {
            case ACKNOWLEDGED -> EnumSet.of(IN_PROGRESS, ASSESSING_CANCELLATION);
            case IN_PROGRESS -> EnumSet.of(PENDING, HELD, COMPLETED, PARTIAL, FAILED, ASSESSING_CANCELLATION);
            case PENDING, HELD -> EnumSet.of(IN_PROGRESS, ASSESSING_CANCELLATION);
            case ASSESSING_CANCELLATION -> EnumSet.of(PENDING_CANCELLATION);
            case PENDING_CANCELLATION -> EnumSet.of(CANCELLED);
            case REJECTED, CANCELLED, COMPLETED, PARTIAL, FAILED -> EnumSet.noneOf(CustomerOrderState.class);
        };
    }

    @Override
    public String toString() {
        return tmfName;
    }
}
