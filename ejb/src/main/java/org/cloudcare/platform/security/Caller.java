package org.cloudcare.platform.security;

import java.util.Set;

import org.cloudcare.platform.error.CloudCareException;

/**
 * Who is calling: the user name, the roles, what kind of party it is, and - for a cloud service customer's user - the
 * tenant from the token. The tenant never comes from an argument, so a customer's user cannot reach another tenant by
 * sending its id. Which tenants a caller may see is decided in one place, {@link #tenantFilter()}.
 */
public record Caller(String username, String name, String email, Set<String> roles, String tenant, CallerKind kind) {

    public Caller {
        roles = Set.copyOf(roles);
        if (kind == CallerKind.CUSTOMER_USER && (tenant == null || tenant.isBlank())) {
            throw CloudCareException.forbidden("Your account is not assigned to a customer; ask your administrator.");
        }
        if (kind != CallerKind.CUSTOMER_USER) {
            tenant = null;
        }
    }

    /**
     * The caller from its roles: customer roles make a customer user, staff roles provider staff, the monitoring role a
     * service account. No role, or roles of two kinds, is refused rather than guessed.
     */
    public static Caller of(String username, String name, String email, Set<String> roles, String tenant) {
        boolean customer = roles.stream().anyMatch(Roles.CUSTOMER_ROLES::contains);
        boolean staff = roles.stream().anyMatch(Roles.STAFF_ROLES::contains);
        boolean service = roles.stream().anyMatch(Roles.SERVICE_ROLES::contains);
        int kinds = (customer ? 1 : 0) + (staff ? 1 : 0) + (service ? 1 : 0);
        if (kinds != 1) {
            throw CloudCareException.forbidden(kinds == 0
                    ? "Your account has no CloudCare role; ask your administrator."
                    : "Your account holds roles of a customer and of the provider at once; ask your administrator.");
        }
        CallerKind kind = customer ? CallerKind.CUSTOMER_USER
                : staff ? CallerKind.PROVIDER_STAFF : CallerKind.SERVICE_ACCOUNT;
        return new Caller(username, name, email, roles, tenant, kind);
    }

    /** True for users of a cloud service customer; their access is limited to {@link #tenant()}. */
    public boolean isCustomerUser() {
        return kind == CallerKind.CUSTOMER_USER;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /**
     * The tenants whose data this caller may read: all for provider staff, its own for a customer's user. A service
     * account reads no customer data at all.
     */
    public TenantFilter tenantFilter() {
        return switch (kind) {
            case PROVIDER_STAFF -> TenantFilter.ALL_TENANTS;
            case CUSTOMER_USER -> TenantFilter.only(tenant);
            case SERVICE_ACCOUNT -> throw CloudCareException.forbidden(
                    "A service account may push measurements and usage, but not read customer data.");
        };
    }

    /** The tenant of a customer's user; staff have none. */
    public String requireTenant() {
        if (!isCustomerUser()) {
            throw CloudCareException.forbidden("Only users of a customer have a tenant.");
        }
        return tenant;
    }
}
