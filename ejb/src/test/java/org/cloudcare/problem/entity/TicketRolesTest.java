package org.cloudcare.problem.entity;

import static org.cloudcare.platform.error.Refusals.assertInvalid;
import static org.cloudcare.platform.error.Refusals.assertRefused;
import static org.cloudcare.problem.entity.Tickets.ALICE;
import static org.cloudcare.problem.entity.Tickets.AT_RECEPTION;
import static org.cloudcare.problem.entity.Tickets.HUGO;
import static org.cloudcare.problem.entity.Tickets.JOB;
import static org.cloudcare.problem.entity.Tickets.SAM;
import static org.cloudcare.problem.entity.Tickets.in;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cloudcare.platform.error.ErrorCode;
import org.cloudcare.platform.error.InvalidInput;
import org.junit.jupiter.api.Test;

class TicketRolesTest {

    private static void assertForbidden(org.junit.jupiter.api.function.Executable action) {
        assertRefused(ErrorCode.FORBIDDEN, null, action);
    }

    @Test
    void aCustomerCannotResolveTheirOwnTicket() {
        TroubleTicket ticket = in(TicketStatus.IN_PROGRESS);
        assertForbidden(() -> ticket.resolve(ALICE, "It works again.", null, AT_RECEPTION));
        assertEquals(TicketStatus.IN_PROGRESS, ticket.getStatus());
    }

    @Test
    void onlyProviderStaffWorkHoldWaitAndReject() {
        assertForbidden(() -> in(TicketStatus.ACKNOWLEDGED).startWork(ALICE, AT_RECEPTION));
        assertForbidden(() -> in(TicketStatus.ACKNOWLEDGED).reject(ALICE, "no", AT_RECEPTION));
        assertForbidden(() -> in(TicketStatus.IN_PROGRESS).hold(ALICE, "wait", AT_RECEPTION));
        assertForbidden(() -> in(TicketStatus.IN_PROGRESS).waitForCustomer(ALICE, "wait", AT_RECEPTION));
        assertForbidden(() -> in(TicketStatus.IN_PROGRESS).resolve(JOB, "done", null, AT_RECEPTION));
    }

    @Test
    void staffCannotCloseOnTheCustomersBehalfWithoutRecordingTheAcceptance() {
        TroubleTicket ticket = in(TicketStatus.RESOLVED);
        assertInvalid("customerAcceptance", () -> ticket.close(SAM, null, null, null, AT_RECEPTION));
        assertInvalid("customerAcceptance", () -> ticket.close(SAM, "  ", 4, null, AT_RECEPTION));
        assertEquals(TicketStatus.RESOLVED, ticket.getStatus());
    }

    @Test
    void staffCloseOnTheCustomersBehalfByRecordingHowTheCustomerAccepted() {
        TroubleTicket ticket = in(TicketStatus.RESOLVED);
        ticket.close(SAM, "Confirmed by phone, Dr. Meier.", 4, "Took a while.", AT_RECEPTION);
        assertEquals(TicketStatus.CLOSED, ticket.getStatus());
        assertEquals("Confirmed by phone, Dr. Meier.", ticket.getCustomerAcceptance());
        assertEquals(4, ticket.getRating().orElseThrow().getScore());
        assertEquals(ActorKind.PROVIDER, ticket.getStatusChanges().get(3).getActorKind());
    }

    @Test
    void aCustomerClosesByAcceptingWithoutAnAcceptanceText() {
        TroubleTicket ticket = in(TicketStatus.RESOLVED);
        ticket.close(ALICE, null, 3, null, AT_RECEPTION);
        assertNull(ticket.getCustomerAcceptance());
        assertEquals(TicketStatus.CLOSED, ticket.getStatus());
    }

    @Test
    void aRatingOutsideOneToFiveIsRefusedTogetherWithAMissingAcceptance() {
        TroubleTicket ticket = in(TicketStatus.RESOLVED);
        InvalidInput refusal = (InvalidInput) assertInvalid("customerAcceptance",
                () -> ticket.close(SAM, null, 6, null, AT_RECEPTION));
        assertEquals(List.of("customerAcceptance", "rating.score"),
                refusal.reasons().stream().map(InvalidInput.Reason::field).toList());
        assertInvalid("rating.score", () -> ticket.close(ALICE, null, 0, null, AT_RECEPTION));
        assertInvalid("rating.score", () -> ticket.close(ALICE, null, null, "No score, just words.", AT_RECEPTION));
        assertEquals(TicketStatus.RESOLVED, ticket.getStatus());
    }

    @Test
    void aCustomerReopensOrCancelsButOnlyTheirOwnCustomersTickets() {
        assertForbidden(() -> in(TicketStatus.RESOLVED).reopen(HUGO, "not mine", AT_RECEPTION));
        assertForbidden(() -> in(TicketStatus.IN_PROGRESS).cancel(HUGO, "not mine", AT_RECEPTION));
        assertForbidden(() -> in(TicketStatus.RESOLVED).close(HUGO, null, 5, null, AT_RECEPTION));
        TroubleTicket ticket = in(TicketStatus.IN_PROGRESS);
        ticket.cancel(ALICE, "It works again.", AT_RECEPTION);
        assertEquals(TicketStatus.CANCELLED, ticket.getStatus());
    }

    @Test
    void aCustomerResumesATicketWaitingForThemButNotOneTheProviderHolds() {
        TroubleTicket pending = in(TicketStatus.PENDING);
        pending.resume(ALICE, "The study id is 4711.", AT_RECEPTION);
        assertEquals(TicketStatus.IN_PROGRESS, pending.getStatus());
        assertForbidden(() -> in(TicketStatus.HELD).resume(ALICE, "Hurry up.", AT_RECEPTION));
    }

    @Test
    void scheduledWorkNeitherClosesNorCancels() {
        assertForbidden(() -> in(TicketStatus.RESOLVED).close(JOB, "auto", null, null, AT_RECEPTION));
        assertForbidden(() -> in(TicketStatus.IN_PROGRESS).cancel(JOB, "auto", AT_RECEPTION));
    }

    @Test
    void customersWriteOnlyCustomerVisibleNotes() {
        TroubleTicket ticket = in(TicketStatus.IN_PROGRESS);
        assertForbidden(() -> ticket.addNote(ALICE, NoteVisibility.INTERNAL, "psst", AT_RECEPTION));
        ticket.addNote(ALICE, NoteVisibility.CUSTOMER_VISIBLE, "It fails since 9:00.", AT_RECEPTION);
        ticket.addNote(SAM, NoteVisibility.INTERNAL, "Gateway heap at 98 %.", AT_RECEPTION);
        assertEquals(2, ticket.getNotes().size());
        assertEquals(List.of("It fails since 9:00."),
                ticket.getCustomerVisibleNotes().stream().map(DiagnosticNote::getText).toList());
        assertEquals(ActorKind.CUSTOMER, ticket.getNotes().get(0).getAuthorKind());
        assertForbidden(() -> ticket.addNote(HUGO, NoteVisibility.CUSTOMER_VISIBLE, "hi", AT_RECEPTION));
        assertInvalid("text", () -> ticket.addNote(SAM, NoteVisibility.INTERNAL, " ", AT_RECEPTION));
    }

    @Test
    void staffRelateTicketsOnceAndNeverToItself() {
        TroubleTicket ticket = in(TicketStatus.IN_PROGRESS);
        assertTrue(ticket.relateTo(SAM, "other-ticket", AT_RECEPTION));
        assertFalse(ticket.relateTo(SAM, "other-ticket", AT_RECEPTION));
        assertInvalid("relatedTicketId", () -> ticket.relateTo(SAM, ticket.getId(), AT_RECEPTION));
        assertForbidden(() -> ticket.relateTo(ALICE, "third", AT_RECEPTION));
        assertEquals(1, ticket.getRelatedTicketIds().size());
    }

    @Test
    void staffRecordARootCauseAndAResolution() {
        TroubleTicket ticket = in(TicketStatus.IN_PROGRESS);
        ticket.recordRootCause(SAM, "Gateway memory leak.", AT_RECEPTION);
        assertForbidden(() -> ticket.recordRootCause(ALICE, "Bad luck.", AT_RECEPTION));
        assertInvalid("resolution", () -> ticket.resolve(SAM, "", null, AT_RECEPTION));
        ticket.resolve(SAM, "Patched the gateway.", null, AT_RECEPTION);
        assertEquals("Gateway memory leak.", ticket.getRootCause());
        assertEquals("Patched the gateway.", ticket.getResolution());
    }
}
