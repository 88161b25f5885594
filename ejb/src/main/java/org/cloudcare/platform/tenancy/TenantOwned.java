package org.cloudcare.platform.tenancy;

/**
 * An entity that belongs to one customer's tenant. Its persistent attribute {@value #TENANT} holds the customer code
 * (the {@code customer_id} claim of the customer's users), the one tenant key of every tenant-owned table, so that
 * {@link TenantScope} can check an object and filter a query the same way for every area.
 */
public interface TenantOwned {

    /** The name of the tenant attribute every tenant-owned entity maps. */
    String TENANT = "tenant";

    String getId();

    String getTenant();
}
