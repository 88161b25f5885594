package org.cloudcare.it.support;

import java.time.Instant;

/** What the {@link RecordingObserver} saw of one delivery attempt. */
public record Delivery(String eventId, String type, int attempt, Instant at, boolean inTransaction, Probe payload,
        boolean refused) {
}
