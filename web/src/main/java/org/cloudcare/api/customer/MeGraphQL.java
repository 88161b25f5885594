package org.cloudcare.api.customer;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.cloudcare.api.error.TranslatesErrors;
import org.cloudcare.customer.boundary.Customers;
import org.cloudcare.platform.security.Caller;
import org.cloudcare.platform.security.CallerContext;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.eclipse.microprofile.graphql.Type;

/** Who the caller is, as the portal needs it right after login. */
@GraphQLApi
@ApplicationScoped
@TranslatesErrors
public class MeGraphQL {

    @Inject
    CallerContext callers;

    @Inject
    Customers customers;

    @Query
    @Description("The signed-in user: name, roles and, for a customer's user, its customer.")
    public @NonNull MeView me() {
        Caller caller = callers.current();
        return new MeView(caller.username(), caller.name(), caller.email(),
                caller.roles().stream().sorted().toList(), caller.tenant());
    }

    @Description("The customer the user belongs to; null for provider staff.")
    public CustomerView customer(@Source MeView me) {
        return me.tenant() == null ? null : CustomerView.of(customers.ownCustomer());
    }

    @Type("Me")
    public record MeView(@NonNull String username, @NonNull String name, String email,
            @NonNull List<@NonNull String> roles, @Description("The customer code (tenant) of a customer's user.")
            String tenant) {
    }
}
