package org.cloudcare.sla.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.cloudcare.platform.money.Money;
import org.cloudcare.platform.tenancy.TenantOwned;
import org.cloudcare.platform.time.Timestamps;

/**
 * An objective of an agreement missed in a closed month (eTOM 1.3.8: an SLA miss leads to a billing adjustment): the
 * objective, the contractual and delivered values, the period and the service credit billing is to apply. At most one
 * per agreement, period and objective (a unique key): a re-run of the evaluation finds it and only brings its values
 * up to date ({@link #revise}). Recorded with status {@code PENDING_BILLING}.
 */
@Entity
@Table(name = "sla_violation")
public class SlaViolation implements TenantOwned {

    public static final String TYPE = "SlaViolation";

    @Id
    private String id;

    @Column(name = "agreement_id", nullable = false, updatable = false)
    private String agreementId;

    @Column(nullable = false, updatable = false)
    private String period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private EvaluatedObjective objective;

    @Column(nullable = false, updatable = false)
    private String tenant;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private String customerId;

    @Column(name = "subscription_id", nullable = false, updatable = false)
    private String subscriptionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeasureUnit unit;

    @Column(name = "contractual_value", nullable = false)
    private BigDecimal contractualValue;

    @Column(name = "delivered_value", nullable = false)
    private BigDecimal deliveredValue;

    @Column(name = "credit_percent", nullable = false)
    private BigDecimal creditPercent;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "credit_amount")),
            @AttributeOverride(name = "currency", column = @Column(name = "credit_currency"))})
    private Money credit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ViolationStatus status;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    @Column(name = "withdrawn_at")
    private OffsetDateTime withdrawnAt;

    @Column(name = "withdrawal_reason")
    private String withdrawalReason;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Version
    private long version;

    protected SlaViolation() {
    }

    /**
     * The violation of a missed outcome; {@code credit} is null when the subscription has no recurring charge to take
     * the credit from.
     */
    public static SlaViolation record(ServiceLevelAgreement agreement, EvaluationPeriod period,
            ObjectiveOutcome outcome, BigDecimal creditPercent, Money credit, String by, Instant at) {
        if (!outcome.isMissed()) {
            throw new IllegalArgumentException("Only a missed objective is a violation: " + outcome);
        }
        SlaViolation violation = new SlaViolation();
        violation.id = UUID.randomUUID().toString();
        violation.agreementId = agreement.getId();
        violation.period = period.toString();
        violation.objective = outcome.objective();
        violation.tenant = agreement.getTenant();
        violation.customerId = agreement.getCustomerId();
        violation.subscriptionId = agreement.getSubscriptionId();
        violation.unit = outcome.unit();
        violation.contractualValue = SlaEvaluationResult.stored(outcome.contractual());
        violation.deliveredValue = SlaEvaluationResult.stored(outcome.delivered());
        violation.creditPercent = SlaEvaluationResult.stored(creditPercent);
        violation.credit = credit;
        violation.status = ViolationStatus.PENDING_BILLING;
        violation.recordedAt = Timestamps.at(at);
        violation.recordedBy = by;
        return violation;
    }

    /**
     * The same objective evaluated again (late measurements, say) and still, or again, missed: its values follow while
     * billing has not applied it, and a withdrawn violation stands again. Returns whether anything changed.
     */
    public boolean revise(ObjectiveOutcome outcome, BigDecimal newCreditPercent, Money newCredit) {
        if (outcome.objective() != objective || !outcome.isMissed()) {
            throw new IllegalArgumentException("A violation is revised only by its own missed objective.");
        }
        boolean changed = status == ViolationStatus.WITHDRAWN;
        status = ViolationStatus.PENDING_BILLING;
        withdrawnAt = null;
        withdrawalReason = null;
        changed |= outcome.contractual().compareTo(contractualValue) != 0
                || outcome.delivered().compareTo(deliveredValue) != 0
                || newCreditPercent.compareTo(creditPercent) != 0 || !Objects.equals(newCredit, credit);
        contractualValue = SlaEvaluationResult.stored(outcome.contractual());
        deliveredValue = SlaEvaluationResult.stored(outcome.delivered());
        creditPercent = SlaEvaluationResult.stored(newCreditPercent);
        credit = newCredit;
        return changed;
    }

    /**
     * The month evaluated again and the objective was not missed: the credit is not to be applied. Only while billing
     * has not applied it; a withdrawn violation stays withdrawn (false: nothing changed).
     */
    public boolean withdraw(String reason, Instant at) {
        if (status == ViolationStatus.WITHDRAWN) {
            return false;
        }
        status = ViolationStatus.WITHDRAWN;
        withdrawnAt = Timestamps.at(at);
        withdrawalReason = reason;
        return true;
    }

    /** The credits the violations stand for, per currency: withdrawn ones and those without an amount add nothing. */
    public static Map<String, BigDecimal> creditsDue(Collection<SlaViolation> violations) {
        Map<String, BigDecimal> due = new TreeMap<>();
        violations.stream().filter(v -> v.credit != null && !v.isWithdrawn()).forEach(v -> due.merge(
                v.credit.getCurrency(), v.credit.getAmount(), BigDecimal::add));
        return due;
    }

    public boolean isWithdrawn() {
        return status == ViolationStatus.WITHDRAWN;
    }

    /** In words, for the audit trail and the customer's history. */
    public String describe() {
        return objective + " " + period + ": delivered " + plain(deliveredValue) + " against "
                + plain(contractualValue) + " " + unit + (credit == null ? ""
                        : ", credit " + plain(creditPercent) + " % = " + plain(credit.getAmount()) + " "
                                + credit.getCurrency());
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
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

    public MeasureUnit getUnit() {
        return unit;
    }

    public BigDecimal getContractualValue() {
        return contractualValue;
    }

    public BigDecimal getDeliveredValue() {
        return deliveredValue;
    }

    public BigDecimal getCreditPercent() {
        return creditPercent;
    }

    /** The service credit; null when the subscription has no recurring charge. */
    public Money getCredit() {
        return credit;
    }

    public ViolationStatus getStatus() {
        return status;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public OffsetDateTime getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }

    public long getVersion() {
        return version;
    }
}
