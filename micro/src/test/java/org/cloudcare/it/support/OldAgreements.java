package org.cloudcare.it.support;

import java.time.Instant;

import jakarta.persistence.EntityManager;

import org.cloudcare.catalog.entity.ProductOffering;
import org.cloudcare.catalog.entity.SlaTemplate;
import org.cloudcare.customer.entity.Customer;
import org.cloudcare.customer.entity.Subscription;
import org.cloudcare.sla.entity.ServiceLevelAgreement;

/** Agreements of Riverside subscriptions that started long ago, for container tests of scheduled work. */
public final class OldAgreements {

    private OldAgreements() {
    }

    /**
     * A new active subscription of Riverside's first customer of the offering ({@code quantity}, in the template's
     * first region), started at {@code started}, with its agreement from the offering's template: the agreement's id.
     */
    public static String startedAt(EntityManager em, String offeringCode, int quantity, Instant started) {
        Customer customer = em.createQuery("SELECT c FROM Customer c WHERE c.tenant = 'riverside' ORDER BY c.id",
                Customer.class).setMaxResults(1).getSingleResult();
        ProductOffering offering = em.createQuery("SELECT o FROM ProductOffering o WHERE o.code = :code",
                ProductOffering.class).setParameter("code", offeringCode).getSingleResult();
        SlaTemplate template = offering.getSlaTemplate();
        String region = template.terms().dataLocation().iterator().next();
        Subscription subscription = Subscription.added(customer, offering.getName(), offering.getId(), quantity,
                region, null, null, started);
        em.persist(subscription);
        subscription.activate(started);
        ServiceLevelAgreement agreement = ServiceLevelAgreement.startFor(subscription, offering.getName(), template,
                started);
        em.persist(agreement);
        subscription.deliverUnder(agreement.getId());
        return agreement.getId();
    }
}
