package org.cloudcare.customer.boundary;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.cloudcare.audit.boundary.AuditTrail;
import org.cloudcare.customer.control.CustomerAccess;
import org.cloudcare.customer.entity.Customer;
import org.cloudcare.customer.entity.CustomerContact;
import org.cloudcare.customer.entity.CustomerKind;
import org.cloudcare.customer.entity.CustomerStatus;
import org.cloudcare.customer.entity.NotificationChannel;
import org.cloudcare.customer.entity.SubscriptionStatus;
import org.cloudcare.platform.error.Checks;
import org.cloudcare.platform.error.CloudCareException;
import org.cloudcare.platform.paging.Page;
import org.cloudcare.platform.paging.PageRequest;
import org.cloudcare.platform.security.Caller;
import org.cloudcare.platform.security.CallerContext;
import org.cloudcare.platform.security.Roles;

/**
 * Customer information management (ITU-T Y.3525 10.1.3.1): the customers (tenants), their profiles and contacts, and
 * the customer 360 view. The provider's business manager creates customers and changes their status; a customer's
 * administrator edits its own profile and contacts; every CSC user sees its own customer, provider staff see all.
 */
@Stateless
public class Customers {

    @PersistenceContext(unitName = "cloudcare")
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    CustomerAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @RolesAllowed({Roles.CSC_USER, Roles.CSC_ADMIN, Roles.CSC_BUSINESS_MANAGER, Roles.CSP_SUPPORT,
            Roles.CSP_SERVICE_MANAGER, Roles.CSP_OPERATIONS, Roles.CSP_BUSINESS_MANAGER})
    public Customer customer(String id) {
        return access.visibleCustomer(callers.current(), id);
    }

    /** The customer the calling CSC user belongs to. */
    @RolesAllowed({Roles.CSC_USER, Roles.CSC_ADMIN, Roles.CSC_BUSINESS_MANAGER})
    public Customer ownCustomer() {
        return access.ofTenant(callers.current().requireTenant());
    }

    @RolesAllowed({Roles.CSP_SUPPORT, Roles.CSP_SERVICE_MANAGER, Roles.CSP_OPERATIONS, Roles.CSP_BUSINESS_MANAGER})
    public Page<Customer> customers(CustomerStatus status, PageRequest page) {
        String where = status == null ? "" : " WHERE c.status = :status";
        TypedQuery<Customer> items = em.createQuery("SELECT c FROM Customer c" + where + " ORDER BY c.code",
                Customer.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(c) FROM Customer c" + where, Long.class);
        if (status != null) {
            items.setParameter("status", status);
            count.setParameter("status", status);
        }
        return Page.of(items, count, page);
    }

    /** Contacts of several customers at once (batched for GraphQL), in the order of the ids. */
    @RolesAllowed({Roles.CSC_USER, Roles.CSC_ADMIN, Roles.CSC_BUSINESS_MANAGER, Roles.CSP_SUPPORT,
            Roles.CSP_SERVICE_MANAGER, Roles.CSP_OPERATIONS, Roles.CSP_BUSINESS_MANAGER})
    public List<List<CustomerContact>> contactsOf(List<String> customerIds) {
        List<String> visible = access.visibleIds(callers.current(), customerIds);
        Map<String, List<CustomerContact>> byCustomer = visible.isEmpty() ? Map.of()
                : em.createQuery("SELECT c FROM CustomerContact c WHERE c.customer.id IN :ids ORDER BY c.name, c.id",
                        CustomerContact.class).setParameter("ids", visible).getResultStream()
                        .collect(Collectors.groupingBy(contact -> contact.getCustomer().getId()));
        return customerIds.stream().map(id -> byCustomer.getOrDefault(id, List.of())).toList();
    }

    /** The customer 360 view: the customer and the figures a support representative looks at first. */
    @RolesAllowed({Roles.CSC_USER, Roles.CSC_ADMIN, Roles.CSC_BUSINESS_MANAGER, Roles.CSP_SUPPORT,
            Roles.CSP_SERVICE_MANAGER, Roles.CSP_OPERATIONS, Roles.CSP_BUSINESS_MANAGER})
    public Customer360 customer360(String id) {
        Customer customer = access.visibleCustomer(callers.current(), id);
        long activeSubscriptions = em.createQuery("SELECT COUNT(s) FROM Subscription s WHERE s.customerId = :id"
                + " AND s.status = :active", Long.class)
                .setParameter("id", id).setParameter("active", SubscriptionStatus.ACTIVE).getSingleResult();
        Object[] interactions = em.createQuery("SELECT COUNT(i), MAX(i.occurredAt) FROM Interaction i"
                + " WHERE i.customerId = :id", Object[].class).setParameter("id", id).getSingleResult();
        return new Customer360(customer, activeSubscriptions, ((Number) interactions[0]).longValue(),
                (OffsetDateTime) interactions[1]);
    }

    @RolesAllowed(Roles.CSP_BUSINESS_MANAGER)
    public Customer create(String code, String name, CustomerKind kind, String language) {
        Caller caller = callers.current();
        Customer customer = new Customer(code, name, kind, language, clock);
        if (em.createNamedQuery(Customer.BY_CODE, Customer.class).setParameter("code", customer.getCode())
                .getResultStream().findAny().isPresent()) {
            throw CloudCareException.invalid("code", "A customer with the code '" + customer.getCode()
                    + "' already exists.");
        }
        em.persist(customer);
        audit.record(caller, customer.getCode(), "CUSTOMER_CREATED", Customer.TYPE, customer.getId(),
                customer.getName() + " (" + customer.getKind() + ")");
        return customer;
    }

    @RolesAllowed(Roles.CSP_BUSINESS_MANAGER)
    public Customer suspend(String id, String reason) {
        Caller caller = callers.current();
        Customer customer = access.visibleCustomer(caller, id);
        customer.suspend(reason, clock);
        return changed(caller, customer, "CUSTOMER_SUSPENDED", customer.getStatusReason());
    }

    @RolesAllowed(Roles.CSP_BUSINESS_MANAGER)
    public Customer reactivate(String id) {
        Caller caller = callers.current();
        Customer customer = access.visibleCustomer(caller, id);
        customer.reactivate(clock);
        return changed(caller, customer, "CUSTOMER_REACTIVATED", null);
    }

    /** Edits the profile the caller saw at {@code version}; a newer version means someone else was faster. */
    @RolesAllowed({Roles.CSC_ADMIN, Roles.CSP_BUSINESS_MANAGER})
    public Customer updateProfile(String id, long version, String name, String language,
            Set<NotificationChannel> notificationChannels) {
        Caller caller = callers.current();
        Customer customer = access.visibleCustomer(caller, id);
        Checks.sameVersion(Customer.TYPE + " " + customer.getCode(), version, customer.getVersion());
        customer.updateProfile(name, language, notificationChannels, clock);
        return changed(caller, customer, "CUSTOMER_PROFILE_UPDATED", "name=" + customer.getName() + ", language="
                + customer.getLanguage() + ", notificationChannels=" + customer.getNotificationChannels());
    }

    @RolesAllowed({Roles.CSC_ADMIN, Roles.CSP_BUSINESS_MANAGER})
    public CustomerContact addContact(String customerId, String name, String role, String email, String phone) {
        Caller caller = callers.current();
        Customer customer = access.visibleCustomer(caller, customerId);
        CustomerContact contact = customer.addContact(name, role, email, phone, clock);
        changed(caller, customer, "CUSTOMER_CONTACT_ADDED", contact.getName() + " <" + contact.getEmail() + ">");
        return contact;
    }

    @RolesAllowed({Roles.CSC_ADMIN, Roles.CSP_BUSINESS_MANAGER})
    public Customer removeContact(String customerId, String contactId) {
        Caller caller = callers.current();
        Customer customer = access.visibleCustomer(caller, customerId);
        CustomerContact removed = customer.removeContact(contactId, clock);
        return changed(caller, customer, "CUSTOMER_CONTACT_REMOVED", removed.getName() + " <" + removed.getEmail() + ">");
    }

    private Customer changed(Caller caller, Customer customer, String action, String detail) {
        try {
            // flush now so a concurrent change surfaces as a conflict inside this call, not at commit
            em.flush();
        } catch (OptimisticLockException e) {
            throw CloudCareException.conflict(Customer.TYPE + " " + customer.getCode()
                    + " was changed by someone else at the same time. Reload and try again.");
        }
        audit.record(caller, customer.getCode(), action, Customer.TYPE, customer.getId(), detail);
        return customer;
    }

    /** What a support representative sees first about a customer. */
    public record Customer360(Customer customer, long activeSubscriptions, long interactionCount,
            OffsetDateTime lastInteractionAt) {
    }
}
