package org.cloudcare.customer.entity;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.cloudcare.platform.error.Checks;
import org.cloudcare.platform.tenancy.TenantOwned;
import org.cloudcare.platform.time.Timestamps;

/**
 * One contact with a customer by any channel (TMF683 party interaction): who recorded it, when, about what, and -
 * when it concerns one - the order or problem it belongs to. Interactions are history: never changed once recorded.
 */
@Entity
@Table(name = "interaction")
public class Interaction implements TenantOwned {

    /** How interactions are named in errors and in the audit trail. */
    public static final String TYPE = "Interaction";

    @Id
    private String id;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private String customerId;

    @Column(nullable = false, updatable = false)
    private String tenant;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private InteractionChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private InteractionDirection direction;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(updatable = false)
    private String description;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "related_entity_type", updatable = false)
    private String relatedEntityType;

    @Column(name = "related_entity_id", updatable = false)
    private String relatedEntityId;

    protected Interaction() {
    }

    public Interaction(Customer customer, InteractionChannel channel, InteractionDirection direction, String subject,
            String description, String recordedBy, Clock clock) {
        this.id = UUID.randomUUID().toString();
        this.customerId = Checks.required("customerId", customer).getId();
        this.tenant = customer.getTenant();
        this.channel = Checks.required("channel", channel);
        this.direction = Checks.required("direction", direction);
        this.subject = Checks.text("subject", subject, 200);
        this.description = Checks.optionalText("description", description, 4000);
        this.recordedBy = recordedBy;
        this.occurredAt = Timestamps.now(clock);
    }

    /** Links the interaction to the order or problem it was about, so both sides show it. */
    public Interaction about(String entityType, String entityId) {
        this.relatedEntityType = entityType;
        this.relatedEntityId = entityId;
        return this;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public String getTenant() {
        return tenant;
    }

    public String getCustomerId() {
        return customerId;
    }

    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }

    public InteractionChannel getChannel() {
        return channel;
    }

    public InteractionDirection getDirection() {
        return direction;
    }

    public String getSubject() {
        return subject;
    }

    public String getDescription() {
        return description;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public String getRelatedEntityType() {
        return relatedEntityType;
    }

    public String getRelatedEntityId() {
        return relatedEntityId;
    }
}
