package org.cloudcare.customer.control;

import java.util.List;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.cloudcare.customer.entity.Customer;
import org.cloudcare.platform.error.Checks;
import org.cloudcare.platform.error.CloudCareException;
import org.cloudcare.platform.security.Caller;

/**
 * Which customers a caller may see: provider staff every one, a customer's user only its own. Every boundary that
 * reaches customer data by id goes through here, so the tenant rule exists once.
 */
@Dependent
public class CustomerAccess {

    @PersistenceContext(unitName = "cloudcare")
    EntityManager em;

    /** The customer, if the caller may see it; other tenants' customers do not exist for a CSC user. */
    public Customer visibleCustomer(Caller caller, String id) {
        Checks.required("id", id);
        Customer customer = em.find(Customer.class, id);
        if (customer == null) {
            throw CloudCareException.notFound(Customer.TYPE, id);
        }
        caller.requireAccessTo(customer.getCode(), Customer.TYPE, id);
        return customer;
    }

    /** The customer of a tenant. */
    public Customer ofTenant(String tenant) {
        return em.createNamedQuery(Customer.BY_CODE, Customer.class).setParameter("code", tenant)
                .getResultStream().findFirst()
                .orElseThrow(() -> CloudCareException.notFound(Customer.TYPE, tenant));
    }

    /** Of the given customer ids, those the caller may see (all of them for provider staff). */
    public List<String> visibleIds(Caller caller, List<String> customerIds) {
        if (!caller.isCustomerUser() || customerIds.isEmpty()) {
            return customerIds;
        }
        return em.createQuery("SELECT c.id FROM Customer c WHERE c.id IN :ids AND c.code = :tenant", String.class)
                .setParameter("ids", customerIds).setParameter("tenant", caller.tenant()).getResultList();
    }
}
