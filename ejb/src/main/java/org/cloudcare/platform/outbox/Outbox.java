package org.cloudcare.platform.outbox;

import java.time.Clock;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.cloudcare.platform.security.Roles;
import org.cloudcare.platform.time.Timestamps;

/**
 * The transactional outbox: a boundary {@link #publish}es a {@link DomainEvent} in the same transaction as the change
 * it announces, so the event exists exactly when the change does. Nothing is delivered before that transaction
 * commits: the {@link OutboxRelay} only sees committed rows, and it delivers each event once across all instances,
 * retrying failures with backoff. Observers receive an {@link OutboxEvent}, selected by {@link EventType}.
 */
@Stateless
public class Outbox {

    /** The key under which a transaction remembers that it will nudge the relay. */
    private static final Object NUDGED = Outbox.class.getName() + ".nudged";

    @PersistenceContext(unitName = "cloudcare")
    EntityManager em;

    @Inject
    Event<OutboxPublished> published;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    Clock clock;

    /**
     * Stores the event in the caller's transaction and returns its id. There must be a transaction
     * ({@code MANDATORY}): an event published outside one would be delivered for a change that may never commit.
     *
     * @throws IllegalArgumentException when the event's names are malformed or the payload is too large
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public String publish(DomainEvent event) {
        OutboxEntry entry = new OutboxEntry(event.eventType(), event.aggregateType(), event.aggregateId(),
                event.tenant(), EventJson.toJson(event), Timestamps.now(clock));
        em.persist(entry);
        // one nudge per transaction: each fired event is a synchronization with the transaction and an asynchronous
        // relay call after the commit, and a month's evaluation publishes thousands of events in a few transactions
        if (transactions.getResource(NUDGED) == null) {
            transactions.putResource(NUDGED, Boolean.TRUE);
            published.fire(new OutboxPublished(entry.getId()));
        }
        return entry.getId();
    }

    /** One event with its delivery state, or null when there is none with that id. */
    @RolesAllowed({Roles.CSP_OPERATIONS, Roles.CSP_SUPPORT})
    public OutboxEntry event(String id) {
        return em.find(OutboxEntry.class, id);
    }

    /** The delivery log of one event, first attempt first. */
    @RolesAllowed({Roles.CSP_OPERATIONS, Roles.CSP_SUPPORT})
    public List<DeliveryAttempt> attempts(String eventId) {
        return em.createQuery("SELECT a FROM DeliveryAttempt a WHERE a.eventId = :eventId"
                + " ORDER BY a.attempt, a.startedAt", DeliveryAttempt.class)
                .setParameter("eventId", eventId)
                .setMaxResults(1000)
                .getResultList();
    }
}
