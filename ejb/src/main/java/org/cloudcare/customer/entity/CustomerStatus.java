package org.cloudcare.customer.entity;

/** Lifecycle of a customer account: active, suspended (e.g. unpaid bills) and reactivated, or terminated for good. */
public enum CustomerStatus {
    ACTIVE,
    SUSPENDED,
    TERMINATED
}
