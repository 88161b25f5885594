package org.cloudcare.sla.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Predicate;
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
 * Ends the terms of agreements and gives notice of their end once, across all instances and restarts (ISO/TS 23535
 * 5.15): every ten minutes (a non-persistent timer on each instance) it claims the {@value #LEASE_KEY} lease
 * ({@link Leases}), so one instance at a time looks for active agreements whose expiry date has passed, and then for
 * those whose expiry notice date has come without a notice for the current term; each is renewed or expired, or sent
 * its notice, in its own transaction under a row lock ({@link AgreementRenewals}), which reads the agreement again, so
 * a second run finds nothing due. The notice is kept on the agreement ({@code expiry_notice_sent_at}), so neither a
 * restart nor another instance sends it again.
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

    @Schedule(second = "45", minute = "*/10", hour = "*", persistent = false, info = "agreement renewal, expiry and notice")
    void onSchedule() {
        try {
            runOnce();
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "Agreement lifecycle run failed; the next run tries again.", failure);
        }
    }

    /**
     * One run: renews or expires every agreement due, then sends the expiry notices due (of the terms that go on
     * after the renewals too), if this instance gets the lease. Returns how many agreements changed (renewals, expiries
     * and notices); 0 when another run holds the lease.
     */
    public int runOnce() {
        Optional<Lease> lease = leases.tryAcquire(LEASE_KEY, LEASE);
        if (lease.isEmpty()) {
            return 0;
        }
        try {
            return work(renewals::due, renewals::renewOrExpire, "renew or expire")
                    + work(renewals::noticeDue, renewals::sendExpiryNotice, "send the expiry notice of");
        } finally {
            leases.release(lease.get());
        }
    }

    /** Does one kind of due work batch by batch, each agreement in its own transaction; returns how many changed. */
    private int work(BiFunction<Instant, Integer, List<String>> dueAt, Predicate<String> step, String what) {
        int changed = 0;
        List<String> due;
        do {
            due = dueAt.apply(clock.instant(), BATCH);
            int before = changed;
            for (String agreementId : due) {
                try {
                    changed += step.test(agreementId) ? 1 : 0;
                } catch (RuntimeException failure) {
                    LOG.log(Level.WARNING, "Could not " + what + " agreement " + agreementId
                            + "; the next run tries again.", failure);
                }
            }
            if (changed == before) {
                break; // nothing moved (failures only): leave the rest to the next run
            }
        } while (due.size() == BATCH);
        return changed;
    }
}
