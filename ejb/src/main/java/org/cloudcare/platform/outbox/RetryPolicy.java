package org.cloudcare.platform.outbox;

import java.time.Duration;
import java.util.Optional;

/**
 * When to try a failed delivery again: exponential backoff, {@code firstDelay} after the first failed attempt,
 * doubling after each further one up to {@code maxDelay}; after {@code maxAttempts} attempts the outbox gives up.
 *
 * @param firstDelay  the wait after the first failed attempt
 * @param maxDelay    the longest wait between two attempts
 * @param maxAttempts how many attempts an event gets in all (the first one included)
 */
public record RetryPolicy(Duration firstDelay, Duration maxDelay, int maxAttempts) {

    /** 1 s, 2 s, 4 s ... capped at 10 min; 15 attempts, i.e. about an hour of retries before giving up. */
    public static final RetryPolicy STANDARD = new RetryPolicy(Duration.ofSeconds(1), Duration.ofMinutes(10), 15);

    public RetryPolicy {
        if (firstDelay == null || firstDelay.isNegative() || firstDelay.isZero()) {
            throw new IllegalArgumentException("The first delay must be positive: " + firstDelay);
        }
        if (maxDelay == null || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("The longest delay must not be shorter than the first: " + maxDelay);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("An event gets at least one attempt: " + maxAttempts);
        }
    }

    /**
     * The wait after attempt number {@code failedAttempt} (1 = the first attempt) failed, or empty when that was the
     * last attempt allowed.
     */
    public Optional<Duration> delayAfter(int failedAttempt) {
        if (failedAttempt < 1) {
            throw new IllegalArgumentException("Attempts count from 1: " + failedAttempt);
        }
        if (failedAttempt >= maxAttempts) {
            return Optional.empty();
        }
        Duration delay = firstDelay;
        for (int doubled = 1; doubled < failedAttempt && delay.compareTo(maxDelay) < 0; doubled++) {
            delay = delay.multipliedBy(2);
        }
        return Optional.of(delay.compareTo(maxDelay) < 0 ? delay : maxDelay);
    }
}
