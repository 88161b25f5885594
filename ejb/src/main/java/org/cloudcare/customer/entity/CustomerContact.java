package org.cloudcare.customer.entity;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.cloudcare.platform.error.Checks;

/** A person the provider talks to at the customer (ISO/TS 23535 5.2.7 point of contact). Part of {@link Customer}. */
@Entity
@Table(name = "customer_contact")
public class CustomerContact {

    @Id
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;

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
        this.name = Checks.text("name", name, 200);
        this.role = Checks.text("role", role, 100);
        this.email = Checks.email("email", email);
        this.phone = Checks.optionalPhone("phone", phone);
    }

    public String getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
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
