package org.cloudcare.sla.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.cloudcare.catalog.entity.SlaTerms;
import org.cloudcare.platform.time.Timestamps;

/**
 * One negotiated change of one objective of an agreement (ISO/TS 23535 5.1.1.4 b 3): who agreed it, when, the value
 * before and after, and why. Overrides are never changed or removed; a later one of the same objective supersedes it.
 */
@Entity
@Table(name = "sla_agreement_override")
public class AgreementOverride {

    private static final int SCALE = 4;

    @Id
    private String id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "agreement_id", updatable = false)
    private ServiceLevelAgreement agreement;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private SlaObjective objective;

    @Column(name = "old_value", nullable = false, updatable = false)
    private BigDecimal oldValue;

    @Column(name = "new_value", nullable = false, updatable = false)
    private BigDecimal newValue;

    /** Its place among the agreement's overrides: they apply in this order. */
    @Column(nullable = false, updatable = false)
    private int position;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(name = "negotiated_by", nullable = false, updatable = false)
    private String negotiatedBy;

    @Column(name = "negotiated_at", nullable = false, updatable = false)
    private OffsetDateTime negotiatedAt;

    protected AgreementOverride() {
    }

    AgreementOverride(ServiceLevelAgreement agreement, SlaObjective objective, BigDecimal oldValue,
            BigDecimal newValue, String reason, String negotiatedBy, Instant at, int position) {
        this.id = UUID.randomUUID().toString();
        this.agreement = agreement;
        this.objective = objective;
        this.oldValue = stored(oldValue);
        this.newValue = stored(newValue);
        this.position = position;
        this.reason = reason;
        this.negotiatedBy = negotiatedBy;
        this.negotiatedAt = Timestamps.at(at);
    }

    /**
     * A value at the scale its column keeps (four decimal places, never more by the terms' own checks), so that what
     * a negotiation answers is exactly what a later read returns.
     */
    private static BigDecimal stored(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    /** {@code terms} with this override applied. */
    SlaTerms applyTo(SlaTerms terms) {
        return objective.applyTo(terms, newValue, "value");
    }

    public String getId() {
        return id;
    }

    public SlaObjective getObjective() {
        return objective;
    }

    public BigDecimal getOldValue() {
        return oldValue;
    }

    public BigDecimal getNewValue() {
        return newValue;
    }

    public String getReason() {
        return reason;
    }

    public String getNegotiatedBy() {
        return negotiatedBy;
    }

    public OffsetDateTime getNegotiatedAt() {
        return negotiatedAt;
    }
}
