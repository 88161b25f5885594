package org.cloudcare.customer.boundary;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

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

    /**
     * How many interactions of one customer each channel carried from {@code from} (inclusive) to {@code to}
     * (exclusive), every channel present (zero when none): one GROUP BY, for the customer quality view. The caller
     * checks the period.
     */
    @RolesAllowed({Roles.CSC_USER, Roles.CSC_ADMIN, Roles.CSC_BUSINESS_MANAGER, Roles.CSP_SUPPORT,
            Roles.CSP_SERVICE_MANAGER, Roles.CSP_OPERATIONS, Roles.CSP_BUSINESS_MANAGER})
    public Map<InteractionChannel, Long> countsByChannel(String customerId, OffsetDateTime from, OffsetDateTime to) {
        Customer customer = scope.find(Customer.class, Customer.TYPE, customerId);
        Map<InteractionChannel, Long> counts = new EnumMap<>(InteractionChannel.class);
        for (InteractionChannel channel : InteractionChannel.values()) {
            counts.put(channel, 0L);
        }
        em.createQuery("SELECT i.channel, COUNT(i) FROM Interaction i WHERE i.customerId = :customer"
                + " AND i.tenant = :tenant AND i.occurredAt >= :from AND i.occurredAt < :to GROUP BY i.channel",
                Object[].class).setParameter("customer", customer.getId()).setParameter("tenant", customer.getTenant())
                .setParameter("from", from).setParameter("to", to).getResultList()
                .forEach(row -> counts.put((InteractionChannel) row[0], ((Number) row[1]).longValue()));
        return counts;
    }
}
