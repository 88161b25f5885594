package org.cloudcare.customer.entity;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import org.cloudcare.platform.error.Checks;
import org.cloudcare.platform.tenancy.TenantOwned;
import org.cloudcare.platform.error.CloudCareException;
import org.cloudcare.platform.time.Timestamps;

/**
 * A cloud service customer (CSC) and the tenant its users belong to: a hospital, a clinic, a public health centre or
 * an enterprise. The {@code code} is the tenant key carried in its users' tokens and never changes.
 * <p>
 * Lifecycle: a customer is created {@link CustomerStatus#ACTIVE}; it can be suspended (with a reason) and reactivated,
 * and terminated from either state, after which nothing about it can change. Its profile (name, language,
 * notification channels) and contacts are edited by the customer's administrator or the provider's business manager;
 * concurrent edits are detected with the {@link Version version}.
 */
@Entity
@Table(name = "customer")
@NamedQuery(name = Customer.BY_CODE, query = "SELECT c FROM Customer c WHERE c.tenant = :code")
public class Customer implements TenantOwned {

    public static final String BY_CODE = "Customer.byCode";
    /** How customers are named in errors and in the audit trail. */
    public static final String TYPE = "Customer";
    private static final int MAX_CONTACTS = 50;

    @Id
    private String id;

    /** The customer code: the tenant key of everything this customer owns. */
    @Column(name = "code", nullable = false, updatable = false)
    private String tenant;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CustomerKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CustomerStatus status;

    @Column(name = "status_reason")
    private String statusReason;

    @Column(nullable = false)
    private String language;

    // read with every customer; for a list of customers in one statement, not one per customer
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "customer_notification_channel", joinColumns = @JoinColumn(name = "customer_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "channel")
    private Set<NotificationChannel> notificationChannels = EnumSet.noneOf(NotificationChannel.class);

    @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("name")
    private List<CustomerContact> contacts = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected Customer() {
    }

    public Customer(String code, String name, CustomerKind kind, String language, Clock clock) {
        this.id = UUID.randomUUID().toString();
        this.tenant = Checks.code("code", code);
        this.name = Checks.text("name", name, 200);
        this.kind = Checks.required("kind", kind);
        this.language = Checks.language("language", language);
        this.status = CustomerStatus.ACTIVE;
        this.notificationChannels.add(NotificationChannel.PORTAL);
        this.createdAt = Timestamps.now(clock);
        this.updatedAt = createdAt;
    }

    /** Changes what the customer may edit about itself. The portal channel cannot be switched off. */
    public void updateProfile(String name, String language, Set<NotificationChannel> channels, Clock clock) {
        requireNotTerminated();
        // check every input before changing anything, so that a refused update leaves the profile as it was
        String checkedName = Checks.text("name", name, 200);
        String checkedLanguage = Checks.language("language", language);
        Checks.required("notificationChannels", channels);
        EnumSet<NotificationChannel> wanted = channels.isEmpty() ? EnumSet.noneOf(NotificationChannel.class)
                : EnumSet.copyOf(channels);
        wanted.add(NotificationChannel.PORTAL);
        this.name = checkedName;
        this.language = checkedLanguage;
        this.notificationChannels.retainAll(wanted);
        this.notificationChannels.addAll(wanted);
        touch(clock);
    }

    public CustomerContact addContact(String name, String role, String email, String phone, Clock clock) {
        requireNotTerminated();
        if (contacts.size() >= MAX_CONTACTS) {
            throw CloudCareException.invalid("contacts", "A customer can have at most " + MAX_CONTACTS + " contacts.");
        }
        CustomerContact contact = new CustomerContact(this, name, role, email, phone);
        contacts.add(contact);
        touch(clock);
        return contact;
    }

    public CustomerContact removeContact(String contactId, Clock clock) {
        requireNotTerminated();
        CustomerContact contact = contacts.stream().filter(c -> c.getId().equals(contactId)).findFirst()
                .orElseThrow(() -> CloudCareException.notFound("Contact", contactId));
        contacts.remove(contact);
        touch(clock);
        return contact;
    }

    public void suspend(String reason, Clock clock) {
        if (status != CustomerStatus.ACTIVE) {
            throw CloudCareException.conflict("Customer " + tenant + " is " + status + "; only an active customer can be suspended.");
        }
        this.statusReason = Checks.text("reason", reason, 500);
        this.status = CustomerStatus.SUSPENDED;
        touch(clock);
    }

    public void reactivate(Clock clock) {
        if (status != CustomerStatus.SUSPENDED) {
            throw CloudCareException.conflict("Customer " + tenant + " is " + status + "; only a suspended customer can be reactivated.");
        }
        this.statusReason = null;
        this.status = CustomerStatus.ACTIVE;
        touch(clock);
    }

    /** What other areas are told about this customer's current status. */
    public CustomerStatusChanged statusChanged() {
        return CustomerStatusChanged.of(this);
    }

    public void terminate(String reason, Clock clock) {
        requireNotTerminated();
        this.statusReason = Checks.text("reason", reason, 500);
        this.status = CustomerStatus.TERMINATED;
        touch(clock);
    }

    private void requireNotTerminated() {
        if (status == CustomerStatus.TERMINATED) {
            throw CloudCareException.conflict("Customer " + tenant + " is terminated and can no longer be changed.");
        }
    }

    private void touch(Clock clock) {
        this.updatedAt = Timestamps.now(clock);
    }

    @Override
    public String getId() {
        return id;
    }

    public String getCode() {
        return tenant;
    }

    @Override
    public String getTenant() {
        return tenant;
    }

    public String getName() {
        return name;
    }

    public CustomerKind getKind() {
        return kind;
    }

    public CustomerStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public String getLanguage() {
        return language;
    }

    public Set<NotificationChannel> getNotificationChannels() {
        return Collections.unmodifiableSet(notificationChannels);
    }

    public List<CustomerContact> getContacts() {
        return Collections.unmodifiableList(contacts);
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
