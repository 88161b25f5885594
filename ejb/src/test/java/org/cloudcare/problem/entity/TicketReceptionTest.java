package org.cloudcare.problem.entity;

import static org.cloudcare.problem.entity.Tickets.ALICE;
import static org.cloudcare.problem.entity.Tickets.AT_RECEPTION;
import static org.cloudcare.problem.entity.Tickets.HUGO;
import static org.cloudcare.problem.entity.Tickets.JOB;
import static org.cloudcare.problem.entity.Tickets.SAM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cloudcare.platform.error.ErrorCode;
import org.cloudcare.platform.error.InvalidInput;
import org.cloudcare.platform.error.Reasons;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TicketReceptionTest {

    private static List<String> fields(Reasons violations) {
        return violations.list().stream().map(InvalidInput.Reason::field).toList();
    }

    @Test
    void aCustomerReportThroughThePortalIsReceivedWithEverythingItSays() {
        TroubleTicket ticket = TroubleTicket.receive(Tickets.report(TicketKind.INCIDENT, TicketPriority.HIGH,
                ReceptionChannel.PORTAL), ALICE, AT_RECEPTION);
        assertEquals("riverside", ticket.getTenant());
        assertEquals("sub-1", ticket.getSubscriptionId());
        assertEquals("agr-1", ticket.getAgreementId());
        assertEquals(TicketKind.INCIDENT, ticket.getKind());
        assertEquals("availability", ticket.getTicketType());
        assertEquals(TicketSeverity.MAJOR, ticket.getSeverity());
        assertEquals(TicketPriority.HIGH, ticket.getPriority());
        assertEquals(TicketImpact.DEPARTMENT, ticket.getImpact());
        assertEquals(ReceptionChannel.PORTAL, ticket.getChannel());
        assertEquals("alice", ticket.getRecordedBy());
        assertFalse(ticket.isOnBehalfOfCustomer());
        assertEquals("screenshot", ticket.getAttachments().get(0).getName());
        assertEquals("https://files.riverside.example/screenshot.png", ticket.getAttachments().get(0).getUrl());
    }

    @ParameterizedTest
    @EnumSource(ReceptionChannel.class)
    void staffRecordATicketOnTheCustomersBehalfFromAnyChannelAndTheChannelIsKept(ReceptionChannel channel) {
        TroubleTicket ticket = TroubleTicket.receive(Tickets.report(TicketKind.INFORMATION_REQUEST,
                TicketPriority.LOW, channel), SAM, AT_RECEPTION);
        assertEquals(channel, ticket.getChannel());
        assertTrue(ticket.isOnBehalfOfCustomer());
        assertEquals("sam", ticket.getRecordedBy());
    }

    @Test
    void aCustomerReportsOnlyThroughThePortal() {
        Reasons violations = Tickets.report(TicketKind.INCIDENT, TicketPriority.LOW, ReceptionChannel.PHONE)
                .violations(ALICE);
        assertEquals(List.of("channel"), fields(violations));
    }

    @Test
    void aCustomerReportsOnlyForTheirOwnCustomer() {
        Reasons violations = Tickets.report(TicketKind.INCIDENT, TicketPriority.LOW, ReceptionChannel.PORTAL)
                .violations(HUGO);
        assertEquals(List.of("tenant"), fields(violations));
    }

    @Test
    void scheduledWorkReportsNothing() {
        assertEquals(List.of("actor"), fields(Tickets.report(TicketKind.INCIDENT, TicketPriority.LOW,
                ReceptionChannel.EMAIL).violations(JOB)));
    }

    @Test
    void everyReasonIsNamedAtOnce() {
        TicketReport empty = new TicketReport(" ", null, null, null, "", null, null, null, "   ", null,
                List.of(new TicketReport.Attachment("ftp://files.example/x", ""),
                        new TicketReport.Attachment("not a url", "log")));
        InvalidInput refusal = assertThrows(InvalidInput.class,
                () -> TroubleTicket.receive(empty, SAM, AT_RECEPTION));
        assertEquals(ErrorCode.VALIDATION, refusal.code());
        assertEquals("tenant", refusal.field());
        assertEquals(List.of("tenant", "subscriptionId", "kind", "ticketType", "severity", "priority", "impact",
                "description", "channel", "attachments[0].url", "attachments[0].name", "attachments[1].url"),
                refusal.reasons().stream().map(InvalidInput.Reason::field).toList());
        assertTrue(refusal.getMessage().contains("The description must not be empty."));
    }

    @Test
    void tooLongTextsAndTooManyAttachmentsAreRefused() {
        List<TicketReport.Attachment> many = java.util.Collections.nCopies(TicketReport.MAX_ATTACHMENTS + 1,
                new TicketReport.Attachment("https://x.example/a", "a"));
        TicketReport report = new TicketReport("riverside", "sub-1", "x".repeat(37), TicketKind.INCIDENT,
                "t".repeat(101), TicketSeverity.MINOR, TicketPriority.LOW, TicketImpact.INDIVIDUAL,
                "d".repeat(TicketReport.MAX_DESCRIPTION + 1), ReceptionChannel.EMAIL, many);
        assertEquals(List.of("agreementId", "ticketType", "description", "attachments"),
                fields(report.violations(SAM)));
    }

    @Test
    void theBoundaryAddsWhatOnlyItKnowsBeforeRefusing() {
        Reasons violations = Tickets.report(TicketKind.INCIDENT, TicketPriority.LOW, ReceptionChannel.PORTAL)
                .violations(ALICE);
        assertTrue(violations.isEmpty());
        violations.add("subscriptionId", "Subscription sub-1 does not exist.");
        InvalidInput refusal = assertThrows(InvalidInput.class, violations::throwIfAny);
        assertEquals("subscriptionId", refusal.field());
    }

    @Test
    void theTextsAreTrimmed() {
        TicketReport report = new TicketReport("riverside", " sub-1 ", null, TicketKind.INCIDENT, " network ",
                TicketSeverity.MINOR, TicketPriority.LOW, TicketImpact.INDIVIDUAL, "  slow  ", ReceptionChannel.CHAT,
                null);
        TroubleTicket ticket = TroubleTicket.receive(report, SAM, AT_RECEPTION);
        assertEquals("sub-1", ticket.getSubscriptionId());
        assertEquals("network", ticket.getTicketType());
        assertEquals("slow", ticket.getDescription());
        assertEquals(null, ticket.getAgreementId());
        assertTrue(ticket.getAttachments().isEmpty());
    }
}
