package org.cloudcare.problem.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * The TMF621 trouble ticket states and the moves between them:
 *
 * <pre>
 * acknowledged -> inProgress | rejected | cancelled
 * inProgress   -> pending | held | resolved | cancelled
 * pending      -> inProgress | held | cancelled        (waiting for the customer: the repair clock pauses)
 * held         -> inProgress | pending | cancelled     (held by the provider, e.g. for a third party: the clock runs)
 * resolved     -> closed | inProgress                  (the customer accepts, or does not)
 * rejected, closed, cancelled: final
 * </pre>
 */
public enum TicketStatus {
    ACKNOWLEDGED("acknowledged"),
    REJECTED("rejected"),
    IN_PROGRESS("inProgress"),
    PENDING("pending"),
    HELD("held"),
    RESOLVED("resolved"),
    CLOSED("closed"),
    CANCELLED("cancelled");

    private final String tmfName;

    TicketStatus(String tmfName) {
        this.tmfName = tmfName;
    }

    /** The state word of TMF621, e.g. {@code inProgress}. */
    public String tmfName() {
        return tmfName;
    }

    /** The states a ticket in this state may move to. */
    public Set<TicketStatus> next() {
        return switch (this) {
            case ACKNOWLEDGED -> EnumSet.of(IN_PROGRESS, REJECTED, CANCELLED);
            case IN_PROGRESS -> EnumSet.of(PENDING, HELD, RESOLVED, CANCELLED);
            case PENDING -> EnumSet.of(IN_PROGRESS, HELD, CANCELLED);
            case HELD -> EnumSet.of(IN_PROGRESS, PENDING, CANCELLED);
            case RESOLVED -> EnumSet.of(CLOSED, IN_PROGRESS);
            case REJECTED, CLOSED, CANCELLED -> EnumSet.noneOf(TicketStatus.class);
        };
    }

    public boolean canMoveTo(TicketStatus target) {
        return next().contains(target);
    }

    public boolean isFinal() {
        return next().isEmpty();
    }

    /** Whether the repair clock runs in this state: not while waiting for the customer, resolved or final. */
    public boolean repairClockRuns() {
        return this == ACKNOWLEDGED || this == IN_PROGRESS || this == HELD;
    }
}
