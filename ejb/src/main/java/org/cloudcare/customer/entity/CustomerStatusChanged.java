package org.cloudcare.customer.entity;

import org.cloudcare.platform.outbox.DomainEvent;

/**
 * A customer was suspended or reactivated: the event other areas act on (orders refuse a suspended customer,
 * notifications tell its contacts). Published through the outbox in the transaction of the change.
 */
public record CustomerStatusChanged(String customerId, String tenant, CustomerStatus status, String reason)
        implements DomainEvent {

    public static final String TYPE = "customer.status-changed";

    static CustomerStatusChanged of(Customer customer) {
        return new CustomerStatusChanged(customer.getId(), customer.getTenant(), customer.getStatus(),
                customer.getStatusReason());
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateType() {
        return Customer.TYPE;
    }

    @Override
    public String aggregateId() {
        return customerId;
    }
}
