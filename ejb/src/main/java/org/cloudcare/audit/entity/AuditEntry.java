package org.cloudcare.audit.entity;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.cloudcare.platform.tenancy.TenantOwned;
import org.cloudcare.platform.time.Timestamps;

/**
 * One line of the audit trail: who did what to which object, when, and for which tenant. Written in the same
 * transaction as the change it records, so a change without its audit line cannot exist. Never updated or deleted.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry implements TenantOwned {

    private static final int MAX_DETAIL = 2000;

    @Id
    private String id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    /** The customer the object belongs to, or null for provider-wide objects. */
    @Column(updatable = false)
    private String tenant;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(name = "entity_type", nullable = false, updatable = false)
    private String entityType;

    @Column(name = "entity_id", nullable = false, updatable = false)
    private String entityId;

    @Column(updatable = false)
    private String detail;

    protected AuditEntry() {
    }

    public AuditEntry(String actor, String tenant, AuditAction action, String entityId, String detail, Clock clock) {
        this.id = UUID.randomUUID().toString();
        this.occurredAt = Timestamps.now(clock);
        this.actor = actor;
        this.tenant = tenant;
        this.action = action.name();
        this.entityType = action.entityType();
        this.entityId = entityId;
        this.detail = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
    }

    @Override
    public String getId() {
        return id;
    }

    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    @Override
    public String getTenant() {
        return tenant;
    }

    public String getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getDetail() {
        return detail;
    }
}
