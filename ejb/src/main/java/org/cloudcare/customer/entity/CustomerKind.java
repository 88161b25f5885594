package org.cloudcare.customer.entity;

/** What kind of organisation the customer is; health-care kinds fall under ISO/TS 23535. */
public enum CustomerKind {
    HOSPITAL,
    CLINIC,
    PUBLIC_HEALTH_CENTRE,
    ENTERPRISE
}
