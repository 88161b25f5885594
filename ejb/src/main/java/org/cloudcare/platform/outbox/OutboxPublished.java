package org.cloudcare.platform.outbox;

/** Fired inside the publishing transaction; {@link RelayNudge} hears it only once that transaction has committed. */
public record OutboxPublished(String eventId) {
}
