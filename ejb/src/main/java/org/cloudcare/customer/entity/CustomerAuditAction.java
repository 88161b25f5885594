package org.cloudcare.customer.entity;

import org.cloudcare.audit.entity.AuditAction;

/** What the audit trail records of the customer information area. */
public enum CustomerAuditAction implements AuditAction {
    CUSTOMER_CREATED(Customer.TYPE),
    CUSTOMER_SUSPENDED(Customer.TYPE),
    CUSTOMER_REACTIVATED(Customer.TYPE),
    CUSTOMER_PROFILE_UPDATED(Customer.TYPE),
    CUSTOMER_CONTACT_ADDED(Customer.TYPE),
    CUSTOMER_CONTACT_REMOVED(Customer.TYPE),
    INTERACTION_RECORDED(Interaction.TYPE),
    TENANT_USER_INVITED(CustomerAuditAction.TENANT_USER),
    TENANT_USER_DISABLED(CustomerAuditAction.TENANT_USER),
    /** An invitation failed after Keycloak had created the user, and the user was deleted again. */
    TENANT_USER_INVITATION_UNDONE(CustomerAuditAction.TENANT_USER),
    /** An invitation failed after Keycloak had created the user, and even deleting it failed: it stays disabled. */
    TENANT_USER_INVITATION_FAILED(CustomerAuditAction.TENANT_USER);

    /** How users of a tenant (kept in Keycloak) are named in errors and in the audit trail. */
    public static final String TENANT_USER = "User";

    private final String entityType;

    CustomerAuditAction(String entityType) {
        this.entityType = entityType;
    }

    @Override
    public String entityType() {
        return entityType;
    }
}
