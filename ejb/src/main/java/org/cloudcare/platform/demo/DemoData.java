package org.cloudcare.platform.demo;

import java.time.Clock;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.cloudcare.customer.entity.Customer;
import org.cloudcare.customer.entity.CustomerKind;
import org.cloudcare.customer.entity.Interaction;
import org.cloudcare.customer.entity.InteractionChannel;
import org.cloudcare.customer.entity.InteractionDirection;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo tenants of the demo realm (Riverside General Hospital and Harbor Public Health Centre) with contacts and a
 * few interactions, loaded once into an empty database. Switched off in production with
 * {@code CLOUDCARE_DEMO_DATA=false}. Several instances may start at once: the unique customer code makes all but
 * one of them roll back.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext(unitName = "cloudcare")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "cloudcare.demo-data", defaultValue = "true")
    boolean enabled;

    @Inject
    Clock clock;

    @PostConstruct
    void load() {
        if (!enabled || em.createQuery("SELECT COUNT(c) FROM Customer c", Long.class).getSingleResult() > 0) {
            return;
        }
        Customer riverside = new Customer("riverside", "Riverside General Hospital", CustomerKind.HOSPITAL, "en", clock);
        riverside.addContact("Dr. Rita Okafor", "Chief Information Officer", "rita.okafor@riverside.example",
                "+1 555 0100", clock);
        riverside.addContact("Ben Hollis", "IT Service Desk Lead", "servicedesk@riverside.example", "+1 555 0111",
                clock);
        Customer harbor = new Customer("harbor", "Harbor Public Health Centre", CustomerKind.PUBLIC_HEALTH_CENTRE,
                "en", clock);
        harbor.addContact("Helen Marsh", "Operations Manager", "helen.marsh@harbor.example", "+1 555 0200", clock);
        em.persist(riverside);
        em.persist(harbor);
        em.persist(new Interaction(riverside, InteractionChannel.PHONE, InteractionDirection.INBOUND,
                "Onboarding call", "Agreed the go-live plan for the imaging archive.", "sam", clock));
        em.persist(new Interaction(riverside, InteractionChannel.EMAIL, InteractionDirection.OUTBOUND,
                "Welcome pack sent", "Portal access and support hours.", "sam", clock));
        em.persist(new Interaction(harbor, InteractionChannel.PORTAL, InteractionDirection.INBOUND,
                "Question about data location", "Asked where vaccination records are stored.", "sam", clock));
        LOG.info("Demo data loaded: customers riverside and harbor");
    }
}
