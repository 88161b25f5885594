package org.cloudcare.it.support;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.cloudcare.platform.outbox.DomainEvent;
import org.cloudcare.platform.outbox.Outbox;

/**
 * Plays a business boundary that publishes events in its transaction: committed, rolled back, held open while the
 * test looks, or parked until a later time (so that only the test's own relays, which pass that time, see them and
 * the application's scheduled relay leaves them alone).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class EventPublisher {

    @Inject
    Outbox outbox;

    @Inject
    RecordingObserver observer;

    @PersistenceContext(unitName = "cloudcare")
    EntityManager em;

    @Resource
    SessionContext context;

    @Resource
    TransactionSynchronizationRegistry transactions;

    public String publish(DomainEvent event) {
        return outbox.publish(event);
    }

    /** Publishes the events in one transaction. */
    public List<String> publishAll(List<? extends DomainEvent> events) {
        return events.stream().map(outbox::publish).toList();
    }

    /** Publishes in a transaction that then rolls back, as if a later step of the business change had failed. */
    public String publishAndRollBack(DomainEvent event) {
        String id = outbox.publish(event);
        context.setRollbackOnly();
        return id;
    }

    /**
     * Publishes, then runs {@code whileOpen} with the event id before the transaction commits; the observer learns
     * when the commit began (the last moment the transaction was still open), once it has succeeded.
     */
    public String publishAndHold(DomainEvent event, Consumer<String> whileOpen) {
        String id = outbox.publish(event);
        transactions.registerInterposedSynchronization(new Synchronization() {
            private Instant committing;

            @Override
            public void beforeCompletion() {
                committing = Instant.now();
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    observer.committed(id, committing);
                }
            }
        });
        whileOpen.accept(id);
        return id;
    }

    /** Publishes the events (committed) but makes them due only at {@code dueAt}. */
    public List<String> publishDueAt(List<? extends DomainEvent> events, OffsetDateTime dueAt) {
        List<String> ids = new ArrayList<>();
        for (DomainEvent event : events) {
            ids.add(outbox.publish(event));
        }
        em.flush();
        em.createQuery("UPDATE OutboxEntry e SET e.nextAttemptAt = :due WHERE e.id IN :ids")
                .setParameter("due", dueAt)
                .setParameter("ids", ids)
                .executeUpdate();
        return ids;
    }
}
