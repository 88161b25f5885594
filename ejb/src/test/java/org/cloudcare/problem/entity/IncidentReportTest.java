package org.cloudcare.problem.entity;

import static org.cloudcare.platform.error.Refusals.assertConflict;
import static org.cloudcare.platform.error.Refusals.assertInvalid;
import static org.cloudcare.platform.error.Refusals.assertRefused;
import static org.cloudcare.problem.entity.Tickets.ALICE;
import static org.cloudcare.problem.entity.Tickets.AT_RECEPTION;
import static org.cloudcare.problem.entity.Tickets.HUGO;
import static org.cloudcare.problem.entity.Tickets.SAM;
import static org.cloudcare.problem.entity.Tickets.in;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;

import org.cloudcare.platform.error.ErrorCode;
import org.junit.jupiter.api.Test;

class IncidentReportTest {

    private static final Actor ADAM = Actor.customer("adam", Tickets.TENANT);

    private static final List<ChronologyEntry> CHRONOLOGY = List.of(
            new ChronologyEntry(OffsetDateTime.parse("2025-06-11T09:00:00Z"), "Gateway restarted."),
            new ChronologyEntry(OffsetDateTime.parse("2025-06-11T08:05:00Z"), "Archive stopped answering."));

    private static IncidentReport conclusion() {
        return in(TicketStatus.RESOLVED).writeConclusionReport(SAM, "Imaging unavailable for one hour.", CHRONOLOGY,
                "The gateway ran out of memory.", "Memory limit raised; alert on heap use.", AT_RECEPTION);
    }

    @Test
    void anIncidentReportWhileTheIncidentLastsStatesImpactAndCauseSoFar() {
        TroubleTicket ticket = in(TicketStatus.IN_PROGRESS);
        IncidentReport report = ticket.writeIncidentReport(SAM, "No images in radiology.", "Gateway suspected.",
                AT_RECEPTION);
        assertEquals(IncidentReportKind.INCIDENT_REPORT, report.getKind());
        assertEquals(ticket.getId(), report.getTicketId());
        assertEquals("riverside", report.getTenant());
        assertEquals("Gateway suspected.", report.getCauseSoFar());
        assertFalse(report.isDelivered());
    }

    @Test
    void theConclusionReportWaitsForTheResolutionAndKeepsItsChronologyInOrder() {
        assertConflict(() -> in(TicketStatus.IN_PROGRESS).writeConclusionReport(SAM, "x", CHRONOLOGY, "x", "x",
                AT_RECEPTION));
        IncidentReport report = conclusion();
        assertEquals(IncidentReportKind.CONCLUSION_REPORT, report.getKind());
        assertEquals(List.of("Archive stopped answering.", "Gateway restarted."),
                report.getChronology().stream().map(ChronologyEntry::getText).toList());
        assertEquals("Memory leak in the gateway.", report.getCauseSoFar(), "the ticket's root cause");
    }

    @Test
    void aConclusionReportNeedsChronologyExplanationAndCountermeasures() {
        TroubleTicket ticket = in(TicketStatus.RESOLVED);
        assertInvalid("chronology", () -> ticket.writeConclusionReport(SAM, "x", List.of(), "x", "x", AT_RECEPTION));
        assertInvalid("explanation", () -> ticket.writeConclusionReport(SAM, "x", CHRONOLOGY, "", "x", AT_RECEPTION));
        assertInvalid("countermeasures",
                () -> ticket.writeConclusionReport(SAM, "x", CHRONOLOGY, "x", null, AT_RECEPTION));
    }

    @Test
    void onlyStaffWriteIncidentReportsAndOnlyAboutIncidents() {
        assertRefused(ErrorCode.FORBIDDEN, null, () -> in(TicketStatus.IN_PROGRESS).writeIncidentReport(ALICE, "x",
                "y", AT_RECEPTION));
        TroubleTicket question = TroubleTicket.receive(Tickets.report(TicketKind.INFORMATION_REQUEST,
                TicketPriority.LOW, ReceptionChannel.PORTAL), ALICE, AT_RECEPTION);
        assertConflict(() -> question.writeIncidentReport(SAM, "x", "y", AT_RECEPTION));
    }

    @Test
    void aReportIsDeliveredOnceWithAnEventForTheCustomersAdministrators() {
        IncidentReport report = conclusion();
        IncidentReportDelivered delivered = report.deliver(AT_RECEPTION);
        assertEquals(IncidentReportDelivered.TYPE, delivered.eventType());
        assertEquals("riverside", delivered.tenant());
        assertEquals(report.getId(), delivered.aggregateId());
        assertTrue(report.isDelivered());
        assertConflict(() -> report.deliver(AT_RECEPTION));
    }

    @Test
    void theCustomersAdministratorEvaluatesADeliveredReport() {
        IncidentReport report = conclusion();
        assertConflict(() -> report.evaluate(ADAM, "Acceptable.", null, AT_RECEPTION));
        report.deliver(AT_RECEPTION);
        assertRefused(ErrorCode.FORBIDDEN, null, () -> report.evaluate(SAM, "Fine.", null, AT_RECEPTION));
        assertRefused(ErrorCode.FORBIDDEN, null, () -> report.evaluate(HUGO, "Fine.", null, AT_RECEPTION));
        report.evaluate(ADAM, "Handled well, but too late.", "Twelve examinations postponed.", AT_RECEPTION);
        assertEquals("Handled well, but too late.", report.getCustomerEvaluation());
        assertEquals("Twelve examinations postponed.", report.getBusinessImpact());
        assertEquals("adam", report.getEvaluatedBy());
    }
}
