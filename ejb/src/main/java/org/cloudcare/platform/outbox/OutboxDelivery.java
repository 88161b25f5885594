package org.cloudcare.platform.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.cloudcare.platform.time.Timestamps;

/**
 * The transactions around delivery attempts: {@link #deliver} (delivered mark, target, log line, all or nothing; or
 * {@link #deliverAll} for a batch) and, when that failed, {@link #recordFailure} (attempt count, backoff, log line). Both change the event only
 * while the claim token is still the caller's.
 */
@Stateless
@PermitAll
public class OutboxDelivery {

    @PersistenceContext(unitName = "cloudcare")
    EntityManager em;

    @Inject
    DeliveryTarget target;

    @Inject
    Clock clock;

    /**
     * Marks the event delivered, hands it to the target and logs the attempt, in one new transaction. The mark comes
     * first: it fails (returns false, nothing delivered) when another instance took the lease over, and it holds the
     * row lock while the target runs. When the target throws, everything here rolls back and the relay gets a
     * {@link DeliveryFailedException}.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean deliver(Claim claim, OffsetDateTime startedAt) {
        return deliverInTransaction(claim, startedAt);
    }

    /**
     * As {@link #deliver} for each of a claimed batch, all in one new transaction: one commit for the batch instead
     * of one per event (a burst of events, such as a month's violations, was delivered at a commit each, most of the
     * relay's cost). Returns how many were delivered (those whose lease was lost are skipped). When any target throws,
     * the whole batch rolls back and the relay delivers its events one by one, so a failing event still fails alone.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int deliverAll(List<Claim> claims, OffsetDateTime startedAt) {
        int delivered = 0;
        for (Claim claim : claims) {
            if (deliverInTransaction(claim, startedAt)) {
                delivered++;
            }
        }
        return delivered;
    }

    private boolean deliverInTransaction(Claim claim, OffsetDateTime startedAt) {
        int marked = em.createQuery("UPDATE OutboxEntry e SET e.status = :delivered, e.deliveredAt = :now,"
                + " e.attempts = :attempt, e.lastError = NULL, e.claimedUntil = NULL"
                + " WHERE e.id = :id AND e.claimToken = :token AND e.status = :pending")
                .setParameter("delivered", EventStatus.DELIVERED)
                .setParameter("now", startedAt)
                .setParameter("attempt", claim.event().attempt())
                .setParameter("id", claim.event().id())
                .setParameter("token", claim.token())
                .setParameter("pending", EventStatus.PENDING)
                .executeUpdate();
        if (marked == 0) {
            return false;
        }
        try {
            target.deliver(claim.event());
        } catch (RuntimeException refused) {
            throw new DeliveryFailedException(refused);
        }
        em.persist(new DeliveryAttempt(claim, startedAt, Timestamps.now(clock), DeliveryOutcome.DELIVERED, null));
        return true;
    }

    /**
     * Records a failed attempt in a new transaction: the event waits for the policy's backoff with its lease released,
     * or, after the last attempt, is {@link EventStatus#FAILED}. The log line is written even when the lease was lost
     * meanwhile, because the attempt did happen.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public DeliveryOutcome recordFailure(Claim claim, OffsetDateTime startedAt, String error, RetryPolicy policy) {
        OffsetDateTime now = Timestamps.now(clock);
        int attempt = claim.event().attempt();
        Optional<Duration> delay = policy.delayAfter(attempt);
        DeliveryOutcome outcome = delay.isPresent() ? DeliveryOutcome.FAILED : DeliveryOutcome.GAVE_UP;
        em.createQuery("UPDATE OutboxEntry e SET e.status = :status, e.attempts = :attempt,"
                + " e.nextAttemptAt = :next, e.lastError = :error, e.claimToken = NULL, e.claimedUntil = NULL"
                + " WHERE e.id = :id AND e.claimToken = :token AND e.status = :pending")
                .setParameter("status", delay.isPresent() ? EventStatus.PENDING : EventStatus.FAILED)
                .setParameter("attempt", attempt)
                .setParameter("next", delay.map(now::plus).orElse(now))
                .setParameter("error", OutboxEntry.truncateError(error))
                .setParameter("id", claim.event().id())
                .setParameter("token", claim.token())
                .setParameter("pending", EventStatus.PENDING)
                .executeUpdate();
        em.persist(new DeliveryAttempt(claim, startedAt, now, outcome, error));
        return outcome;
    }
}
