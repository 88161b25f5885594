package org.cloudcare.api;

import org.eclipse.microprofile.graphql.NonNull;

/** Relay-style paging information of a connection. */
public record PageInfo(@NonNull boolean hasNextPage, @NonNull boolean hasPreviousPage, String endCursor) {
}
