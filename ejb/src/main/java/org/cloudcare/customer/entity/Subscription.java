package org.cloudcare.customer.entity;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.cloudcare.platform.tenancy.TenantOwned;

/**
 * What a customer has (a TMF637 product in its inventory) and the region its data is kept in (ISO/TS 23535 5.9).
 * Subscriptions are created and changed by completed customer orders; the customer information area only shows them.
 */
@Entity
@Table(name = "subscription")
public class Subscription implements TenantOwned {

    @Id
    private String id;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private String customerId;

    @Column(nullable = false, updatable = false)
    private String tenant;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SubscriptionStatus status;

    @Column(nullable = false)
    private String region;

    @Column(name = "start_date", nullable = false)
    private OffsetDateTime startDate;

    @Column(name = "termination_date")
    private OffsetDateTime terminationDate;

    @Version
    private long version;

    protected Subscription() {
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public String getTenant() {
        return tenant;
    }

    public String getCustomerId() {
        return customerId;
    }

    public String getName() {
        return name;
    }

    public SubscriptionStatus getStatus() {
        return status;
    }

    public String getRegion() {
        return region;
    }

    public OffsetDateTime getStartDate() {
        return startDate;
    }

    public OffsetDateTime getTerminationDate() {
        return terminationDate;
    }
}
