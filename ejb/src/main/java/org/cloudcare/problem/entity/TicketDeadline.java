package org.cloudcare.problem.entity;

import java.time.Duration;
import java.time.Instant;

/**
 * One clock of a ticket as read at a moment: the target, the deadline (null while the clock is paused and the deadline
 * therefore unknown), the business time left (negative when exceeded), whether the clock has stopped (responded,
 * resolved or ended) and whether the target was missed.
 */
public record TicketDeadline(DeadlineKind kind, Duration target, Instant due, Duration timeLeft, boolean stopped,
        boolean breached) {

    /** Breached while the clock still runs or was stopped late. */
    public boolean isRunning() {
        return !stopped;
    }
}
