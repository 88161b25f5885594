package org.cloudcare.customer.boundary;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.cloudcare.customer.entity.Subscription;
import org.cloudcare.platform.input.CheckedInput;
import org.cloudcare.platform.paging.Page;
import org.cloudcare.platform.paging.PageRequest;
import org.cloudcare.platform.paging.PartitionedPages;
import org.cloudcare.platform.paging.PartitionedPages.Sort;
import org.cloudcare.platform.security.Roles;
import org.cloudcare.platform.tenancy.TenantScope;

/** The product inventory of each customer (TMF637): what it has and where its data lives, newest first. */
@Stateless
@CheckedInput
public class Subscriptions {

    private static final PartitionedPages<Subscription> INVENTORIES = PartitionedPages.of(Subscription.class,
            "customerId", Subscription::getCustomerId, Sort.descending("startDate"), Sort.ascending("id"));

    @PersistenceContext(unitName = "cloudcare")
    EntityManager em;

    @Inject
    TenantScope scope;

    @RolesAllowed({Roles.CSC_USER, Roles.CSC_ADMIN, Roles.CSC_BUSINESS_MANAGER, Roles.CSP_SUPPORT,
            Roles.CSP_SERVICE_MANAGER, Roles.CSP_OPERATIONS, Roles.CSP_BUSINESS_MANAGER})
    public List<Page<Subscription>> inventoriesOf(List<String> customerIds, PageRequest page) {
        return INVENTORIES.load(em, customerIds, scope.filter(), page);
    }
}
