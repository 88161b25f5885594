package org.cloudcare.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final RetryPolicy STANDARD = RetryPolicy.STANDARD;

    @Test
    void theWaitDoublesFromOneSecondAfterEachFailedAttempt() {
        assertEquals(Optional.of(Duration.ofSeconds(1)), STANDARD.delayAfter(1));
        assertEquals(Optional.of(Duration.ofSeconds(2)), STANDARD.delayAfter(2));
        assertEquals(Optional.of(Duration.ofSeconds(4)), STANDARD.delayAfter(3));
        assertEquals(Optional.of(Duration.ofSeconds(256)), STANDARD.delayAfter(9));
        assertEquals(Optional.of(Duration.ofSeconds(512)), STANDARD.delayAfter(10));
    }

    @Test
    void theWaitStopsGrowingAtTenMinutes() {
        assertEquals(Optional.of(Duration.ofMinutes(10)), STANDARD.delayAfter(11));
        assertEquals(Optional.of(Duration.ofMinutes(10)), STANDARD.delayAfter(14));
    }

    @Test
    void afterTheLastAllowedAttemptThereIsNoFurtherWait() {
        assertEquals(Optional.empty(), STANDARD.delayAfter(15));
        assertEquals(Optional.empty(), STANDARD.delayAfter(16));
    }

    @Test
    void theStandardPolicyRetriesForAboutAnHour() {
        List<Duration> waits = new ArrayList<>();
        for (int attempt = 1; STANDARD.delayAfter(attempt).isPresent(); attempt++) {
            waits.add(STANDARD.delayAfter(attempt).get());
        }
        assertEquals(14, waits.size(), "15 attempts in all: 14 waits between them");
        Duration total = waits.stream().reduce(Duration.ZERO, Duration::plus);
        assertEquals(Duration.ofSeconds(1023 + 4 * 600), total);
    }

    @Test
    void aHugeAttemptNumberDoesNotOverflow() {
        RetryPolicy patient = new RetryPolicy(Duration.ofMillis(1), Duration.ofDays(1), Integer.MAX_VALUE);
        assertEquals(Optional.of(Duration.ofDays(1)), patient.delayAfter(Integer.MAX_VALUE - 1));
    }

    @Test
    void aPolicyThatCannotWorkIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(Duration.ZERO, Duration.ofMinutes(1), 3));
        assertThrows(IllegalArgumentException.class,
                () -> new RetryPolicy(Duration.ofSeconds(2), Duration.ofSeconds(1), 3));
        assertThrows(IllegalArgumentException.class,
                () -> new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1), 0));
        assertThrows(IllegalArgumentException.class, () -> STANDARD.delayAfter(0));
    }
}
