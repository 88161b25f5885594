package org.cloudcare.platform.outbox;

/**
 * Fired inside a publishing transaction, once, with its first event; {@link RelayNudge} hears it only once that
 * transaction has committed.
 */
public record OutboxPublished(String eventId) {
}
