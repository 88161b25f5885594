package org.cloudcare.platform.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.cloudcare.platform.claim.InstanceName;
import org.cloudcare.platform.time.Timestamps;

/**
 * Delivers committed outbox events, on every instance: every five seconds (a non-persistent timer, so each instance
 * has its own) and right after a publishing transaction commits ({@link RelayNudge}). Each run claims due events in
 * small batches through the database ({@link OutboxClaims}), so concurrent runs here or on other instances never
 * deliver the same event twice, and delivers a claimed batch in one transaction, or, when one of its events fails,
 * each event in its own ({@link OutboxDelivery}). A failed delivery is retried with the {@link RetryPolicy#STANDARD}
 * backoff and logged in {@code outbox_delivery}.
 *
 * <p>The relay runs as the container, without a caller. It keeps no state that matters: the flags below only avoid
 * two overlapping runs on one instance.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxRelay {

    /** Events claimed and delivered together: a month's violations come by the thousand. */
    static final int BATCH = 100;
    static final int MAX_BATCHES_PER_RUN = 25;
    /** Far longer than a delivery should take; after it, another instance takes the event over. */
    static final Duration LEASE = Duration.ofMinutes(2);
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());

    @Inject
    OutboxClaims claims;

    @Inject
    OutboxDelivery delivery;

    @Inject
    InstanceName instance;

    @Inject
    Clock clock;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean requested = new AtomicBoolean();

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false, info = "outbox relay")
    void onSchedule() {
        runOnce();
    }

    /** Starts a run in the background (after a commit that published events). */
    @Asynchronous
    public void nudge() {
        runOnce();
    }

    /**
     * Claims and delivers what is due now. When a run is already going on here, asks it to go round once more and
     * returns 0 at once. Returns how many events this call delivered.
     */
    public int runOnce() {
        requested.set(true);
        int delivered = 0;
        while (requested.get() && running.compareAndSet(false, true)) {
            try {
                requested.set(false);
                delivered += drain();
            } catch (RuntimeException failure) {
                LOG.log(Level.WARNING, "Outbox relay run failed; the next run tries again.", failure);
            } finally {
                running.set(false);
            }
        }
        return delivered;
    }

    /** One attempt to deliver a claimed event; records a failure with its backoff. */
    public DeliveryOutcome deliver(Claim claim) {
        OffsetDateTime startedAt = Timestamps.now(clock);
        try {
            return delivery.deliver(claim, startedAt) ? DeliveryOutcome.DELIVERED : DeliveryOutcome.LEASE_LOST;
        } catch (RuntimeException failure) {
            String error = failure instanceof DeliveryFailedException ? failure.getMessage()
                    : DeliveryFailedException.describe(failure);
            DeliveryOutcome outcome = delivery.recordFailure(claim, startedAt, error, RetryPolicy.STANDARD);
            String message = "Outbox event " + claim.event().id() + " (" + claim.event().type() + ") attempt "
                    + claim.event().attempt() + " by " + claim.instance() + ": " + outcome + ": " + error;
            if (outcome == DeliveryOutcome.GAVE_UP) {
                LOG.log(Level.SEVERE, message, failure);
            } else {
                LOG.info(message);
            }
            return outcome;
        }
    }

    /** The batch in one transaction; when that fails, each event on its own (so only the failing one fails). */
    private int deliverBatch(List<Claim> claimed) {
        if (claimed.size() > 1) {
            try {
                return delivery.deliverAll(claimed, Timestamps.now(clock));
            } catch (RuntimeException failure) {
                LOG.log(Level.FINE, "Outbox batch failed; delivering its events one by one.", failure);
            }
        }
        int delivered = 0;
        for (Claim claim : claimed) {
            if (deliver(claim) == DeliveryOutcome.DELIVERED) {
                delivered++;
            }
        }
        return delivered;
    }

    private int drain() {
        int delivered = 0;
        for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
            List<Claim> claimed = claims.claim(instance.get(), Timestamps.now(clock), BATCH, LEASE);
            delivered += deliverBatch(claimed);
            if (claimed.size() < BATCH) {
                break;
            }
        }
        return delivered;
    }
}
