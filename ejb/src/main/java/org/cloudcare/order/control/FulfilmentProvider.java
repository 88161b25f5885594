package org.cloudcare.order.control;

import java.time.Instant;

import org.cloudcare.order.entity.ProductOrder;

/**
 * The pluggable fulfilment step of customer order management (ITU-T 10.1.1.1 orchestration): who moves a product
 * order from acknowledged to completed or failed. A provider is a CDI bean; {@link FulfilmentProviders} hands each new
 * product order to the one {@code cloudcare.fulfilment} names, and the product order keeps that name for good.
 * <p>
 * A provider never keeps state of its own: it says when it takes its next step ({@link #nextStepAt}), the product
 * order stores that time, and the orchestration job ({@code order.boundary.FulfilmentOrchestration}) calls
 * {@link #takeStep} once the time has come, on whichever instance claims the product order first. So a restart or a
 * second instance carries on where the first stopped.
 */
public interface FulfilmentProvider {

    /** The name stored on the product orders this provider handles, e.g. {@code manual}. At most 40 characters. */
    String name();

    /**
     * When this provider next acts on {@code productOrder}, as of {@code now}; null when it waits for people (the
     * manual provider always does) or has nothing left to do.
     */
    Instant nextStepAt(ProductOrder productOrder, Instant now);

    /**
     * The step that was due: one move of the product order (start, complete, fail, a milestone), inside the
     * transaction of the step, with its customer order locked. Called only for a product order of an order that is
     * being fulfilled (not pending, held or being cancelled).
     */
    void takeStep(ProductOrder productOrder, Instant now);
}
