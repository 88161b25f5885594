package org.cloudcare.platform.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.cloudcare.sla.control.MeasurementStore;
import org.cloudcare.sla.entity.MeasurementBatch;
import org.cloudcare.sla.entity.MeasurementSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A month of generated measurements for the demo subscriptions ({@link DemoMeasurements}: the previous calendar month
 * and the running one up to now, one breach of Riverside's virtual machine in the previous month), written as the
 * monitoring system's batches ({@code demo-<subscription id>}) through {@link MeasurementStore}'s JDBC batch inserts,
 * so the evaluation has something to evaluate. Skipped when any measurement batch exists; of several instances
 * starting at once the batch id lets one win and the others roll back. Switched off with
 * {@code CLOUDCARE_DEMO_DATA=false}.
 */
@Singleton
@Startup
@DependsOn("OrderDemoData")
public class MeasurementDemoData {

    private static final Logger LOG = Logger.getLogger(MeasurementDemoData.class.getName());
    private static final String ACTOR = "demo-data";

    @PersistenceContext(unitName = "cloudcare")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "cloudcare.demo-data", defaultValue = "true")
    boolean enabled;

    @Inject
    Clock clock;

    @Inject
    MeasurementStore store;

    @Resource
    SessionContext context;

    @PostConstruct
    void load() {
        if (!enabled || ((Number) em.createNativeQuery("SELECT COUNT(*) FROM sla_measurement_batch")
                .getSingleResult()).longValue() > 0) {
            return;
        }
        long started = System.nanoTime();
        // the subscriptions of the demo orders only, riverside's first
        List<Object[]> subscriptions = em.createQuery("SELECT s.id, s.tenant, o.code, s.startDate FROM Subscription s,"
                + " ProductOffering o, CustomerOrder c WHERE o.id = s.productOfferingId AND c.id = s.orderId"
                + " AND c.idempotencyKey LIKE 'demo-%' AND s.startDate IS NOT NULL ORDER BY s.tenant DESC, o.code, s.id",
                Object[].class).getResultList();
        Instant now = clock.instant();
        DemoMeasurements measurements = new DemoMeasurements(now);
        int rows = 0;
        boolean breachDone = false;
        for (int i = 0; i < subscriptions.size(); i++) {
            Object[] subscription = subscriptions.get(i);
            String id = (String) subscription[0];
            boolean breach = !breachDone && "riverside".equals(subscription[1])
                    && CatalogDemoData.VIRTUAL_MACHINE.equals(subscription[2]);
            breachDone |= breach;
            MeasurementSet set = measurements.of(id, ((OffsetDateTime) subscription[3]).toInstant(), i, breach);
            MeasurementBatch batch = new MeasurementBatch("demo-" + id, false, now, ACTOR, set.availability().size(),
                    set.responseTimes().size(), set.outages().size());
            if (!store.insert(batch, set)) {
                LOG.info("No demo measurements: another instance is writing them");
                context.setRollbackOnly();
                return;
            }
            rows += batch.rows();
        }
        LOG.info("Demo data loaded: " + rows + " measurements of " + subscriptions.size() + " subscriptions from "
                + measurements.monthStart() + " (one outage of riverside's virtual machine) in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
    }
}
