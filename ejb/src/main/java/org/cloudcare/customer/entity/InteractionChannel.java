package org.cloudcare.customer.entity;

/** The channel a contact with the customer came through. */
public enum InteractionChannel {
    PORTAL,
    EMAIL,
    PHONE,
    CHAT
}
