package org.cloudcare.order.entity;

/** The TMF622 {@code ItemActionType} of an order item that CloudCare supports. */
public enum OrderItemAction {
    /** A new subscription to the offering. */
    ADD,
    /** A change of an existing subscription: its quantity or its region (a relocation). */
    MODIFY,
    /** The end of an existing subscription. */
    DELETE
}
