package org.cloudcare.sla.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.cloudcare.platform.tenancy.TenantOwned;
import org.cloudcare.platform.time.Timestamps;
import org.cloudcare.problem.entity.Interval;

/**
 * One stored outcome: delivered against contractual for one objective of one agreement and period. Its id is made of
 * the three, and every evaluation replaces the agreement's rows of the period, so a re-run leaves exactly one row per
 * objective with the same values for the same data. {@code periodClosed} false marks the running month's provisional
 * figures.
 */
@Entity
@Table(name = "sla_evaluation_result")
public class SlaEvaluationResult implements TenantOwned {

    @Id
    private String id;

    @Column(name = "agreement_id", nullable = false)
    private String agreementId;

    @Column(nullable = false)
    private String period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EvaluatedObjective objective;

    @Column(nullable = false)
    private String tenant;

    @Column(name = "customer_id", nullable = false)
    private String customerId;

    @Column(name = "subscription_id", nullable = false)
    private String subscriptionId;

    @Column(name = "window_start", nullable = false)
    private OffsetDateTime windowStart;

    @Column(name = "window_end", nullable = false)
    private OffsetDateTime windowEnd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeasureUnit unit;

    @Column(name = "contractual_value")
    private BigDecimal contractualValue;

    @Column(name = "delivered_value")
    private BigDecimal deliveredValue;

    @Column(name = "target_minutes")
    private Integer targetMinutes;

    @Column(nullable = false)
    private long basis;

    private Boolean met;

    @Column(name = "period_closed", nullable = false)
    private boolean periodClosed;

    @Column(name = "evaluated_at", nullable = false)
    private OffsetDateTime evaluatedAt;

    protected SlaEvaluationResult() {
    }

    public SlaEvaluationResult(ServiceLevelAgreement agreement, EvaluationPeriod period, Interval window,
            ObjectiveOutcome outcome, boolean periodClosed, Instant at) {
        this.id = idOf(agreement.getId(), period, outcome.objective());
        this.agreementId = agreement.getId();
        this.period = period.toString();
        this.objective = outcome.objective();
        this.tenant = agreement.getTenant();
        this.customerId = agreement.getCustomerId();
        this.subscriptionId = agreement.getSubscriptionId();
        this.windowStart = Timestamps.at(window.start());
        this.windowEnd = Timestamps.at(window.end());
        this.unit = outcome.unit();
        this.contractualValue = stored(outcome.contractual());
        this.deliveredValue = stored(outcome.delivered());
        this.targetMinutes = outcome.targetMinutes();
        this.basis = outcome.basis();
        this.met = outcome.met();
        this.periodClosed = periodClosed;
        this.evaluatedAt = Timestamps.at(at);
    }

    /** The key of an agreement's result for an objective in a period: one per agreement, period and objective. */
    public static String idOf(String agreementId, EvaluationPeriod period, EvaluatedObjective objective) {
        return agreementId + "/" + period + "/" + objective.name();
    }

    /** A value as the column keeps it (four decimals), so a fresh result reads as a stored one. */
    static BigDecimal stored(BigDecimal value) {
        return value == null ? null : value.setScale(4, RoundingMode.HALF_UP);
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public String getTenant() {
        return tenant;
    }

    public String getAgreementId() {
        return agreementId;
    }

    public String getPeriod() {
        return period;
    }

    public EvaluatedObjective getObjective() {
        return objective;
    }

    public String getCustomerId() {
        return customerId;
    }

    public String getSubscriptionId() {
        return subscriptionId;
    }

    public OffsetDateTime getWindowStart() {
        return windowStart;
    }

    public OffsetDateTime getWindowEnd() {
        return windowEnd;
    }

    public MeasureUnit getUnit() {
        return unit;
    }

    public BigDecimal getContractualValue() {
        return contractualValue;
    }

    public BigDecimal getDeliveredValue() {
        return deliveredValue;
    }

    public Integer getTargetMinutes() {
        return targetMinutes;
    }

    public long getBasis() {
        return basis;
    }

    public Boolean getMet() {
        return met;
    }

    public boolean isPeriodClosed() {
        return periodClosed;
    }

    public OffsetDateTime getEvaluatedAt() {
        return evaluatedAt;
    }
}
