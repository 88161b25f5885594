package org.cloudcare.sla.entity;

import java.time.OffsetDateTime;

import org.cloudcare.platform.outbox.DomainEvent;

/**
 * A customer's cloud service agreement started, had an objective renegotiated or ended: notifications tell the
 * customer, SLA evaluation reads the terms again. {@code change} is the audit action's name; {@code detail} says what
 * changed in words.
 */
public record ServiceLevelAgreementChanged(String agreementId, String tenant, String customerId,
        String subscriptionId, AgreementStatus status, String change, String detail, String actor,
        OffsetDateTime changedAt) implements DomainEvent {

    public static final String TYPE = "sla.agreement-changed";

    public static ServiceLevelAgreementChanged of(ServiceLevelAgreement agreement, SlaAuditAction change,
            String detail, String actor, OffsetDateTime at) {
        return new ServiceLevelAgreementChanged(agreement.getId(), agreement.getTenant(), agreement.getCustomerId(),
                agreement.getSubscriptionId(), agreement.getStatus(), change.name(), detail, actor, at);
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateType() {
        return ServiceLevelAgreement.TYPE;
    }

    @Override
    public String aggregateId() {
        return agreementId;
    }
}
