package org.cloudcare.customer.entity;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.cloudcare.platform.error.Checks;
import org.cloudcare.platform.tenancy.TenantOwned;

/** A person the provider talks to at the customer (ISO/TS 23535 5.2.7 point of contact). Part of {@link Customer}. */
@Entity
@Table(name = "customer_contact")
public class CustomerContact implements TenantOwned {

    @Id
    private String id;

    // lazy: contacts are read in batches by customer id, never to reach their customer
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @Column(name = "customer_id", nullable = false, insertable = false, updatable = false)
    private String customerId;

    @Column(nullable = false, updatable = false)
    private String tenant;

    @Column(nullable = false)
    private String name;

    @Column(name = "contact_role", nullable = false)
    private String role;

    @Column(nullable = false)
    private String email;

    private String phone;

    protected CustomerContact() {
    }

    CustomerContact(Customer customer, String name, String role, String email, String phone) {
        this.id = UUID.randomUUID().toString();
        this.customer = customer;
        this.customerId = customer.getId();
        this.tenant = customer.getTenant();
        this.name = Checks.text("name", name, 200);
        this.role = Checks.text("role", role, 100);
        this.email = Checks.email("email", email);
        this.phone = Checks.optionalPhone("phone", phone);
    }

    @Override
    public String getId() {
        return id;
    }

    public String getCustomerId() {
        return customerId;
    }

    @Override
    public String getTenant() {
        return tenant;
    }

    public String getName() {
        return name;
    }

    public String getRole() {
        return role;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }
}
