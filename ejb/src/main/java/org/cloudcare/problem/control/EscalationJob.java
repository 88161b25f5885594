package org.cloudcare.problem.control;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.cloudcare.platform.claim.Lease;
import org.cloudcare.platform.claim.Leases;

/**
 * Escalates missed ticket deadlines once, across all instances and restarts: every minute (a non-persistent timer on
 * each instance) it claims the {@value #LEASE_KEY} lease ({@link Leases}), so one instance at a time looks for due
 * tickets; each ticket is escalated in its own transaction under a row lock ({@link TicketEscalations}), which reads
 * the ticket's escalations again, and the unique key of an escalation per deadline refuses any second one. The lease
 * is given back at the end of a run; if an instance dies holding it, another takes it over when it runs out.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EscalationJob {

    static final String LEASE_KEY = "problem-escalation";
    static final Duration LEASE = Duration.ofMinutes(2);
    static final int BATCH = 100;
    private static final Logger LOG = Logger.getLogger(EscalationJob.class.getName());

    @Inject
    Leases leases;

    @Inject
    TicketEscalations escalations;

    @Inject
    Clock clock;

    @Schedule(second = "30", minute = "*", hour = "*", persistent = false, info = "ticket escalation")
    void onSchedule() {
        try {
            runOnce();
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "Ticket escalation run failed; the next run tries again.", failure);
        }
    }

    /**
     * One run: escalates every due ticket if this instance gets the lease. Returns how many deadlines it escalated;
     * 0 when another run holds the lease.
     */
    public int runOnce() {
        Optional<Lease> lease = leases.tryAcquire(LEASE_KEY, LEASE);
        if (lease.isEmpty()) {
            return 0;
        }
        int escalated = 0;
        try {
            List<String> due = escalations.due(clock.instant(), BATCH);
            for (String ticketId : due) {
                try {
                    escalated += escalations.escalate(ticketId);
                } catch (RuntimeException failure) {
                    // one ticket's failure (e.g. a concurrent change) does not stop the others; the next run retries
                    LOG.log(Level.WARNING, "Could not escalate ticket " + ticketId + "; the next run tries again.",
                            failure);
                }
            }
        } finally {
            leases.release(lease.get());
        }
        return escalated;
    }
}
