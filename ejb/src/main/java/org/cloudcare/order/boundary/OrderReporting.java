package org.cloudcare.order.boundary;

import java.time.Instant;
import java.time.ZoneOffset;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.cloudcare.customer.entity.Customer;
import org.cloudcare.order.entity.CustomerOrderState;
import org.cloudcare.order.entity.OrderCompletionOnTime;
import org.cloudcare.platform.input.CheckedInput;
import org.cloudcare.platform.security.Roles;
import org.cloudcare.platform.tenancy.TenantScope;

/**
 * Figures about customer orders, read only: the eTOM 1.3.8 order completion on time of one customer. A customer's
 * administrator and business manager read their own customer's (another customer's id is NOT_FOUND), provider staff
 * every customer's. One aggregate query, no rows loaded.
 */
@Stateless
@CheckedInput
public class OrderReporting {

    @PersistenceContext(unitName = "cloudcare")
    EntityManager em;

    @Inject
    TenantScope scope;

    /** The orders of the customer completed in [{@code from}, {@code to}) and how many of them were on time. */
    @RolesAllowed({Roles.CSC_ADMIN, Roles.CSC_BUSINESS_MANAGER, Roles.CSP_SUPPORT, Roles.CSP_SERVICE_MANAGER,
            Roles.CSP_OPERATIONS, Roles.CSP_BUSINESS_MANAGER})
    public OrderCompletionOnTime orderCompletionOnTime(String customerId, Instant from, Instant to) {
        Customer customer = scope.find(Customer.class, Customer.TYPE, customerId);
        OrderCompletionOnTime.checkPeriod(from, to);
        Object[] row = em.createQuery("SELECT COUNT(o),"
                + " SUM(CASE WHEN o.requestedCompletionDate IS NOT NULL THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN o.closedAt <= o.requestedCompletionDate THEN 1 ELSE 0 END)"
                + " FROM CustomerOrder o WHERE o.customerId = :customer AND o.tenant = :tenant"
                + " AND o.state = :completed AND o.closedAt >= :from AND o.closedAt < :to", Object[].class)
                .setParameter("customer", customer.getId()).setParameter("tenant", customer.getTenant())
                .setParameter("completed", CustomerOrderState.COMPLETED)
                .setParameter("from", from.atOffset(ZoneOffset.UTC)).setParameter("to", to.atOffset(ZoneOffset.UTC))
                .getSingleResult();
        return OrderCompletionOnTime.of(customer.getId(), from, to, count(row[0]), count(row[1]), count(row[2]));
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
