package org.cloudcare.customer.entity;

/** How a customer wants to be told about changes it cares about. */
public enum NotificationChannel {
    PORTAL,
    EMAIL,
    WEBHOOK
}
