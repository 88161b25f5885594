package org.cloudcare.platform.outbox;

import java.time.OffsetDateTime;

/**
 * An event one relay instance has claimed for delivery: the event, the claiming instance, the token that proves the
 * claim is still its own, and when the lease runs out (after that, another instance may take the event over).
 */
public record Claim(OutboxEvent event, String instance, String token, OffsetDateTime until) {
}
