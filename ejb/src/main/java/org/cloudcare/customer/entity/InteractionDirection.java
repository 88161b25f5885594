package org.cloudcare.customer.entity;

/** Whether the customer contacted the provider (inbound) or the provider the customer (outbound). */
public enum InteractionDirection {
    INBOUND,
    OUTBOUND
}
