package org.cloudcare.sla.entity;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import org.cloudcare.platform.outbox.DomainEvent;

/**
 * An SLA violation was recorded or revised: billing (a later issue) applies the credit, notifications tell the
 * customer. {@code change} is the audit action's name.
 */
public record SlaViolationRecorded(String violationId, String tenant, String customerId, String agreementId,
        String period, String objective, String change, BigDecimal contractualValue, BigDecimal deliveredValue,
        BigDecimal creditPercent, BigDecimal creditAmount, String creditCurrency, String actor,
        OffsetDateTime recordedAt) implements DomainEvent {

    public static final String TYPE = "sla.violation-recorded";

    public static SlaViolationRecorded of(SlaViolation violation, SlaViolationAuditAction change, String actor,
            OffsetDateTime at) {
        return new SlaViolationRecorded(violation.getId(), violation.getTenant(), violation.getCustomerId(),
                violation.getAgreementId(), violation.getPeriod(), violation.getObjective().name(), change.name(),
                violation.getContractualValue(), violation.getDeliveredValue(), violation.getCreditPercent(),
                violation.getCredit() == null ? null : violation.getCredit().getAmount(),
                violation.getCredit() == null ? null : violation.getCredit().getCurrency(), actor, at);
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateType() {
        return SlaViolation.TYPE;
    }

    @Override
    public String aggregateId() {
        return violationId;
    }
}
