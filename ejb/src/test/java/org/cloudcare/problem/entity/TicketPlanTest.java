package org.cloudcare.problem.entity;

import static org.cloudcare.problem.entity.Tickets.SAM;
import static org.cloudcare.problem.entity.Tickets.at;
import static org.cloudcare.problem.entity.Tickets.targets;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

/** The planned deadlines the queue sorts by and the escalation job looks at, with a fixed clock. */
class TicketPlanTest {

    private static final TicketTargets AROUND_THE_CLOCK = targets(SupportHours.aroundTheClock());

    private static OffsetDateTime utc(String at) {
        return OffsetDateTime.parse(at);
    }

    private final TroubleTicket ticket = Tickets.incident(TicketPriority.HIGH, at(Instant.parse("2025-06-11T08:00:00Z")));

    @Test
    void aNewIncidentIsDueAtItsResponseDeadlineAndEscalatesThen() {
        ticket.plan(AROUND_THE_CLOCK, Instant.parse("2025-06-11T08:00:00Z"));
        assertEquals(utc("2025-06-11T09:00:00Z"), ticket.getNextDueAt());
        assertEquals(utc("2025-06-11T09:00:00Z"), ticket.getEscalationDueAt());
    }

    @Test
    void afterTheResponseTheRepairDeadlineCounts() {
        ticket.startWork(SAM, at(Instant.parse("2025-06-11T08:10:00Z")));
        ticket.plan(AROUND_THE_CLOCK, Instant.parse("2025-06-11T08:10:00Z"));
        assertEquals(utc("2025-06-11T12:00:00Z"), ticket.getNextDueAt());
        assertEquals(utc("2025-06-11T12:00:00Z"), ticket.getEscalationDueAt());
    }

    @Test
    void anEscalatedDeadlineStaysInTheQueueOrderButNoLongerCallsTheJob() {
        ticket.startWork(SAM, at(Instant.parse("2025-06-11T08:10:00Z")));
        ticket.escalate(DeadlineKind.REPAIR, AROUND_THE_CLOCK, at(Instant.parse("2025-06-11T12:30:00Z")));
        ticket.plan(AROUND_THE_CLOCK, Instant.parse("2025-06-11T12:30:00Z"));
        assertEquals(utc("2025-06-11T12:00:00Z"), ticket.getNextDueAt());
        assertNull(ticket.getEscalationDueAt());
    }

    @Test
    void whileTheCustomerIsAwaitedTheDeadlineIsUnknown() {
        ticket.startWork(SAM, at(Instant.parse("2025-06-11T08:10:00Z")));
        ticket.waitForCustomer(SAM, "Which study?", at(Instant.parse("2025-06-11T09:00:00Z")));
        ticket.plan(AROUND_THE_CLOCK, Instant.parse("2025-06-11T09:00:00Z"));
        assertNull(ticket.getNextDueAt());
        assertNull(ticket.getEscalationDueAt());
    }

    @Test
    void withoutAgreedTargetsNothingIsDue() {
        ticket.plan(null, Instant.parse("2025-06-11T08:00:00Z"));
        assertNull(ticket.getNextDueAt());
    }
}
