package org.cloudcare.api.customer;

import org.cloudcare.customer.control.TenantUser;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("TenantUser")
public record TenantUserView(@Id @NonNull String id, @NonNull String username, String email, String firstName,
        String lastName, String role, @NonNull boolean enabled) {

    static TenantUserView of(TenantUser user) {
        return new TenantUserView(user.id(), user.username(), user.email(), user.firstName(), user.lastName(),
                user.role(), user.enabled());
    }
}
