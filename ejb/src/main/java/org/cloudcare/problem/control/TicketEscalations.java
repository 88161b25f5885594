package org.cloudcare.problem.control;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.cloudcare.audit.control.AuditLog;
import org.cloudcare.platform.outbox.Outbox;
import org.cloudcare.platform.persistence.Flush;
import org.cloudcare.problem.entity.Actor;
import org.cloudcare.problem.entity.DeadlineKind;
import org.cloudcare.problem.entity.ProblemAuditAction;
import org.cloudcare.problem.entity.TicketEscalated;
import org.cloudcare.problem.entity.TicketStatus;
import org.cloudcare.problem.entity.TicketTargets;
import org.cloudcare.problem.entity.TroubleTicket;

/**
 * Escalates the missed deadlines of one ticket, in a transaction of its own so that one ticket's failure does not undo
 * the others': the ticket row is locked, its breaches are read again under the lock (another instance may have
 * escalated them meanwhile), each is escalated - priority one step up, recorded, the service manager told through the
 * outbox ({@link TicketEscalated}) - and the ticket's next deadlines are planned again. The unique key on
 * (ticket, deadline kind) is the last guard: a second escalation of one deadline cannot commit.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class TicketEscalations {

    /** The states whose clocks can run: only their tickets are looked at. */
    static final List<TicketStatus> RUNNING = List.of(TicketStatus.ACKNOWLEDGED, TicketStatus.IN_PROGRESS,
            TicketStatus.HELD);

    @PersistenceContext(unitName = "cloudcare")
    EntityManager em;

    @Inject
    TicketTerms terms;

    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** The ids of tickets with a deadline not escalated yet that has passed at {@code now}, earliest first. */
    public List<String> due(Instant now, int max) {
        return em.createQuery("SELECT t.id FROM TroubleTicket t WHERE t.escalationDueAt <= :now"
                + " AND t.status IN :running ORDER BY t.escalationDueAt, t.id", String.class)
                .setParameter("now", now.atOffset(ZoneOffset.UTC)).setParameter("running", RUNNING)
                .setMaxResults(max).getResultList();
    }

    /** Escalates what this ticket has missed and not escalated yet; returns how many deadlines were escalated. */
    public int escalate(String ticketId) {
        TroubleTicket ticket = em.find(TroubleTicket.class, ticketId, LockModeType.PESSIMISTIC_WRITE);
        if (ticket == null) {
            return 0;
        }
        TicketTargets targets = terms.of(ticket.getSubscriptionId());
        Instant now = clock.instant();
        int escalated = 0;
        if (targets != null) {
            for (DeadlineKind kind : ticket.breachesToEscalate(targets, now)) {
                TicketEscalated event = ticket.escalate(kind, targets, clock);
                audit.recordScheduled(Actor.ESCALATION_JOB, ProblemAuditAction.TICKET_ESCALATED, ticket,
                        kind.name().toLowerCase() + " deadline " + event.deadline() + " missed; priority "
                                + event.fromPriority() + " -> " + event.toPriority());
                outbox.publish(event);
                escalated++;
            }
        }
        ticket.plan(targets, now);
        Flush.now(em, TroubleTicket.TYPE + " " + ticket.getId(), Map.of());
        return escalated;
    }
}
