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
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;

import org.cloudcare.audit.control.AuditLog;
import org.cloudcare.customer.control.CustomerAccess;
import org.cloudcare.customer.entity.Customer;
import org.cloudcare.customer.entity.CustomerAuditAction;
import org.cloudcare.customer.entity.CustomerContact;
import org.cloudcare.customer.entity.CustomerKind;
import org.cloudcare.customer.entity.CustomerStatus;
import org.cloudcare.customer.entity.NotificationChannel;
import org.cloudcare.customer.entity.SubscriptionStatus;
import org.cloudcare.platform.error.Checks;
import org.cloudcare.platform.error.CloudCareException;
import org.cloudcare.platform.paging.Page;
import org.cloudcare.platform.paging.PageRequest;
import org.cloudcare.platform.input.CheckedInput;
import org.cloudcare.platform.input.LongText;
import org.cloudcare.platform.outbox.Outbox;
import org.cloudcare.platform.paging.PagedQuery;
import org.cloudcare.platform.persistence.Flush;
import org.cloudcare.platform.security.CallerContext;
import org.cloudcare.platform.security.Roles;
import org.cloudcare.platform.tenancy.TenantOwned;
import org.cloudcare.platform.tenancy.TenantScope;

/**
 * Customer information management (ITU-T Y.3525 10.1.3.1): the customers (tenants), their profiles and contacts, and
 * the customer 360 view. The provider's business manager creates customers and changes their status; a customer's
 * administrator edits its own profile and contacts; every CSC user sees its own customer, provider staff see all.
 */
@Stateless
@CheckedInput
public class Customers {

    /** The unique constraints a customer write can hit, with the input field each protects. */
    private static final Map<String, String> UNIQUE_FIELDS = Map.of("customer_code_unique", "code");

    @PersistenceContext(unitName = "cloudcare")
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    TenantScope scope;

    @Inject
    CustomerAccess access;

    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @RolesAllowed({Roles.CSC_USER, Roles.CSC_ADMIN, Roles.CSC_BUSINESS_MANAGER, Roles.CSP_SUPPORT,
            Roles.CSP_SERVICE_MANAGER, Roles.CSP_OPERATIONS, Roles.CSP_BUSINESS_MANAGER})
    public Customer customer(String id) {
        return scope.find(Customer.class, Customer.TYPE, id);
    }

    /** The customer the calling CSC user belongs to. */
    @RolesAllowed({Roles.CSC_USER, Roles.CSC_ADMIN, Roles.CSC_BUSINESS_MANAGER})
    public Customer ownCustomer() {
        return access.ofTenant(callers.current().requireTenant());
    }

    @RolesAllowed({Roles.CSP_SUPPORT, Roles.CSP_SERVICE_MANAGER, Roles.CSP_OPERATIONS, Roles.CSP_BUSINESS_MANAGER})
    public Page<Customer> customers(CustomerStatus status, PageRequest page) {
        return PagedQuery.page(em, Customer.class,
                (cb, customer) -> status == null ? scope.visible(cb, customer)
                        : cb.and(scope.visible(cb, customer), cb.equal(customer.get("status"), status)),
                (cb, customer) -> List.of(cb.asc(customer.get(TenantOwned.TENANT))), page);
    }

    /** Contacts of several customers at once (batched for GraphQL), in the order of the ids. */
    @RolesAllowed({Roles.CSC_USER, Roles.CSC_ADMIN, Roles.CSC_BUSINESS_MANAGER, Roles.CSP_SUPPORT,
            Roles.CSP_SERVICE_MANAGER, Roles.CSP_OPERATIONS, Roles.CSP_BUSINESS_MANAGER})
    public List<List<CustomerContact>> contactsOf(List<String> customerIds) {
        Map<String, List<CustomerContact>> byCustomer = Map.of();
        if (!customerIds.isEmpty()) {
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<CustomerContact> query = cb.createQuery(CustomerContact.class);
            Root<CustomerContact> contact = query.from(CustomerContact.class);
            query.where(contact.get("customerId").in(customerIds), scope.visible(cb, contact))
                    .orderBy(cb.asc(contact.get("name")), cb.asc(contact.get("id")));
            byCustomer = em.createQuery(query).getResultStream()
                    .collect(Collectors.groupingBy(CustomerContact::getCustomerId));
        }
        Map<String, List<CustomerContact>> found = byCustomer;
        return customerIds.stream().map(id -> found.getOrDefault(id, List.of())).toList();
    }

    /** The customer 360 view: the customer and the figures a support representative looks at first. */
    @RolesAllowed({Roles.CSC_USER, Roles.CSC_ADMIN, Roles.CSC_BUSINESS_MANAGER, Roles.CSP_SUPPORT,
            Roles.CSP_SERVICE_MANAGER, Roles.CSP_OPERATIONS, Roles.CSP_BUSINESS_MANAGER})
    public Customer360 customer360(String id) {
        Customer customer = scope.find(Customer.class, Customer.TYPE, id);
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
        Customer customer = new Customer(code, name, kind, language, clock);
        if (em.createNamedQuery(Customer.BY_CODE, Customer.class).setParameter("code", customer.getCode())
                .getResultStream().findAny().isPresent()) {
            throw CloudCareException.invalid("code", "A customer with the code '" + customer.getCode()
                    + "' already exists.");
        }
        em.persist(customer);
        return changed(customer, CustomerAuditAction.CUSTOMER_CREATED,
                customer.getName() + " (" + customer.getKind() + ")");
    }

    @RolesAllowed(Roles.CSP_BUSINESS_MANAGER)
    public Customer suspend(String id, @LongText String reason) {
        Customer customer = scope.find(Customer.class, Customer.TYPE, id);
        customer.suspend(reason, clock);
        outbox.publish(customer.statusChanged());
        return changed(customer, CustomerAuditAction.CUSTOMER_SUSPENDED, customer.getStatusReason());
    }

    @RolesAllowed(Roles.CSP_BUSINESS_MANAGER)
    public Customer reactivate(String id) {
        Customer customer = scope.find(Customer.class, Customer.TYPE, id);
        customer.reactivate(clock);
        outbox.publish(customer.statusChanged());
        return changed(customer, CustomerAuditAction.CUSTOMER_REACTIVATED, null);
    }

    /** Edits the profile the caller saw at {@code version}; a newer version means someone else was faster. */
    @RolesAllowed({Roles.CSC_ADMIN, Roles.CSP_BUSINESS_MANAGER})
    public Customer updateProfile(String id, long version, String name, String language,
            Set<NotificationChannel> notificationChannels) {
        Customer customer = scope.find(Customer.class, Customer.TYPE, id);
        Checks.sameVersion(Customer.TYPE + " " + customer.getCode(), version, customer.getVersion());
        customer.updateProfile(name, language, notificationChannels, clock);
        return changed(customer, CustomerAuditAction.CUSTOMER_PROFILE_UPDATED, "name=" + customer.getName()
                + ", language=" + customer.getLanguage() + ", notificationChannels="
                + customer.getNotificationChannels());
    }

    @RolesAllowed({Roles.CSC_ADMIN, Roles.CSP_BUSINESS_MANAGER})
    public CustomerContact addContact(String customerId, String name, String role, String email, String phone) {
        Customer customer = scope.find(Customer.class, Customer.TYPE, customerId);
        CustomerContact contact = customer.addContact(name, role, email, phone, clock);
        changed(customer, CustomerAuditAction.CUSTOMER_CONTACT_ADDED,
                contact.getName() + " <" + contact.getEmail() + ">");
        return contact;
    }

    @RolesAllowed({Roles.CSC_ADMIN, Roles.CSP_BUSINESS_MANAGER})
    public Customer removeContact(String customerId, String contactId) {
        Customer customer = scope.find(Customer.class, Customer.TYPE, customerId);
        CustomerContact removed = customer.removeContact(contactId, clock);
        return changed(customer, CustomerAuditAction.CUSTOMER_CONTACT_REMOVED,
                removed.getName() + " <" + removed.getEmail() + ">");
    }

    private Customer changed(Customer customer, CustomerAuditAction action, String detail) {
        // written now, so a concurrent change or a code taken meanwhile is answered inside this call, not at commit
        Flush.now(em, Customer.TYPE + " " + customer.getCode(), UNIQUE_FIELDS);
        audit.record(action, customer, detail);
        return customer;
    }

    /** What a support representative sees first about a customer. */
    public record Customer360(Customer customer, long activeSubscriptions, long interactionCount,
            OffsetDateTime lastInteractionAt) {
    }
}
