package org.cloudcare.catalog.entity;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * The SLA template of one product offering (ISO/TS 23535): the objectives and terms a customer's cloud service
 * agreement starts from. An agreement copies {@link #terms()} together with the template's id and {@link #getVersion()
 * version}, so a later change of the template never changes an agreement that exists. Part of the
 * {@link ProductOffering} aggregate: it is created and changed through {@link ProductOffering#setSlaTemplate}.
 */
@Entity
@Table(name = "sla_template")
public class SlaTemplate {

    /** How SLA templates are named in errors and in the audit trail. */
    public static final String TYPE = "SlaTemplate";

    @Id
    private String id;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "offering_id", updatable = false)
    private ProductOffering offering;

    @Column(name = "offering_id", nullable = false, insertable = false, updatable = false)
    private String offeringId;

    @Column(name = "availability_percent", nullable = false)
    private BigDecimal availabilityPercent;

    @Enumerated(EnumType.STRING)
    @Column(name = "availability_period", nullable = false)
    private AvailabilityPeriod availabilityPeriod;

    @Column(name = "target_response_minutes", nullable = false)
    private int targetResponseTimeMinutes;

    // read with the template, for a list of templates in one statement
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "sla_template_incident_target", joinColumns = @JoinColumn(name = "template_id"))
    private List<IncidentTarget> incidentTargets = new ArrayList<>();

    @Column(name = "planned_downtime_minutes_month", nullable = false)
    private int plannedDowntimeMinutesPerMonth;

    @Column(name = "disruption_notice_hours", nullable = false)
    private int disruptionNoticeHours;

    @Column(name = "backup_frequency_hours", nullable = false)
    private int backupFrequencyHours;

    @Column(name = "rpo_minutes", nullable = false)
    private int recoveryPointObjectiveMinutes;

    @Column(name = "rto_minutes", nullable = false)
    private int recoveryTimeObjectiveMinutes;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "sla_template_region", joinColumns = @JoinColumn(name = "template_id"))
    @Column(name = "region_code")
    private Set<String> dataLocation = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "sla_template_credit_tier", joinColumns = @JoinColumn(name = "template_id"))
    @OrderBy("availabilityBelowPercent DESC")
    private List<ServiceCreditTier> serviceCreditTiers = new ArrayList<>();

    @Column(name = "excess_usage_billed", nullable = false)
    private boolean excessUsageBilled;

    @Column(name = "excess_usage_terms")
    private String excessUsageTerms;

    @Column(name = "payment_term_days", nullable = false)
    private int paymentTermDays;

    @Column(name = "term_months", nullable = false)
    private int termMonths;

    @Column(name = "auto_renew", nullable = false)
    private boolean autoRenew;

    @Column(name = "expiry_notice_days", nullable = false)
    private int expiryNoticeDays;

    @Version
    private long version;

    protected SlaTemplate() {
    }

    SlaTemplate(ProductOffering offering, SlaTerms terms) {
        this.id = UUID.randomUUID().toString();
        this.offering = offering;
        this.offeringId = offering.getId();
        apply(terms);
    }

    /** Replaces every objective and term; {@code terms} are consistent by construction. */
    final void apply(SlaTerms terms) {
        this.availabilityPercent = terms.availabilityPercent();
        this.availabilityPeriod = terms.availabilityPeriod();
        this.targetResponseTimeMinutes = terms.targetResponseTimeMinutes();
        this.incidentTargets.clear();
        this.incidentTargets.addAll(terms.incidentTargets());
        this.plannedDowntimeMinutesPerMonth = terms.plannedDowntimeMinutesPerMonth();
        this.disruptionNoticeHours = terms.disruptionNoticeHours();
        this.backupFrequencyHours = terms.backupFrequencyHours();
        this.recoveryPointObjectiveMinutes = terms.recoveryPointObjectiveMinutes();
        this.recoveryTimeObjectiveMinutes = terms.recoveryTimeObjectiveMinutes();
        this.dataLocation.clear();
        this.dataLocation.addAll(terms.dataLocation());
        this.serviceCreditTiers.clear();
        this.serviceCreditTiers.addAll(terms.serviceCreditTiers());
        this.excessUsageBilled = terms.excessUsageBilled();
        this.excessUsageTerms = terms.excessUsageTerms();
        this.paymentTermDays = terms.paymentTermDays();
        this.termMonths = terms.termMonths();
        this.autoRenew = terms.autoRenew();
        this.expiryNoticeDays = terms.expiryNoticeDays();
    }

    /** The objectives and terms as one value: what an agreement copies. */
    public SlaTerms terms() {
        return new SlaTerms(availabilityPercent, availabilityPeriod, targetResponseTimeMinutes,
                getIncidentTargets(), plannedDowntimeMinutesPerMonth, disruptionNoticeHours,
                backupFrequencyHours, recoveryPointObjectiveMinutes, recoveryTimeObjectiveMinutes,
                Set.copyOf(dataLocation), getServiceCreditTiers(), excessUsageBilled, excessUsageTerms,
                paymentTermDays, termMonths, autoRenew, expiryNoticeDays);
    }

    /** The credit in percent of the monthly recurring charge for a period with this availability; zero for none. */
    public BigDecimal creditPercentFor(BigDecimal measuredAvailabilityPercent) {
        BigDecimal credit = BigDecimal.ZERO;
        for (ServiceCreditTier tier : getServiceCreditTiers()) {
            if (measuredAvailabilityPercent.compareTo(tier.getAvailabilityBelowPercent()) < 0) {
                credit = tier.getCreditPercent();
            }
        }
        return credit;
    }

    public String getId() {
        return id;
    }

    public String getOfferingId() {
        return offeringId;
    }

    public BigDecimal getAvailabilityPercent() {
        return availabilityPercent;
    }

    public AvailabilityPeriod getAvailabilityPeriod() {
        return availabilityPeriod;
    }

    public int getTargetResponseTimeMinutes() {
        return targetResponseTimeMinutes;
    }

    public Duration targetResponseTime() {
        return Duration.ofMinutes(targetResponseTimeMinutes);
    }

    /** One per priority, most urgent first. */
    public List<IncidentTarget> getIncidentTargets() {
        return incidentTargets.stream().sorted(Comparator.comparing(IncidentTarget::getPriority)).toList();
    }

    public int getPlannedDowntimeMinutesPerMonth() {
        return plannedDowntimeMinutesPerMonth;
    }

    public int getDisruptionNoticeHours() {
        return disruptionNoticeHours;
    }

    public int getBackupFrequencyHours() {
        return backupFrequencyHours;
    }

    public int getRecoveryPointObjectiveMinutes() {
        return recoveryPointObjectiveMinutes;
    }

    public int getRecoveryTimeObjectiveMinutes() {
        return recoveryTimeObjectiveMinutes;
    }

    public Set<String> getDataLocation() {
        return Collections.unmodifiableSet(new TreeSet<>(dataLocation));
    }

    /** Highest threshold first. */
    public List<ServiceCreditTier> getServiceCreditTiers() {
        return serviceCreditTiers.stream()
                .sorted(Comparator.comparing(ServiceCreditTier::getAvailabilityBelowPercent).reversed()).toList();
    }

    public boolean isExcessUsageBilled() {
        return excessUsageBilled;
    }

    public String getExcessUsageTerms() {
        return excessUsageTerms;
    }

    public int getPaymentTermDays() {
        return paymentTermDays;
    }

    public int getTermMonths() {
        return termMonths;
    }

    public boolean isAutoRenew() {
        return autoRenew;
    }

    public int getExpiryNoticeDays() {
        return expiryNoticeDays;
    }

    public long getVersion() {
        return version;
    }
}
