package org.cloudcare.platform.claim;

import java.time.OffsetDateTime;

/**
 * A lease held on a key: who holds it, until when, and the token that proves it is still this holder's (a taken-over
 * lease gets a new token).
 */
public record Lease(String key, String holder, String token, OffsetDateTime until) {
}
