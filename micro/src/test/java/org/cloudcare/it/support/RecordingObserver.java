package org.cloudcare.it.support;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.cloudcare.platform.outbox.EventType;
import org.cloudcare.platform.outbox.OutboxEvent;

/**
 * An observer as a later business area would write one: sees every outbox event of the tests ({@code it.*}), refuses
 * the first attempts of {@code it.flaky} events as their payload asks, and remembers everything, including when the
 * publishing transactions committed ({@link EventPublisher} tells it).
 */
@ApplicationScoped
public class RecordingObserver {

    private final Map<String, List<Delivery>> deliveries = new ConcurrentHashMap<>();
    private final Map<String, Integer> qualified = new ConcurrentHashMap<>();
    private final Map<String, Instant> commits = new ConcurrentHashMap<>();

    @Resource
    TransactionSynchronizationRegistry transactions;

    void onEvery(@Observes OutboxEvent event) {
        if (!event.type().startsWith("it.")) {
            return;
        }
        Probe probe = event.payloadAs(Probe.class);
        boolean refuse = event.attempt() <= probe.failFirst();
        deliveries.computeIfAbsent(event.id(), id -> new CopyOnWriteArrayList<>()).add(new Delivery(event.id(),
                event.type(), event.attempt(), Instant.now(),
                transactions.getTransactionStatus() == Status.STATUS_ACTIVE, probe, refuse));
        if (refuse) {
            throw new IllegalStateException("flaky observer refuses attempt " + event.attempt());
        }
    }

    void onRecorded(@Observes @EventType(Probe.RECORDED) OutboxEvent event) {
        qualified.merge(event.id(), 1, Integer::sum);
    }

    /** Every attempt that reached this observer, refused ones included. */
    public List<Delivery> attemptsOf(String eventId) {
        return List.copyOf(deliveries.getOrDefault(eventId, List.of()));
    }

    /** The attempts this observer took (did not refuse). */
    public List<Delivery> deliveriesOf(String eventId) {
        return attemptsOf(eventId).stream().filter(delivery -> !delivery.refused()).toList();
    }

    /** How often the observer qualified with {@code @EventType("it.recorded")} saw the event. */
    public int qualifiedDeliveriesOf(String eventId) {
        return qualified.getOrDefault(eventId, 0);
    }

    public Instant committedAt(String eventId) {
        return commits.get(eventId);
    }

    void committed(String eventId, Instant at) {
        commits.put(eventId, at);
    }
}
