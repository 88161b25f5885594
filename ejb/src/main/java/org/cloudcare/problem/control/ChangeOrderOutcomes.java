package org.cloudcare.problem.control;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.cloudcare.audit.control.AuditLog;
import org.cloudcare.order.entity.CustomerOrderStateChanged;
import org.cloudcare.platform.outbox.EventType;
import org.cloudcare.platform.outbox.OutboxEvent;
import org.cloudcare.problem.entity.Actor;
import org.cloudcare.problem.entity.DiagnosticNote;
import org.cloudcare.problem.entity.ProblemAuditAction;
import org.cloudcare.problem.entity.TroubleTicket;

/**
 * Tells a change request's ticket what became of its {@code modify} order: when the order reaches a final state
 * (completed, partial, failed, cancelled), the ticket gets a note the customer sees, written by CloudCare itself
 * ({@link #JOB}) with an audit line. Observes the orders' {@code order.state-changed} through the outbox, in the
 * delivery transaction; the ticket adds each outcome once, so a redelivered event changes nothing.
 */
@ApplicationScoped
public class ChangeOrderOutcomes {

    /** Who writes the note and the audit line. */
    public static final String JOB = "order fulfilment";

    @PersistenceContext(unitName = "cloudcare")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    void onOrderStateChanged(@Observes @EventType(CustomerOrderStateChanged.TYPE) OutboxEvent event) {
        CustomerOrderStateChanged changed = event.payloadAs(CustomerOrderStateChanged.class);
        if (changed.to() == null || !changed.to().isFinal()) {
            return;
        }
        List<TroubleTicket> tickets = em.createQuery("SELECT t FROM TroubleTicket t WHERE t.changeOrderId = :order",
                TroubleTicket.class).setParameter("order", changed.orderId())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        for (TroubleTicket ticket : tickets) {
            ticket.noteChangeOrderOutcome(Actor.system(JOB), changed.orderId(), changed.to().tmfName(), clock)
                    .ifPresent(note -> noted(ticket, note));
        }
    }

    private void noted(TroubleTicket ticket, DiagnosticNote note) {
        em.flush();
        audit.recordScheduled(JOB, ProblemAuditAction.TICKET_NOTE_ADDED, ticket, "CUSTOMER_VISIBLE note "
                + note.getId() + ": change order finished");
    }
}
