package org.cloudcare.platform.security;

import java.util.Optional;

import org.cloudcare.platform.error.CloudCareException;

/**
 * Which tenants a caller may see, as a value: every tenant, or exactly one. Both the object check ({@link #admits})
 * and the query predicates of {@code TenantScope} are derived from it, so the rule cannot differ between them.
 */
public final class TenantFilter {

    static final TenantFilter ALL_TENANTS = new TenantFilter(null);

    private final String tenant;

    private TenantFilter(String tenant) {
        this.tenant = tenant;
    }

    static TenantFilter only(String tenant) {
        if (tenant == null || tenant.isBlank()) {
            throw CloudCareException.forbidden("Your account is not assigned to a customer; ask your administrator.");
        }
        return new TenantFilter(tenant);
    }

    /** The one tenant the caller is limited to; empty when it may see all of them. */
    public Optional<String> tenant() {
        return Optional.ofNullable(tenant);
    }

    /** Whether an object of {@code tenantOfObject} is visible; an object without a tenant only to the provider. */
    public boolean admits(String tenantOfObject) {
        return tenant == null || tenant.equals(tenantOfObject);
    }

    @Override
    public String toString() {
        return tenant == null ? "all tenants" : "tenant " + tenant;
    }
}
