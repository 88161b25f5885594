package org.cloudcare.platform.security;

import java.util.Set;

import org.cloudcare.platform.error.CloudCareException;
import org.cloudcare.platform.error.ErrorCode;

/**
 * Who is calling: the user name, the roles, and - for a cloud service customer's user - the tenant from the token.
 * The tenant never comes from an argument, so a customer's user cannot reach another tenant by sending its id.
 */
public record Caller(String username, String name, String email, Set<String> roles, String tenant) {

    /** True for users of a cloud service customer; their access is limited to {@link #tenant()}. */
    public boolean isCustomerUser() {
        return roles.stream().anyMatch(Roles.CUSTOMER_ROLES::contains);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /**
     * Refuses an object of another tenant as if it did not exist, so that ids of other customers cannot even be
     * probed.
     */
    public void requireAccessTo(String tenantOfObject, String what, Object id) {
        if (isCustomerUser() && !tenant.equals(tenantOfObject)) {
            throw CloudCareException.notFound(what, id);
        }
    }

    /** The tenant of a customer's user; staff have none. */
    public String requireTenant() {
        if (!isCustomerUser()) {
            throw new CloudCareException(ErrorCode.FORBIDDEN, "Only users of a customer have a tenant.");
        }
        return tenant;
    }
}
