package org.cloudcare.sla.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.cloudcare.catalog.entity.AvailabilityPeriod;
import org.cloudcare.catalog.entity.IncidentTarget;
import org.cloudcare.catalog.entity.ServiceCreditTier;
import org.cloudcare.catalog.entity.SlaTemplate;
import org.cloudcare.catalog.entity.SlaTerms;
import org.cloudcare.customer.entity.Subscription;
import org.cloudcare.platform.error.Checks;
import org.cloudcare.platform.error.CloudCareException;
import org.cloudcare.platform.tenancy.TenantOwned;
import org.cloudcare.platform.time.Timestamps;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A customer's cloud service agreement for one subscription (ISO/TS 23535): made from the offering's SLA template when
 * the subscription starts ({@link #startFor}), holding a copy of the template's terms as they were then (a later
 * change of the template does not change it) and the overrides negotiated since, each its own row. The terms in force
 * are {@link #effectiveTerms()}.
 * <p>
 * Dates (UTC, ISO/TS 23535 5.15): the agreement starts with the subscription and its term ends {@code termMonths}
 * later ({@link #getExpiryDate()}); the customer is sent one notice {@code expiryNoticeDays} before
 * ({@link #sendExpiryNotice}), whether the agreement renews or not; an agreement that renews automatically starts its
 * next term on the expiry date ({@link #getRenewalDate()}), with a notice of its own to come, one that does not expires
 * then.
 * <p>
 * Lifecycle: {@code active} → {@code expired} (a term ends without renewal) or {@code terminated} (its subscription
 * ends); both are final, any other move is a CONFLICT.
 */
@Entity
@Table(name = "service_level_agreement")
public class ServiceLevelAgreement implements TenantOwned {

    /** How agreements are named in errors and in the audit trail. */
    public static final String TYPE = "ServiceLevelAgreement";
    /** The most overrides one agreement keeps: a negotiation, not a stream of edits. */
    public static final int MAX_OVERRIDES = 100;

    @Id
    private String id;

    @Column(nullable = false, updatable = false)
    private String tenant;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private String customerId;

    @Column(name = "subscription_id", nullable = false, updatable = false)
    private String subscriptionId;

    @Column(name = "product_offering_id", nullable = false, updatable = false)
    private String productOfferingId;

    @Column(name = "template_id", nullable = false, updatable = false)
    private String templateId;

    @Column(name = "template_version", nullable = false, updatable = false)
    private long templateVersion;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AgreementStatus status;

    @Column(name = "status_reason")
    private String statusReason;

    @Column(name = "start_date", nullable = false, updatable = false)
    private OffsetDateTime startDate;

    @Column(name = "expiry_date", nullable = false)
    private OffsetDateTime expiryDate;

    @Column(name = "expiry_notice_date", nullable = false)
    private OffsetDateTime expiryNoticeDate;

    @Column(name = "renewal_date")
    private OffsetDateTime renewalDate;

    @Column(name = "expiry_notice_sent_at")
    private OffsetDateTime expiryNoticeSentAt;

    @Column(name = "ended_at")
    private OffsetDateTime endedAt;

    // --- the template's terms as they were when the agreement was made ---

    @Column(name = "availability_percent", nullable = false, updatable = false)
    private BigDecimal availabilityPercent;

    @Enumerated(EnumType.STRING)
    @Column(name = "availability_period", nullable = false, updatable = false)
    private AvailabilityPeriod availabilityPeriod;

    @Column(name = "target_response_minutes", nullable = false, updatable = false)
    private int targetResponseTimeMinutes;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "sla_agreement_incident_target", joinColumns = @JoinColumn(name = "agreement_id"))
    private List<IncidentTarget> incidentTargets = new ArrayList<>();

    @Column(name = "planned_downtime_minutes_month", nullable = false, updatable = false)
    private int plannedDowntimeMinutesPerMonth;

    @Column(name = "disruption_notice_hours", nullable = false, updatable = false)
    private int disruptionNoticeHours;

    @Column(name = "backup_frequency_hours", nullable = false, updatable = false)
    private int backupFrequencyHours;

    @Column(name = "rpo_minutes", nullable = false, updatable = false)
    private int recoveryPointObjectiveMinutes;

    @Column(name = "rto_minutes", nullable = false, updatable = false)
    private int recoveryTimeObjectiveMinutes;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "sla_agreement_region", joinColumns = @JoinColumn(name = "agreement_id"))
    @Column(name = "region_code")
    private Set<String> dataLocation = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "sla_agreement_credit_tier", joinColumns = @JoinColumn(name = "agreement_id"))
    private List<ServiceCreditTier> serviceCreditTiers = new ArrayList<>();

    @Column(name = "excess_usage_billed", nullable = false, updatable = false)
    private boolean excessUsageBilled;

    @Column(name = "excess_usage_terms", updatable = false)
    private String excessUsageTerms;

    @Column(name = "payment_term_days", nullable = false, updatable = false)
    private int paymentTermDays;

    @Column(name = "term_months", nullable = false, updatable = false)
    private int termMonths;

    @Column(name = "auto_renew", nullable = false, updatable = false)
    private boolean autoRenew;

    @Column(name = "expiry_notice_days", nullable = false, updatable = false)
    private int expiryNoticeDays;

    // --- what was negotiated since ---

    @Column(name = "relocated_to")
    private String relocatedTo;

    @Column(name = "relocated_by")
    private String relocatedBy;

    @Column(name = "relocated_at")
    private OffsetDateTime relocatedAt;

    @OneToMany(mappedBy = "agreement", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @OrderBy("position")
    private List<AgreementOverride> overrides = new ArrayList<>();

    @Version
    private long version;

    protected ServiceLevelAgreement() {
    }

    /**
     * The agreement of a subscription that starts now, with the terms of its offering's template as they are at this
     * moment.
     */
    public static ServiceLevelAgreement startFor(Subscription subscription, String offeringName, SlaTemplate template,
            Instant at) {
        Checks.required("subscription", subscription);
        Checks.required("template", template);
        Checks.required("at", at);
        ServiceLevelAgreement agreement = new ServiceLevelAgreement();
        agreement.id = UUID.randomUUID().toString();
        agreement.tenant = subscription.getTenant();
        agreement.customerId = subscription.getCustomerId();
        agreement.subscriptionId = subscription.getId();
        agreement.productOfferingId = template.getOfferingId();
        agreement.templateId = template.getId();
        agreement.templateVersion = template.getVersion();
        agreement.name = Checks.text("name", "Agreement for " + offeringName, 300);
        agreement.copy(template.terms());
        agreement.status = AgreementStatus.ACTIVE;
        agreement.startDate = Timestamps.at(at);
        agreement.expiryDate = agreement.startDate.plusMonths(agreement.termMonths);
        agreement.datesFollowTerm();
        return agreement;
    }

    private void copy(SlaTerms terms) {
        availabilityPercent = terms.availabilityPercent();
        availabilityPeriod = terms.availabilityPeriod();
        targetResponseTimeMinutes = terms.targetResponseTimeMinutes();
        incidentTargets.addAll(terms.incidentTargets());
        plannedDowntimeMinutesPerMonth = terms.plannedDowntimeMinutesPerMonth();
        disruptionNoticeHours = terms.disruptionNoticeHours();
        backupFrequencyHours = terms.backupFrequencyHours();
        recoveryPointObjectiveMinutes = terms.recoveryPointObjectiveMinutes();
        recoveryTimeObjectiveMinutes = terms.recoveryTimeObjectiveMinutes();
        dataLocation.addAll(terms.dataLocation());
        serviceCreditTiers.addAll(terms.serviceCreditTiers());
        excessUsageBilled = terms.excessUsageBilled();
        excessUsageTerms = terms.excessUsageTerms();
        paymentTermDays = terms.paymentTermDays();
        termMonths = terms.termMonths();
        autoRenew = terms.autoRenew();
        expiryNoticeDays = terms.expiryNoticeDays();
    }

    /** The template's terms as they were when the agreement was made. */
    public SlaTerms templateTerms() {
        return new SlaTerms(availabilityPercent, availabilityPeriod, targetResponseTimeMinutes,
                incidentTargets.stream().sorted(Comparator.comparing(IncidentTarget::getPriority)).toList(),
                plannedDowntimeMinutesPerMonth, disruptionNoticeHours, backupFrequencyHours,
                recoveryPointObjectiveMinutes, recoveryTimeObjectiveMinutes, Set.copyOf(dataLocation),
                List.copyOf(serviceCreditTiers), excessUsageBilled, excessUsageTerms, paymentTermDays, termMonths,
                autoRenew, expiryNoticeDays);
    }

    /** The terms in force: the template's copy with every negotiated override applied, oldest first. */
    public SlaTerms effectiveTerms() {
        SlaTerms terms = templateTerms();
        for (AgreementOverride override : overrides) {
            terms = override.applyTo(terms);
        }
        if (relocatedTo != null) {
            terms = new SlaTerms(terms.availabilityPercent(), terms.availabilityPeriod(),
                    terms.targetResponseTimeMinutes(), terms.incidentTargets(), terms.plannedDowntimeMinutesPerMonth(),
                    terms.disruptionNoticeHours(), terms.backupFrequencyHours(),
                    terms.recoveryPointObjectiveMinutes(), terms.recoveryTimeObjectiveMinutes(), Set.of(relocatedTo),
                    terms.serviceCreditTiers(), terms.excessUsageBilled(), terms.excessUsageTerms(),
                    terms.paymentTermDays(), terms.termMonths(), terms.autoRenew(), terms.expiryNoticeDays());
        }
        return terms;
    }

    /**
     * The customer's data moved to {@code region} with the customer's consent (ISO/TS 23535 5.7.2): from now on the
     * agreement's data location is that region, recorded with who moved it and when (the template's copy keeps the
     * location agreed at the start).
     *
     * @return whether the data location changed
     */
    public boolean relocate(String region, String relocatedBy, Instant at) {
        String to = Checks.text("region", region, 100);
        requireActive("relocated");
        if (effectiveTerms().dataLocation().equals(Set.of(to))) {
            return false;
        }
        this.relocatedTo = to;
        this.relocatedBy = Checks.text("relocatedBy", relocatedBy, 100);
        this.relocatedAt = Timestamps.at(at);
        return true;
    }

    /**
     * Records a negotiated change of one objective of an active agreement. The new value is checked with the rest of
     * the terms in force; refusals name {@code objective}, {@code value} or {@code reason}.
     */
    public AgreementOverride negotiate(SlaObjective objective, BigDecimal value, String reason, String negotiatedBy,
            Instant at) {
        Checks.required("objective", objective);
        String why = Checks.text("reason", reason, 500);
        SlaTerms before = effectiveTerms();
        SlaTerms after = objective.applyTo(before, value, "value");
        BigDecimal oldValue = objective.valueIn(before);
        BigDecimal newValue = objective.valueIn(after);
        if (oldValue.compareTo(newValue) == 0) {
            throw CloudCareException.invalid("value", "The " + objective.component() + " is already "
                    + newValue.stripTrailingZeros().toPlainString() + ".");
        }
        requireActive("changed");
        if (overrides.size() >= MAX_OVERRIDES) {
            throw CloudCareException.conflict("Agreement " + id + " already has " + MAX_OVERRIDES + " overrides.");
        }
        AgreementOverride override = new AgreementOverride(this, objective, oldValue, newValue, why,
                Checks.text("negotiatedBy", negotiatedBy, 100), at, overrides.size());
        overrides.add(override);
        datesFollowTerm();
        return override;
    }

    /**
     * The agreement at {@code now}: a term that has ended starts the next one when the agreement renews
     * automatically, and otherwise the agreement expires.
     *
     * @return whether anything changed
     */
    public boolean renewOrExpire(Instant now) {
        boolean changed = false;
        while (status == AgreementStatus.ACTIVE && !now.isBefore(expiryDate.toInstant())) {
            if (autoRenew) {
                expiryDate = expiryDate.plusMonths(termMonths);
                datesFollowTerm();
                expiryNoticeSentAt = null; // the new term gets its own notice
            } else {
                status = AgreementStatus.EXPIRED;
                endedAt = expiryDate;
            }
            changed = true;
        }
        return changed;
    }

    /**
     * The notice that the current term ends (ISO/TS 23535 5.15), once per term: due from the expiry notice date while
     * the agreement is active and its term has not ended (then renewal or expiry tells the customer instead). It goes
     * out whether the agreement renews automatically or not: a renewal commits the customer to another term, which it
     * can only renegotiate or decline when it knows in time.
     *
     * @return whether the notice is sent now; false when it is not due or was sent for this term already
     */
    public boolean sendExpiryNotice(Instant now) {
        Checks.required("now", now);
        if (status != AgreementStatus.ACTIVE || expiryNoticeSentAt != null
                || now.isBefore(expiryNoticeDate.toInstant()) || !now.isBefore(expiryDate.toInstant())) {
            return false;
        }
        expiryNoticeSentAt = Timestamps.at(now);
        return true;
    }

    /** Its subscription ended: active → terminated, for good. */
    public void terminate(String reason, Instant at) {
        String why = Checks.optionalText("reason", reason, 500);
        requireActive("terminated");
        status = AgreementStatus.TERMINATED;
        statusReason = why;
        endedAt = Timestamps.at(at);
    }

    private void datesFollowTerm() {
        expiryNoticeDate = expiryDate.minusDays(effectiveTerms().expiryNoticeDays());
        renewalDate = autoRenew ? expiryDate : null;
    }

    private void requireActive(String verb) {
        if (status != AgreementStatus.ACTIVE) {
            throw CloudCareException.conflict("Agreement " + id + " is " + status + "; only an active agreement can"
                    + " be " + verb + ".");
        }
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

    public String getSubscriptionId() {
        return subscriptionId;
    }

    public String getProductOfferingId() {
        return productOfferingId;
    }

    public String getTemplateId() {
        return templateId;
    }

    public long getTemplateVersion() {
        return templateVersion;
    }

    public String getName() {
        return name;
    }

    public AgreementStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public OffsetDateTime getStartDate() {
        return startDate;
    }

    /** The end of the current term. */
    public OffsetDateTime getExpiryDate() {
        return expiryDate;
    }

    /** When the customer is reminded that the term ends. */
    public OffsetDateTime getExpiryNoticeDate() {
        return expiryNoticeDate;
    }

    /** When the next term starts; null when the agreement does not renew automatically. */
    public OffsetDateTime getRenewalDate() {
        return renewalDate;
    }

    /** When the expiry notice of the current term was sent; null until then. */
    public OffsetDateTime getExpiryNoticeSentAt() {
        return expiryNoticeSentAt;
    }

    /** When it expired or was terminated; null while active. */
    public OffsetDateTime getEndedAt() {
        return endedAt;
    }

    /** The region the data was moved to since the start; null when it has not moved. */
    public String getRelocatedTo() {
        return relocatedTo;
    }

    /** Who moved the data location; null when it has not moved. */
    public String getRelocatedBy() {
        return relocatedBy;
    }

    /** When the data location was moved; null when it has not moved. */
    public OffsetDateTime getRelocatedAt() {
        return relocatedAt;
    }

    /** The negotiated overrides, oldest first. */
    public List<AgreementOverride> getOverrides() {
        return Collections.unmodifiableList(overrides);
    }

    public long getVersion() {
        return version;
    }
}
