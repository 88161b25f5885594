package org.cloudcare.api.customer;

import java.util.List;

import org.cloudcare.api.PageInfo;
import org.eclipse.microprofile.graphql.NonNull;

/** The cursor connections of the customer information area (concrete types give clean schema names). */
final class CustomerConnections {

    private CustomerConnections() {
    }

    public record CustomerEdge(@NonNull String cursor, @NonNull CustomerView node) {
    }

    public record CustomerConnection(@NonNull List<@NonNull CustomerEdge> edges, @NonNull PageInfo pageInfo,
            @NonNull long totalCount) {
    }

    public record InteractionEdge(@NonNull String cursor, @NonNull InteractionView node) {
    }

    public record InteractionConnection(@NonNull List<@NonNull InteractionEdge> edges, @NonNull PageInfo pageInfo,
            @NonNull long totalCount) {
    }

    public record SubscriptionEdge(@NonNull String cursor, @NonNull SubscriptionView node) {
    }

    public record SubscriptionConnection(@NonNull List<@NonNull SubscriptionEdge> edges, @NonNull PageInfo pageInfo,
            @NonNull long totalCount) {
    }

    public record TenantUserEdge(@NonNull String cursor, @NonNull TenantUserView node) {
    }

    public record TenantUserConnection(@NonNull List<@NonNull TenantUserEdge> edges, @NonNull PageInfo pageInfo,
            @NonNull long totalCount) {
    }
}
