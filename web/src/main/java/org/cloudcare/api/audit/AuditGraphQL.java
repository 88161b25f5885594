package org.cloudcare.api.audit;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.cloudcare.api.Connections;
import org.cloudcare.api.PageInfo;
import org.cloudcare.api.error.TranslatesErrors;
import org.cloudcare.audit.boundary.AuditTrail;
import org.cloudcare.audit.entity.AuditEntry;
import org.cloudcare.platform.paging.PageRequest;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Type;

/** The audit trail: customer administrators see their own tenant's, provider managers everything. */
@GraphQLApi
@ApplicationScoped
@TranslatesErrors
public class AuditGraphQL {

    @Inject
    AuditTrail auditTrail;

    @Query
    @Description("Who changed what and when, newest first; filter by entity type and id.")
    public @NonNull AuditEntryConnection auditTrail(String entityType, String entityId,
            @DefaultValue("20") Integer first, String after) {
        return Connections.of(auditTrail.entries(entityType, entityId, PageRequest.of(first, after)),
                AuditEntryView::of, AuditEntryEdge::new, AuditEntryConnection::new);
    }

    @Type("AuditEntry")
    public record AuditEntryView(@Id @NonNull String id, @NonNull OffsetDateTime occurredAt, @NonNull String actor,
            String tenant, @NonNull String action, @NonNull String entityType, @NonNull String entityId,
            String detail) {

        static AuditEntryView of(AuditEntry entry) {
            return new AuditEntryView(entry.getId(), entry.getOccurredAt(), entry.getActor(), entry.getTenant(),
                    entry.getAction(), entry.getEntityType(), entry.getEntityId(), entry.getDetail());
        }
    }

    public record AuditEntryEdge(@NonNull String cursor, @NonNull AuditEntryView node) {
    }

    public record AuditEntryConnection(@NonNull List<@NonNull AuditEntryEdge> edges, @NonNull PageInfo pageInfo,
            @NonNull long totalCount) {
    }
}
