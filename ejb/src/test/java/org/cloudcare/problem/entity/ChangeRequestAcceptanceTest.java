package org.cloudcare.problem.entity;

import static org.cloudcare.platform.error.Refusals.assertConflict;
import static org.cloudcare.platform.error.Refusals.assertRefused;
import static org.cloudcare.problem.entity.Tickets.ALICE;
import static org.cloudcare.problem.entity.Tickets.AT_RECEPTION;
import static org.cloudcare.problem.entity.Tickets.JOB;
import static org.cloudcare.problem.entity.Tickets.SAM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;

import org.cloudcare.platform.error.ErrorCode;
import org.junit.jupiter.api.Test;

/** The provider accepts a customer's change request: linked to its order once, on in progress, the customer told. */
class ChangeRequestAcceptanceTest {

    private static final Actor SELMA = Actor.provider("selma");
    private static final Clock LATER = Tickets.at(Tickets.RECEIVED.plus(Duration.ofMinutes(20)));

    private static TroubleTicket changeRequest() {
        return TroubleTicket.receive(Tickets.report(TicketKind.CHANGE_REQUEST, TicketPriority.LOW,
                ReceptionChannel.PORTAL), ALICE, AT_RECEPTION);
    }

    @Test
    void anAcknowledgedChangeRequestAcceptedGoesInProgressLinkedToItsOrderAndThatIsItsResponse() {
        TroubleTicket ticket = changeRequest();

        ChangeAcceptance acceptance = ticket.acceptChange(SELMA, "order-1", "quantity 4 (was 2)", LATER)
                .orElseThrow();

        assertEquals("order-1", ticket.getChangeOrderId());
        assertEquals(TicketStatus.IN_PROGRESS, ticket.getStatus());
        assertEquals(TicketStatus.ACKNOWLEDGED, acceptance.statusChange().from());
        assertEquals(TicketStatus.IN_PROGRESS, acceptance.statusChange().to());
        assertEquals("selma", acceptance.statusChange().changedBy());
        assertNotNull(ticket.getRespondedAt(), "accepting is the provider's first response");
        assertEquals(new ChangeRequestAccepted(ticket.getId(), "riverside", "order-1", "quantity 4 (was 2)",
                "selma"), acceptance.accepted());
    }

    @Test
    void theCustomerIsToldInAVisibleNoteWhichOrderCarriesTheChangeOut() {
        TroubleTicket ticket = changeRequest();

        DiagnosticNote note = ticket.acceptChange(SELMA, "order-1", "region ch-geneva (was ch-zurich)", LATER)
                .orElseThrow().note();

        assertTrue(note.isCustomerVisible());
        assertTrue(note.getText().contains("order-1") && note.getText().contains("region ch-geneva"), note.getText());
        assertEquals(ticket.getCustomerVisibleNotes(), java.util.List.of(note));
    }

    @Test
    void aChangeRequestInProgressStaysThereAndOnlyGetsTheLinkAndTheNote() {
        TroubleTicket ticket = changeRequest();
        ticket.startWork(SAM, AT_RECEPTION);

        ChangeAcceptance acceptance = ticket.acceptChange(SELMA, "order-1", "quantity 4 (was 2)", LATER)
                .orElseThrow();

        assertNull(acceptance.statusChange(), "no move when it is in progress already");
        assertEquals(TicketStatus.IN_PROGRESS, ticket.getStatus());
        assertEquals(2, ticket.getStatusChanges().size());
        assertEquals("order-1", ticket.getChangeOrderId());
    }

    @Test
    void aPendingOrHeldChangeRequestResumesWhenAccepted() {
        for (boolean pending : new boolean[] {true, false}) {
            TroubleTicket ticket = changeRequest();
            ticket.startWork(SAM, AT_RECEPTION);
            if (pending) {
                ticket.waitForCustomer(SAM, "Which region?", AT_RECEPTION);
            } else {
                ticket.hold(SAM, "Capacity check.", AT_RECEPTION);
            }
            ticket.acceptChange(SELMA, "order-1", "quantity 4 (was 2)", LATER);
            assertEquals(TicketStatus.IN_PROGRESS, ticket.getStatus());
        }
    }

    @Test
    void acceptingAgainWithTheSameOrderIsARetryThatChangesNothing() {
        TroubleTicket ticket = changeRequest();
        ticket.acceptChange(SELMA, "order-1", "quantity 4 (was 2)", LATER);
        int notes = ticket.getNotes().size();
        int moves = ticket.getStatusChanges().size();

        assertTrue(ticket.acceptChange(SELMA, "order-1", "quantity 4 (was 2)", LATER).isEmpty());

        assertEquals(notes, ticket.getNotes().size());
        assertEquals(moves, ticket.getStatusChanges().size());
    }

    @Test
    void aChangeRequestLeadsToOneOrderOnly() {
        TroubleTicket ticket = changeRequest();
        ticket.acceptChange(SELMA, "order-1", "quantity 4 (was 2)", LATER);

        assertConflict(() -> ticket.requireChangeAcceptable(SELMA));
        assertConflict(() -> ticket.acceptChange(SELMA, "order-2", "quantity 5 (was 2)", LATER));
        assertEquals("order-1", ticket.getChangeOrderId());
    }

    @Test
    void onlyAChangeRequestIsAccepted() {
        for (TicketKind kind : new TicketKind[] {TicketKind.INCIDENT, TicketKind.INFORMATION_REQUEST}) {
            TroubleTicket ticket = TroubleTicket.receive(Tickets.report(kind, TicketPriority.LOW,
                    ReceptionChannel.PORTAL), ALICE, AT_RECEPTION);
            assertConflict(() -> ticket.requireChangeAcceptable(SELMA));
            assertConflict(() -> ticket.acceptChange(SELMA, "order-1", "quantity 4 (was 2)", LATER));
            assertNull(ticket.getChangeOrderId());
            assertEquals(TicketStatus.ACKNOWLEDGED, ticket.getStatus());
        }
    }

    @Test
    void anEndedOrResolvedChangeRequestIsNotAccepted() {
        TroubleTicket cancelled = changeRequest();
        cancelled.cancel(ALICE, "Not needed any more.", AT_RECEPTION);
        assertConflict(() -> cancelled.requireChangeAcceptable(SELMA));

        TroubleTicket rejected = changeRequest();
        rejected.reject(SAM, "Not possible in that region.", AT_RECEPTION);
        assertConflict(() -> rejected.acceptChange(SELMA, "order-1", "quantity 4 (was 2)", LATER));

        TroubleTicket resolved = changeRequest();
        resolved.startWork(SAM, AT_RECEPTION);
        resolved.resolve(SAM, "Explained how to do it in the portal.", null, AT_RECEPTION);
        assertConflict(() -> resolved.requireChangeAcceptable(SELMA));
        assertNull(resolved.getChangeOrderId());
    }

    @Test
    void onlyProviderStaffAcceptAndScheduledWorkNever() {
        TroubleTicket ticket = changeRequest();

        assertRefused(ErrorCode.FORBIDDEN, null, () -> ticket.requireChangeAcceptable(ALICE));
        assertRefused(ErrorCode.FORBIDDEN, null, () -> ticket.acceptChange(ALICE, "order-1", "quantity 4", LATER));
        assertRefused(ErrorCode.FORBIDDEN, null, () -> ticket.acceptChange(JOB, "order-1", "quantity 4", LATER));
        assertNull(ticket.getChangeOrderId());
    }

    @Test
    void theOrderAndTheChangeMustBeNamed() {
        TroubleTicket ticket = changeRequest();

        assertRefused(ErrorCode.VALIDATION, "orderId", () -> ticket.acceptChange(SELMA, " ", "quantity 4", LATER));
        assertRefused(ErrorCode.VALIDATION, "change", () -> ticket.acceptChange(SELMA, "order-1", "", LATER));
        assertNull(ticket.getChangeOrderId());
        assertEquals(TicketStatus.ACKNOWLEDGED, ticket.getStatus());
    }

    @Test
    void whenTheChangeOrderFinishesCloudCareTellsTheCustomerOncePerOutcome() {
        TroubleTicket ticket = changeRequest();
        ticket.acceptChange(SELMA, "order-1", "quantity 4 (was 2)", LATER);
        Actor fulfilment = Actor.system("order fulfilment");

        DiagnosticNote note = ticket.noteChangeOrderOutcome(fulfilment, "order-1", "completed", LATER).orElseThrow();

        assertTrue(note.isCustomerVisible());
        assertEquals("order fulfilment", note.getAuthor());
        assertEquals(ActorKind.SYSTEM, note.getAuthorKind());
        assertTrue(note.getText().contains("order-1") && note.getText().contains("completed"), note.getText());
        assertTrue(ticket.noteChangeOrderOutcome(fulfilment, "order-1", "completed", LATER).isEmpty(),
                "a redelivered event adds nothing");
        assertTrue(ticket.noteChangeOrderOutcome(fulfilment, "order-2", "failed", LATER).isEmpty(),
                "not this ticket's order");
        assertEquals(2, ticket.getCustomerVisibleNotes().size(), "the acceptance's and the outcome's");
        assertEquals(TicketStatus.IN_PROGRESS, ticket.getStatus(), "the provider resolves; the order only tells");
    }

    @Test
    void aTicketNotAcceptedAsAnOrderGetsNoOutcomeAndOnlyCloudCareReportsOne() {
        TroubleTicket ticket = changeRequest();
        assertTrue(ticket.noteChangeOrderOutcome(Actor.system("order fulfilment"), "order-1", "completed", LATER)
                .isEmpty());
        ticket.acceptChange(SELMA, "order-1", "quantity 4 (was 2)", LATER);
        assertRefused(ErrorCode.FORBIDDEN, null, () -> ticket.noteChangeOrderOutcome(SELMA, "order-1", "completed",
                LATER));
        assertRefused(ErrorCode.FORBIDDEN, null, () -> ticket.noteChangeOrderOutcome(ALICE, "order-1", "completed",
                LATER));
        assertEquals(1, ticket.getNotes().size());
    }
}
