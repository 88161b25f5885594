package org.cloudcare.order.boundary;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.cloudcare.customer.entity.Customer;
import org.cloudcare.order.control.OrderCompletionFigures;
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

    @Inject
    TenantScope scope;

    @Inject
    OrderCompletionFigures figures;

    /** The orders of the customer completed in [{@code from}, {@code to}) and how many of them were on time. */
    @RolesAllowed({Roles.CSC_ADMIN, Roles.CSC_BUSINESS_MANAGER, Roles.CSP_SUPPORT, Roles.CSP_SERVICE_MANAGER,
            Roles.CSP_OPERATIONS, Roles.CSP_BUSINESS_MANAGER})
    public OrderCompletionOnTime orderCompletionOnTime(String customerId, Instant from, Instant to) {
        Customer customer = scope.find(Customer.class, Customer.TYPE, customerId);
        return figures.of(List.of(customer.getId()), from, to).get(customer.getId());
    }
}
