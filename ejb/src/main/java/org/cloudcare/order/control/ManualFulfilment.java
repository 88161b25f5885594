package org.cloudcare.order.control;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.cloudcare.order.entity.ProductOrder;

/**
 * The default fulfilment: the provider's service manager starts, completes or fails each product order through
 * GraphQL; the orchestration job never acts on these product orders.
 */
@ApplicationScoped
public class ManualFulfilment implements FulfilmentProvider {

    @Override
    public String name() {
        return ProductOrder.MANUAL;
    }

    @Override
    public Instant nextStepAt(ProductOrder productOrder, Instant now) {
        return null;
    }

    @Override
    public void takeStep(ProductOrder productOrder, Instant now) {
        // nothing is ever scheduled for people's work
    }
}
