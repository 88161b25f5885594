package org.cloudcare.sla.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.cloudcare.platform.error.Checks;
import org.cloudcare.platform.error.CloudCareException;
import org.cloudcare.platform.error.Reasons;
import org.cloudcare.platform.tenancy.TenantOwned;
import org.cloudcare.platform.time.Timestamps;
import org.cloudcare.problem.entity.AttachmentLink;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A suspected SLA issue a customer reports (ITU-T Y.3525 10.1.2.2, SLA issue reception): one agreement, one closed
 * month, one objective with a contractual value, what the customer saw and the evidence as links (like ticket
 * attachments: CloudCare stores no files).
 * <p>
 * Lifecycle: {@code REPORTED} → {@code IN_ANALYSIS} (the provider's service manager starts the analysis) →
 * {@code CONFIRMED} (with the delivered value found; a violation stands for it, recorded by the evaluation's own path
 * or already there) or {@code REJECTED} (with the reason). Both outcomes are final; any other move is CONFLICT.
 */
@Entity
@Table(name = "sla_issue")
public class SlaIssue implements TenantOwned {

    public static final String TYPE = "SlaIssue";
    public static final int MAX_DESCRIPTION = 4000;
    public static final int MAX_EVIDENCE = 20;
    public static final int MAX_REASON = 1000;
    /** The objectives an agreement promises a value for: only these can be missed. */
    public static final Set<EvaluatedObjective> REPORTABLE = EnumSet.complementOf(EnumSet.of(
            EvaluatedObjective.SERVICE_RESPONSE_TIME, EvaluatedObjective.ORDER_COMPLETION_ON_TIME));

    /** Evidence as given: a link and its name. */
    public record Evidence(String url, String name) {
    }

    @Id
    private String id;

    @Column(nullable = false, updatable = false)
    private String tenant;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private String customerId;

    @Column(name = "agreement_id", nullable = false, updatable = false)
    private String agreementId;

    @Column(name = "subscription_id", nullable = false, updatable = false)
    private String subscriptionId;

    @Column(nullable = false, updatable = false)
    private String period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private EvaluatedObjective objective;

    @Column(nullable = false, updatable = false)
    private String description;

    @ElementCollection(fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "sla_issue_evidence", joinColumns = @JoinColumn(name = "issue_id"))
    @OrderColumn(name = "seq")
    private List<AttachmentLink> evidence = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SlaIssueStatus status;

    @Column(name = "reported_by", nullable = false, updatable = false)
    private String reportedBy;

    @Column(name = "reported_at", nullable = false, updatable = false)
    private OffsetDateTime reportedAt;

    @Column(name = "analysis_started_by")
    private String analysisStartedBy;

    @Column(name = "analysis_started_at")
    private OffsetDateTime analysisStartedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Column(name = "delivered_value")
    private BigDecimal deliveredValue;

    @Column(name = "rejection_reason")
    private String rejectionReason;

    @Column(name = "violation_id")
    private String violationId;

    @Version
    private long version;

    protected SlaIssue() {
    }

    /**
     * Every reason the customer's own words are refused, named by field ({@code objective}, {@code description},
     * {@code evidence[i].url}, {@code evidence[i].name}); the boundary adds what only it knows (agreement, period).
     */
    public static Reasons problemsWith(EvaluatedObjective objective, String description, List<Evidence> evidence) {
        Reasons reasons = new Reasons();
        if (objective == null) {
            reasons.add("objective", "The objective the issue is about must be given.");
        } else if (!REPORTABLE.contains(objective)) {
            reasons.add("objective", "The agreement promises no value for " + objective
                    + ": only availability, response and repair times can be missed.");
        }
        if (description == null || description.isBlank()) {
            reasons.add("description", "The description must say what was seen.");
        } else if (description.strip().length() > MAX_DESCRIPTION) {
            reasons.add("description", "The description must be at most " + MAX_DESCRIPTION + " characters long.");
        }
        List<Evidence> links = evidence == null ? List.of() : evidence;
        if (links.size() > MAX_EVIDENCE) {
            reasons.add("evidence", "At most " + MAX_EVIDENCE + " pieces of evidence can be linked.");
        }
        for (int i = 0; i < links.size(); i++) {
            Evidence link = links.get(i);
            if (link == null) {
                reasons.add("evidence[" + i + "]", "The evidence must be a link with a name.");
                continue;
            }
            reasons.addIf("evidence[" + i + "].url", AttachmentLink.problemWith(link.url()));
            if (link.name() == null || link.name().isBlank()) {
                reasons.add("evidence[" + i + "].name", "The evidence needs a name.");
            } else if (link.name().strip().length() > 200) {
                reasons.add("evidence[" + i + "].name", "The name must be at most 200 characters long.");
            }
        }
        return reasons;
    }

    /** Receives a report the boundary has checked whole ({@link #problemsWith} and the agreement's month). */
    public static SlaIssue report(ServiceLevelAgreement agreement, EvaluationPeriod period,
            EvaluatedObjective objective, String description, List<Evidence> evidence, String by, Instant now) {
        problemsWith(objective, description, evidence).throwIfAny("The SLA issue was refused.");
        SlaIssue issue = new SlaIssue();
        issue.id = UUID.randomUUID().toString();
        issue.tenant = agreement.getTenant();
        issue.customerId = agreement.getCustomerId();
        issue.agreementId = agreement.getId();
        issue.subscriptionId = agreement.getSubscriptionId();
        issue.period = period.toString();
        issue.objective = objective;
        issue.description = description.strip();
        if (evidence != null) {
            for (Evidence link : evidence) {
                issue.evidence.add(new AttachmentLink(link.url(), link.name()));
            }
        }
        issue.status = SlaIssueStatus.REPORTED;
        issue.reportedBy = by;
        issue.reportedAt = Timestamps.at(now);
        return issue;
    }

    /** The service manager takes the issue into analysis; only a reported issue can be. */
    public void startAnalysis(String by, Instant now) {
        requireStatus(SlaIssueStatus.REPORTED, "start the analysis of");
        status = SlaIssueStatus.IN_ANALYSIS;
        analysisStartedBy = by;
        analysisStartedAt = Timestamps.at(now);
    }

    /**
     * The analysis found the objective missed: {@code deliveredValue} (percent, 0-100, four decimals at most) is what
     * was delivered, and {@code violation} gives the id of the violation that stands for it - asked only once the move
     * is legal, so nothing is recorded for an issue that cannot be confirmed.
     */
    public void confirm(BigDecimal deliveredValue, Supplier<String> violation, String by, Instant now) {
        requireStatus(SlaIssueStatus.IN_ANALYSIS, "confirm");
        BigDecimal delivered = Checks.decimal("deliveredValue", deliveredValue, BigDecimal.ZERO,
                BigDecimal.valueOf(100), 4);
        this.violationId = Checks.required("violationId", violation.get());
        this.deliveredValue = delivered;
        status = SlaIssueStatus.CONFIRMED;
        decidedBy = by;
        decidedAt = Timestamps.at(now);
    }

    /** The analysis found no miss; the reason (1-1000 characters) tells the customer why. */
    public void reject(String reason, String by, Instant now) {
        requireStatus(SlaIssueStatus.IN_ANALYSIS, "reject");
        this.rejectionReason = Checks.text("reason", reason, MAX_REASON);
        status = SlaIssueStatus.REJECTED;
        decidedBy = by;
        decidedAt = Timestamps.at(now);
    }

    private void requireStatus(SlaIssueStatus required, String move) {
        if (status != required) {
            throw CloudCareException.conflict("Cannot " + move + " SLA issue " + id + ": it is " + status
                    + ", and only an issue " + required + " can be.");
        }
    }

    /** In words, for the audit trail and the customer's history. */
    public String describe() {
        return objective + " " + period + " (" + status + ")" + (deliveredValue == null ? ""
                : ": delivered " + deliveredValue.stripTrailingZeros().toPlainString())
                + (rejectionReason == null ? "" : ": " + rejectionReason);
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

    public String getAgreementId() {
        return agreementId;
    }

    public String getSubscriptionId() {
        return subscriptionId;
    }

    public String getPeriod() {
        return period;
    }

    public EvaluatedObjective getObjective() {
        return objective;
    }

    public String getDescription() {
        return description;
    }

    public List<AttachmentLink> getEvidence() {
        return List.copyOf(evidence);
    }

    public SlaIssueStatus getStatus() {
        return status;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public OffsetDateTime getReportedAt() {
        return reportedAt;
    }

    public String getAnalysisStartedBy() {
        return analysisStartedBy;
    }

    public OffsetDateTime getAnalysisStartedAt() {
        return analysisStartedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public OffsetDateTime getDecidedAt() {
        return decidedAt;
    }

    public BigDecimal getDeliveredValue() {
        return deliveredValue;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    /** The violation that stands for a confirmed issue; null otherwise. */
    public String getViolationId() {
        return violationId;
    }

    public long getVersion() {
        return version;
    }
}
