package org.cloudcare.customer.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.cloudcare.customer.entity.Customer;
import org.cloudcare.platform.error.CloudCareException;

/** The customer behind a tenant key, for the boundaries that start from the caller's own tenant. */
@Dependent
public class CustomerAccess {

    @PersistenceContext(unitName = "cloudcare")
    EntityManager em;

    public Customer ofTenant(String tenant) {
        return em.createNamedQuery(Customer.BY_CODE, Customer.class).setParameter("code", tenant)
                .getResultStream().findFirst()
                .orElseThrow(() -> CloudCareException.notFound(Customer.TYPE, tenant));
    }
}
