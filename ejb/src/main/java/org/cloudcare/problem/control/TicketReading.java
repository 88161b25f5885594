package org.cloudcare.problem.control;

import java.util.List;

import org.cloudcare.problem.entity.DiagnosticNote;
import org.cloudcare.problem.entity.TicketDeadline;
import org.cloudcare.problem.entity.TroubleTicket;

/**
 * A ticket as one caller may read it at one moment: its clocks against the agreed targets (empty when the subscription
 * has none) and the notes this caller may see - a customer's users never see internal notes.
 */
public record TicketReading(TroubleTicket ticket, List<TicketDeadline> deadlines, List<DiagnosticNote> notes) {
}
