package org.cloudcare.api.customer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.cloudcare.api.Connections;
import org.cloudcare.api.customer.CustomerConnections.TenantUserConnection;
import org.cloudcare.api.customer.CustomerConnections.TenantUserEdge;
import org.cloudcare.api.error.TranslatesErrors;
import org.cloudcare.customer.boundary.TenantUsers;
import org.cloudcare.customer.control.TenantDirectory.Invitation;
import org.cloudcare.platform.paging.PageRequest;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Type;

/** A customer's administrator manages the users of its own tenant (kept in Keycloak). */
@GraphQLApi
@ApplicationScoped
@TranslatesErrors
public class TenantUserGraphQL {

    @Inject
    TenantUsers tenantUsers;

    @Query
    @Description("The users of the caller's own tenant (customer administrators only).")
    public @NonNull TenantUserConnection tenantUsers(@DefaultValue("20") Integer first, String after) {
        return Connections.of(tenantUsers.users(PageRequest.of(first, after)), TenantUserView::of,
                TenantUserEdge::new, TenantUserConnection::new);
    }

    @Mutation
    @Description("Creates a user in the caller's tenant with a one-time password to change at first login.")
    public @NonNull TenantUserInvitation inviteTenantUser(@NonNull Inputs.InviteTenantUser input) {
        Invitation invitation = tenantUsers.invite(input.username(), input.email(), input.firstName(),
                input.lastName(), input.role().name());
        return new TenantUserInvitation(TenantUserView.of(invitation.user()), invitation.temporaryPassword());
    }

    @Mutation
    @Description("Disables a user of the caller's tenant; it can no longer sign in.")
    public @NonNull TenantUserView disableTenantUser(@Id @NonNull String id) {
        return TenantUserView.of(tenantUsers.disable(id));
    }

    @Type("TenantUserInvitation")
    public record TenantUserInvitation(@NonNull TenantUserView user,
            @NonNull @Description("Shown once; the user must change it at first login.") String temporaryPassword) {
    }
}
