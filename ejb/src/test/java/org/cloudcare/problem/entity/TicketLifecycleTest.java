package org.cloudcare.problem.entity;

import static org.cloudcare.platform.error.Refusals.assertConflict;
import static org.cloudcare.problem.entity.Tickets.ALICE;
import static org.cloudcare.problem.entity.Tickets.AT_RECEPTION;
import static org.cloudcare.problem.entity.Tickets.SAM;
import static org.cloudcare.problem.entity.Tickets.at;
import static org.cloudcare.problem.entity.Tickets.in;
import static org.cloudcare.problem.entity.Tickets.moveAsProvider;
import static org.cloudcare.problem.entity.TicketStatus.ACKNOWLEDGED;
import static org.cloudcare.problem.entity.TicketStatus.CANCELLED;
import static org.cloudcare.problem.entity.TicketStatus.CLOSED;
import static org.cloudcare.problem.entity.TicketStatus.HELD;
import static org.cloudcare.problem.entity.TicketStatus.IN_PROGRESS;
import static org.cloudcare.problem.entity.TicketStatus.PENDING;
import static org.cloudcare.problem.entity.TicketStatus.REJECTED;
import static org.cloudcare.problem.entity.TicketStatus.RESOLVED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class TicketLifecycleTest {

    /** The TMF621 moves the issue asks for, written out independently of {@link TicketStatus#next()}. */
    private static final Map<TicketStatus, Set<TicketStatus>> LEGAL = Map.of(
            ACKNOWLEDGED, EnumSet.of(IN_PROGRESS, REJECTED, CANCELLED),
            IN_PROGRESS, EnumSet.of(PENDING, HELD, RESOLVED, CANCELLED),
            PENDING, EnumSet.of(IN_PROGRESS, HELD, CANCELLED),
            HELD, EnumSet.of(IN_PROGRESS, PENDING, CANCELLED),
            RESOLVED, EnumSet.of(CLOSED, IN_PROGRESS),
            REJECTED, EnumSet.noneOf(TicketStatus.class),
            CLOSED, EnumSet.noneOf(TicketStatus.class),
            CANCELLED, EnumSet.noneOf(TicketStatus.class));

    static Stream<Arguments> everyPairOfStates() {
        List<Arguments> pairs = new ArrayList<>();
        for (TicketStatus from : TicketStatus.values()) {
            for (TicketStatus to : TicketStatus.values()) {
                if (to != ACKNOWLEDGED) {
                    pairs.add(Arguments.of(from, to));
                }
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPairOfStates")
    void aTicketMovesOnlyAlongTheTmf621Transitions(TicketStatus from, TicketStatus to) {
        TroubleTicket ticket = in(from);
        assertEquals(from, ticket.getStatus());
        int historyBefore = ticket.getStatusChanges().size();
        if (LEGAL.get(from).contains(to)) {
            TicketStatusChanged changed = moveAsProvider(ticket, to, AT_RECEPTION);
            assertEquals(to, ticket.getStatus());
            assertEquals(from, changed.from());
            assertEquals(to, changed.to());
            assertEquals(historyBefore + 1, ticket.getStatusChanges().size());
        } else {
            assertConflict(() -> moveAsProvider(ticket, to, AT_RECEPTION));
            assertEquals(from, ticket.getStatus(), "a refused move leaves the status");
            assertEquals(historyBefore, ticket.getStatusChanges().size(), "and the history");
        }
    }

    @ParameterizedTest
    @EnumSource(TicketStatus.class)
    void theStatusTableAgreesWithTheIssue(TicketStatus status) {
        assertEquals(LEGAL.get(status), status.next());
    }

    @Test
    void statesCarryTheTmf621Words() {
        assertEquals(List.of("acknowledged", "rejected", "inProgress", "pending", "held", "resolved", "closed",
                "cancelled"), Stream.of(TicketStatus.values()).map(TicketStatus::tmfName).toList());
    }

    @Test
    void aReceivedTicketIsAcknowledgedWithItsFirstHistoryLine() {
        TroubleTicket ticket = Tickets.incident();
        assertEquals(ACKNOWLEDGED, ticket.getStatus());
        TicketStatusChange first = ticket.getStatusChanges().get(0);
        assertNull(first.getFrom());
        assertEquals(ACKNOWLEDGED, first.getTo());
        assertEquals("alice", first.getChangedBy());
        assertEquals(OffsetDateTime.ofInstant(Tickets.RECEIVED, ZoneOffset.UTC), first.getChangedAt());
    }

    @Test
    void theHistoryRecordsWhoWhenFromToAndWhy() {
        TroubleTicket ticket = Tickets.incident();
        Instant later = Tickets.RECEIVED.plusSeconds(600);
        ticket.startWork(SAM, at(later));
        ticket.waitForCustomer(SAM, "Which study failed?", at(later.plusSeconds(60)));
        TicketStatusChange wait = ticket.getStatusChanges().get(2);
        assertEquals(IN_PROGRESS, wait.getFrom());
        assertEquals(PENDING, wait.getTo());
        assertEquals("sam", wait.getChangedBy());
        assertEquals(ActorKind.PROVIDER, wait.getActorKind());
        assertEquals("Which study failed?", wait.getReason());
        assertEquals(OffsetDateTime.ofInstant(later.plusSeconds(60), ZoneOffset.UTC), wait.getChangedAt());
        assertEquals(List.of(0, 1, 2), ticket.getStatusChanges().stream().map(TicketStatusChange::getSequence).toList());
    }

    @Test
    void theFirstResponseIsWhenTheProviderTakesTheTicketIntoWork() {
        TroubleTicket ticket = Tickets.incident();
        Instant later = Tickets.RECEIVED.plusSeconds(1200);
        ticket.startWork(SAM, at(later));
        ticket.waitForCustomer(SAM, "?", at(later.plusSeconds(60)));
        ticket.resume(ALICE, "Study 4711.", at(later.plusSeconds(120)));
        assertEquals(OffsetDateTime.ofInstant(later, ZoneOffset.UTC), ticket.getRespondedAt());
    }

    @Test
    void aResolvedTicketTheCustomerDoesNotAcceptGoesBackToWorkAndForgetsItsResolutionTime() {
        TroubleTicket ticket = in(RESOLVED);
        assertNotNull(ticket.getResolvedAt());
        ticket.reopen(ALICE, "The archive fails again.", AT_RECEPTION);
        assertEquals(IN_PROGRESS, ticket.getStatus());
        assertNull(ticket.getResolvedAt());
        assertEquals("The archive fails again.", ticket.getStatusReason());
    }

    @Test
    void onlyAResolvedTicketCanBeReopened() {
        TroubleTicket held = in(HELD);
        assertConflict(() -> held.reopen(ALICE, "?", AT_RECEPTION));
    }

    @Test
    void aHeldOrAcknowledgedTicketIsNotResumed() {
        assertConflict(() -> in(ACKNOWLEDGED).resume(SAM, null, AT_RECEPTION));
        assertConflict(() -> in(RESOLVED).resume(SAM, null, AT_RECEPTION));
    }

    @Test
    void aClosingCustomerRatesTheResolution() {
        TroubleTicket ticket = in(CLOSED);
        assertEquals(5, ticket.getRating().orElseThrow().getScore());
        assertEquals("Quick fix.", ticket.getRating().orElseThrow().getComment());
        assertNotNull(ticket.getEndedAt());
        assertEquals("accepted by the customer", ticket.getStatusReason());
    }

    @Test
    void aTicketCanBeClosedWithoutARating() {
        TroubleTicket ticket = in(RESOLVED);
        ticket.close(ALICE, null, null, null, AT_RECEPTION);
        assertTrue(ticket.getRating().isEmpty());
    }

    @Test
    void anEndedTicketNoLongerChangesItsRootCauseOrOrder() {
        TroubleTicket ticket = in(CANCELLED);
        assertConflict(() -> ticket.recordRootCause(SAM, "?", AT_RECEPTION));
    }
}
