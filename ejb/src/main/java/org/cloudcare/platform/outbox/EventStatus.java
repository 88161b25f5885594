package org.cloudcare.platform.outbox;

/** Where an outbox event stands. */
public enum EventStatus {
    /** Waiting for its (next) delivery attempt at {@code nextAttemptAt}. */
    PENDING,
    /** Delivered; kept for its audit value. */
    DELIVERED,
    /** Gave up after the last attempt the {@link RetryPolicy} allows; needs a person. */
    FAILED
}
