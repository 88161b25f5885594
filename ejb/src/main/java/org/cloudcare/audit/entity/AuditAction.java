package org.cloudcare.audit.entity;

/**
 * What an audit line says happened. Each area declares its actions as an enum implementing this interface, so an
 * action is a typed constant with the type of object it is about, never a free string.
 */
public interface AuditAction {

    /** The stable name stored in the trail, e.g. {@code CUSTOMER_SUSPENDED}. */
    String name();

    /** The type of object the action is about, e.g. {@code Customer}. */
    String entityType();
}
