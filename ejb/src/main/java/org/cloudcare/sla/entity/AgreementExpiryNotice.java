package org.cloudcare.sla.entity;

import java.time.OffsetDateTime;
import java.util.List;

import org.cloudcare.platform.outbox.DomainEvent;
import org.cloudcare.platform.security.Roles;

/**
 * The customer is told that the current term of an agreement ends (ISO/TS 23535 5.15), once per term: on
 * {@code expiryDate} the agreement renews for another {@code termMonths} when {@code autoRenew}, otherwise it expires.
 * {@code recipientRoles} are the customer's people who manage its contracts (ISO/TS 23535 5.1.1: the cloud service
 * administrator and business manager), for the notifications that deliver it.
 */
public record AgreementExpiryNotice(String agreementId, String tenant, String customerId, String subscriptionId,
        String agreementName, OffsetDateTime expiryDate, boolean autoRenew, int termMonths,
        List<String> recipientRoles, String detail, OffsetDateTime sentAt) implements DomainEvent {

    public static final String TYPE = "sla.agreement-expiry-notice";
    /** Who at the customer receives the notice. */
    public static final List<String> RECIPIENT_ROLES = List.of(Roles.CSC_ADMIN, Roles.CSC_BUSINESS_MANAGER);

    public static AgreementExpiryNotice of(ServiceLevelAgreement agreement, String detail) {
        return new AgreementExpiryNotice(agreement.getId(), agreement.getTenant(), agreement.getCustomerId(),
                agreement.getSubscriptionId(), agreement.getName(), agreement.getExpiryDate(),
                agreement.getRenewalDate() != null, agreement.effectiveTerms().termMonths(), RECIPIENT_ROLES, detail,
                agreement.getExpiryNoticeSentAt());
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
