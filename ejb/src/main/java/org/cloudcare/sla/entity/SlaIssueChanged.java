package org.cloudcare.sla.entity;

import java.time.OffsetDateTime;

import org.cloudcare.platform.outbox.DomainEvent;

/**
 * A suspected SLA issue was reported, taken into analysis, confirmed (naming the violation that stands for it) or
 * rejected: notifications tell the customer, billing follows the violation's own event. {@code change} is the audit
 * action's name.
 */
public record SlaIssueChanged(String issueId, String tenant, String customerId, String agreementId, String period,
        String objective, String change, String status, String violationId, String actor, OffsetDateTime changedAt)
        implements DomainEvent {

    public static final String TYPE = "sla.issue-changed";

    public static SlaIssueChanged of(SlaIssue issue, SlaIssueAuditAction change, String actor, OffsetDateTime at) {
        return new SlaIssueChanged(issue.getId(), issue.getTenant(), issue.getCustomerId(), issue.getAgreementId(),
                issue.getPeriod(), issue.getObjective().name(), change.name(), issue.getStatus().name(),
                issue.getViolationId(), actor, at);
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateType() {
        return SlaIssue.TYPE;
    }

    @Override
    public String aggregateId() {
        return issueId;
    }
}
