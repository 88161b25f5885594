package org.cloudcare.customer.entity;

/** TMF637 product status words for what a customer has in its inventory. */
public enum SubscriptionStatus {
    CREATED,
    ACTIVE,
    SUSPENDED,
    TERMINATED
}
