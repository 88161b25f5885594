package org.cloudcare.order.control;

import java.time.Duration;
import java.time.Instant;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.cloudcare.order.entity.ProductOrder;
import org.cloudcare.order.entity.ProductOrderState;

/**
 * Fulfilment without people, for the demo and for tests: a product order is started {@code cloudcare.fulfilment.delay}
 * after it was accepted (ISO-8601, default {@code PT10S}), expected to finish one delay later, and completed then. A
 * pending or held product order waits until it is resumed; the delay then starts again.
 */
@ApplicationScoped
public class AutomaticFulfilment implements FulfilmentProvider {

    public static final String NAME = "automatic";
    static final String PROVISIONED = "provisioned automatically";

    @Inject
    @ConfigProperty(name = "cloudcare.fulfilment.delay", defaultValue = "PT10S")
    String configuredDelay;

    private Duration delay;

    @PostConstruct
    void init() {
        delay = parse(configuredDelay);
    }

    static Duration parse(String configured) {
        Duration parsed;
        try {
            parsed = Duration.parse(configured.strip());
        } catch (RuntimeException unreadable) {
            throw new IllegalStateException("cloudcare.fulfilment.delay must be an ISO-8601 duration such as PT10S, not "
                    + configured + ".", unreadable);
        }
        if (parsed.isNegative()) {
            throw new IllegalStateException("cloudcare.fulfilment.delay cannot be negative: " + configured + ".");
        }
        return parsed;
    }

    @Override
    public String name() {
        return NAME;
    }

    public Duration delay() {
        return delay;
    }

    @Override
    public Instant nextStepAt(ProductOrder productOrder, Instant now) {
        return switch (productOrder.getState()) {
            case ACKNOWLEDGED, IN_PROGRESS -> now.plus(delay);
            default -> null;
        };
    }

    @Override
    public void takeStep(ProductOrder productOrder, Instant now) {
        if (productOrder.getState() == ProductOrderState.ACKNOWLEDGED) {
            productOrder.start(now);
            productOrder.expectCompletionBy(now.plus(delay), now);
        } else if (productOrder.getState() == ProductOrderState.IN_PROGRESS) {
            productOrder.reachMilestone(PROVISIONED, now);
            productOrder.complete(now);
        }
    }
}
