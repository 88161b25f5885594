package org.cloudcare.platform.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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
        return deliverAll(List.of(claim), startedAt) == 1;
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
        // the events of one claim share its token: one mark for all of them (the mark per event was most of a
        // burst's statements)
        Map<String, List<Claim>> byToken = claims.stream().collect(Collectors.groupingBy(Claim::token,
                LinkedHashMap::new, Collectors.toList()));
        for (List<Claim> claim : byToken.values()) {
            for (Claim marked : markDelivered(claim, startedAt)) {
                handOver(marked, startedAt);
                delivered++;
            }
        }
        return delivered;
    }

    /**
     * Marks the claim's events delivered where the claim still holds; answers those. An event whose lease another
     * instance took over keeps that instance's token and is left out.
     */
    private List<Claim> markDelivered(List<Claim> claim, OffsetDateTime startedAt) {
        List<String> ids = claim.stream().map(c -> c.event().id()).toList();
        String token = claim.get(0).token();
        int marked = em.createQuery("UPDATE OutboxEntry e SET e.status = :delivered, e.deliveredAt = :now,"
                + " e.attempts = e.attempts + 1, e.lastError = NULL, e.claimedUntil = NULL"
                + " WHERE e.id IN :ids AND e.claimToken = :token AND e.status = :pending")
                .setParameter("delivered", EventStatus.DELIVERED)
                .setParameter("now", startedAt)
                .setParameter("ids", ids)
                .setParameter("token", token)
                .setParameter("pending", EventStatus.PENDING)
                .executeUpdate();
        if (marked == ids.size()) {
            return claim;
        }
        Set<String> ours = Set.copyOf(em.createQuery("SELECT e.id FROM OutboxEntry e WHERE e.id IN :ids"
                + " AND e.claimToken = :token AND e.status = :delivered AND e.deliveredAt = :now", String.class)
                .setParameter("ids", ids)
                .setParameter("token", token)
                .setParameter("delivered", EventStatus.DELIVERED)
                .setParameter("now", startedAt)
                .getResultList());
        return claim.stream().filter(c -> ours.contains(c.event().id())).toList();
    }

    /** Hands a marked event to the target and logs the attempt; a refusal rolls the transaction back. */
    private void handOver(Claim claim, OffsetDateTime startedAt) {
        try {
            target.deliver(claim.event());
        } catch (RuntimeException refused) {
            throw new DeliveryFailedException(refused);
        }
        em.persist(new DeliveryAttempt(claim, startedAt, Timestamps.now(clock), DeliveryOutcome.DELIVERED, null));
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
