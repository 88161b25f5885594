package org.cloudcare.platform.outbox;

/** How one delivery attempt ended (the delivery log's {@code outcome}). */
public enum DeliveryOutcome {
    /** The target took the event; the event is {@link EventStatus#DELIVERED}. */
    DELIVERED,
    /** The target failed; another attempt follows after the backoff. */
    FAILED,
    /** The target failed on the last allowed attempt; the event is {@link EventStatus#FAILED}. */
    GAVE_UP,
    /** Not attempted: another instance took the lease over meanwhile. Never written to the log. */
    LEASE_LOST
}
