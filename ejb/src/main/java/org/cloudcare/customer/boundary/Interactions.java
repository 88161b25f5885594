package org.cloudcare.customer.boundary;

import java.time.Clock;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.cloudcare.audit.control.AuditLog;
import org.cloudcare.customer.entity.Customer;
import org.cloudcare.customer.entity.CustomerAuditAction;
import org.cloudcare.customer.entity.Interaction;
import org.cloudcare.customer.entity.InteractionChannel;
import org.cloudcare.customer.entity.InteractionDirection;
import org.cloudcare.platform.input.CheckedInput;
import org.cloudcare.platform.input.LongText;
import org.cloudcare.platform.paging.Page;
import org.cloudcare.platform.paging.PageRequest;
import org.cloudcare.platform.paging.PartitionedPages;
import org.cloudcare.platform.paging.PartitionedPages.Sort;
import org.cloudcare.platform.security.Caller;
import org.cloudcare.platform.security.CallerContext;
import org.cloudcare.platform.security.Roles;
import org.cloudcare.platform.tenancy.TenantScope;

/**
 * The interaction history of each customer: every contact by portal, e-mail, phone or chat, newest first. Support
 * staff record contacts; later areas record theirs (an order placed, a problem reported) through the same entity.
 */
@Stateless
@CheckedInput
public class Interactions {

    private static final PartitionedPages<Interaction> HISTORIES = PartitionedPages.of(Interaction.class,
            "customerId", Interaction::getCustomerId, Sort.descending("occurredAt"), Sort.ascending("id"));

    @PersistenceContext(unitName = "cloudcare")
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    TenantScope scope;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @RolesAllowed({Roles.CSP_SUPPORT, Roles.CSP_SERVICE_MANAGER})
    public Interaction record(String customerId, InteractionChannel channel, InteractionDirection direction,
            String subject, @LongText String description) {
        Caller caller = callers.current();
        Customer customer = scope.find(Customer.class, Customer.TYPE, customerId);
        Interaction interaction = new Interaction(customer, channel, direction, subject, description,
                caller.username(), clock);
        em.persist(interaction);
        audit.record(CustomerAuditAction.INTERACTION_RECORDED, interaction,
                channel + " " + direction + ": " + interaction.getSubject());
        return interaction;
    }

    /** One page of the history of each customer (batched for GraphQL), in the order of the ids. */
    @RolesAllowed({Roles.CSC_USER, Roles.CSC_ADMIN, Roles.CSC_BUSINESS_MANAGER, Roles.CSP_SUPPORT,
            Roles.CSP_SERVICE_MANAGER, Roles.CSP_OPERATIONS, Roles.CSP_BUSINESS_MANAGER})
    public List<Page<Interaction>> historiesOf(List<String> customerIds, PageRequest page) {
        return HISTORIES.load(em, customerIds, scope.filter(), page);
    }
}
