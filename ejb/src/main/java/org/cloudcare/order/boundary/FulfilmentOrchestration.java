package org.cloudcare.order.boundary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.cloudcare.order.entity.CustomerOrderState;
import org.cloudcare.order.entity.ProductOrderState;
import org.cloudcare.platform.claim.Lease;
import org.cloudcare.platform.claim.Leases;
import org.cloudcare.platform.input.CheckedInput;
import org.cloudcare.platform.time.Timestamps;

/**
 * The scheduled jobs of order orchestration, on every instance; all their state is in the database, so killing an
 * instance in the middle of an order loses nothing and any instance carries on.
 * <ul>
 * <li><b>Fulfilment steps</b> (every two seconds): product orders whose automatic step is due
 * ({@code product_order.next_step_at}) are each claimed through the platform's lease on {@code fulfilment:<id>}
 * ({@link Leases}) and stepped in a transaction of their own ({@link CustomerOrders#takeFulfilmentStep}). The lease
 * keeps two instances from working on one product order at once, and is released after the step; the step itself
 * checks the row's version and due time under a lock on the order, so a step that was taken already (by an instance
 * that read the row just before, or by one whose lease ran out after a crash) is not taken again.</li>
 * <li><b>Jeopardy sweep</b> (every minute, one instance at a time through the lease {@code order-jeopardy-sweep}):
 * unfinished orders past their requested completion date, or with a product order expected to miss it, are flagged
 * ({@link CustomerOrders#assessJeopardy(String, Instant)}).</li>
 * </ul>
 * Runs as the container, without a caller; each change is made under the job's own identity. Its methods are open
 * ({@code @PermitAll}) because a timer has no caller, and no API reaches them.
 */
@Singleton
@CheckedInput
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FulfilmentOrchestration {

    /** Far longer than a step takes; after it, another instance takes a crashed instance's product order over. */
    static final Duration STEP_LEASE = Duration.ofMinutes(1);
    static final Duration SWEEP_LEASE = Duration.ofMinutes(5);
    static final int BATCH = 50;
    static final String JEOPARDY_SWEEP = "order-jeopardy-sweep";
    private static final Set<ProductOrderState> OPEN_PRODUCT_ORDERS = EnumSet.copyOf(
            Stream.of(ProductOrderState.values()).filter(state -> !state.isFinal()).toList());
    private static final Set<CustomerOrderState> OPEN_ORDERS = EnumSet.copyOf(
            Stream.of(CustomerOrderState.values()).filter(state -> !state.isFinal()).toList());
    private static final Logger LOG = Logger.getLogger(FulfilmentOrchestration.class.getName());

    @PersistenceContext(unitName = "cloudcare")
    EntityManager em;

    @Inject
    CustomerOrders orders;

    @Inject
    Leases leases;

    @Inject
    Clock clock;

    private final AtomicBoolean stepping = new AtomicBoolean();
    private final AtomicBoolean sweeping = new AtomicBoolean();

    @PermitAll
    @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false, info = "fulfilment steps")
    void onStepSchedule() {
        if (stepping.compareAndSet(false, true)) {
            try {
                takeDueSteps(clock.instant());
            } catch (RuntimeException failure) {
                LOG.log(Level.WARNING, "Fulfilment steps failed; the next run tries again.", failure);
            } finally {
                stepping.set(false);
            }
        }
    }

    @PermitAll
    @Schedule(minute = "*", hour = "*", persistent = false, info = "order jeopardy sweep")
    void onJeopardySchedule() {
        if (sweeping.compareAndSet(false, true)) {
            try {
                sweepJeopardy(clock.instant());
            } catch (RuntimeException failure) {
                LOG.log(Level.WARNING, "Jeopardy sweep failed; the next run tries again.", failure);
            } finally {
                sweeping.set(false);
            }
        }
    }

    /**
     * Takes the automatic steps due at {@code now} that this instance can claim; returns how many it took. A product
     * order claimed by another instance is left to it; one whose step fails stays due and is tried again next run.
     */
    @PermitAll
    public int takeDueSteps(Instant now) {
        int taken = 0;
        for (Object[] due : em.createQuery("SELECT p.id, p.version FROM ProductOrder p"
                + " WHERE p.nextStepAt <= :now AND p.state IN :open ORDER BY p.nextStepAt", Object[].class)
                .setParameter("now", Timestamps.at(now))
                .setParameter("open", OPEN_PRODUCT_ORDERS)
                .setMaxResults(BATCH).getResultList()) {
            String id = (String) due[0];
            long version = ((Number) due[1]).longValue();
            Optional<Lease> lease = leases.tryAcquire("fulfilment:" + id, STEP_LEASE);
            if (lease.isEmpty()) {
                continue; // another instance is at it
            }
            try {
                if (orders.takeFulfilmentStep(id, version, now)) {
                    taken++;
                }
            } catch (RuntimeException failure) {
                LOG.log(Level.WARNING, "Fulfilment step of product order " + id + " failed; it stays due.", failure);
            } finally {
                leases.release(lease.get());
            }
        }
        return taken;
    }

    /**
     * Flags the unfinished orders that are in jeopardy at {@code now}, if no other instance is sweeping; returns how
     * many flags changed.
     */
    @PermitAll
    public int sweepJeopardy(Instant now) {
        Optional<Lease> lease = leases.tryAcquire(JEOPARDY_SWEEP, SWEEP_LEASE);
        if (lease.isEmpty()) {
            return 0;
        }
        try {
            int changed = 0;
            for (String id : atRisk(now)) {
                if (orders.assessJeopardy(id, now)) {
                    changed++;
                }
            }
            return changed;
        } finally {
            leases.release(lease.get());
        }
    }

    /** Unfinished orders not flagged yet whose date has passed or with an open product order at risk. */
    private List<String> atRisk(Instant now) {
        return em.createQuery("SELECT o.id FROM CustomerOrder o WHERE o.jeopardySince IS NULL AND o.state IN :open"
                + " AND (o.requestedCompletionDate < :now OR EXISTS (SELECT p.id FROM ProductOrder p"
                + " WHERE p.orderId = o.id AND p.state IN :openProductOrders AND (p.requestedCompletionDate < :now"
                + " OR p.expectedCompletionDate > p.requestedCompletionDate)))", String.class)
                .setParameter("now", Timestamps.at(now))
                .setParameter("open", OPEN_ORDERS).setParameter("openProductOrders", OPEN_PRODUCT_ORDERS)
                .getResultList();
    }
}
