package org.cloudcare.problem.entity;

/**
 * What accepting a change request did to the ticket: the acceptance to publish, the move to {@code inProgress} when the
 * ticket was not there yet (null otherwise), and the note that tells the customer.
 */
public record ChangeAcceptance(ChangeRequestAccepted accepted, TicketStatusChanged statusChange, DiagnosticNote note) {
}
