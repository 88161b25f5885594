package org.cloudcare.platform.security;

import java.util.Set;

/**
 * The Keycloak realm roles (ISO/TS 23535 5.1 parties). CSC roles belong to a customer (tenant) and always come with
 * the {@code customer_id} claim; CSP staff roles are the provider's people and see every tenant; the monitoring role
 * belongs to a service account that pushes measurements and usage and reads nothing.
 */
public final class Roles {

    public static final String CSC_USER = "csc-user";
    public static final String CSC_ADMIN = "csc-admin";
    public static final String CSC_BUSINESS_MANAGER = "csc-business-manager";
    public static final String CSP_SUPPORT = "csp-support";
    public static final String CSP_SERVICE_MANAGER = "csp-service-manager";
    public static final String CSP_OPERATIONS = "csp-operations";
    public static final String CSP_BUSINESS_MANAGER = "csp-business-manager";
    public static final String CSP_MONITORING = "csp-monitoring";

    public static final Set<String> CUSTOMER_ROLES = Set.of(CSC_USER, CSC_ADMIN, CSC_BUSINESS_MANAGER);
    public static final Set<String> STAFF_ROLES = Set.of(CSP_SUPPORT, CSP_SERVICE_MANAGER, CSP_OPERATIONS,
            CSP_BUSINESS_MANAGER);
    public static final Set<String> SERVICE_ROLES = Set.of(CSP_MONITORING);

    private Roles() {
    }
}
