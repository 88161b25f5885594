package org.cloudcare.customer.control;

/** A user of a customer's tenant as Keycloak keeps it; {@code role} is the CSC realm role it holds. */
public record TenantUser(String id, String username, String email, String firstName, String lastName, String role,
        boolean enabled, String tenant) {
}
