package org.cloudcare.sla.control;

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
 * Ends the terms of agreements once, across all instances and restarts (ISO/TS 23535 5.15): every ten minutes (a
 * non-persistent timer on each instance) it claims the {@value #LEASE_KEY} lease ({@link Leases}), so one instance at
 * a time looks for active agreements whose expiry date has passed; each is renewed or expired in its own transaction
 * under a row lock ({@link AgreementRenewals}), which reads the agreement again, so a second run finds nothing due.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AgreementLifecycleJob {

    static final String LEASE_KEY = "sla-agreement-lifecycle";
    static final Duration LEASE = Duration.ofMinutes(5);
    static final int BATCH = 100;
    private static final Logger LOG = Logger.getLogger(AgreementLifecycleJob.class.getName());

    @Inject
    Leases leases;

    @Inject
    AgreementRenewals renewals;

    @Inject
    Clock clock;

    @Schedule(second = "45", minute = "*/10", hour = "*", persistent = false, info = "agreement renewal and expiry")
    void onSchedule() {
        try {
            runOnce();
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "Agreement lifecycle run failed; the next run tries again.", failure);
        }
    }

    /**
     * One run: renews or expires every agreement due, if this instance gets the lease. Returns how many changed; 0
     * when another run holds the lease.
     */
    public int runOnce() {
        Optional<Lease> lease = leases.tryAcquire(LEASE_KEY, LEASE);
        if (lease.isEmpty()) {
            return 0;
        }
        int changed = 0;
        try {
            List<String> due;
            do {
                due = renewals.due(clock.instant(), BATCH);
                int before = changed;
                for (String agreementId : due) {
                    try {
                        changed += renewals.renewOrExpire(agreementId) ? 1 : 0;
                    } catch (RuntimeException failure) {
                        LOG.log(Level.WARNING, "Could not renew or expire agreement " + agreementId
                                + "; the next run tries again.", failure);
                    }
                }
                if (changed == before) {
                    break; // nothing moved (failures only): leave the rest to the next run
                }
            } while (due.size() == BATCH);
        } finally {
            leases.release(lease.get());
        }
        return changed;
    }
}
