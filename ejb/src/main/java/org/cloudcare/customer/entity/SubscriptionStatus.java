package org.cloudcare.customer.entity;

/**
 * TMF637 product status words for what a customer has in its inventory: created → active ↔ suspended → terminated
 * (a created subscription can also be terminated before it was ever active). Moves are methods of
 * {@link Subscription}.
 */
public enum SubscriptionStatus {
    CREATED,
    ACTIVE,
    SUSPENDED,
    TERMINATED
}
