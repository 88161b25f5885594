package org.cloudcare.sla.entity;

import java.time.Instant;
import java.time.OffsetDateTime;
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
import jakarta.persistence.Table;

import org.cloudcare.catalog.entity.OfferingCategory;
import org.cloudcare.platform.time.Timestamps;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * The logged result of one quality analysis run (eTOM 1.2.4.1: "logging the results of the analysis into the product
 * offering inventory repository"): which analysis, over which group (category, region), objective and months, who ran
 * it and when, what it found, whether it flagged a deterioration, and the offerings it concerns. Written once, never
 * changed; provider-internal (no tenant: it spans customers).
 */
@Entity
@Table(name = "sla_quality_analysis")
public class QualityAnalysis {

    public static final String TYPE = "QualityAnalysis";

    public enum Kind {
        TREND,
        AGGREGATE
    }

    @Id
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    private OfferingCategory category;

    @Column(name = "region_code")
    private String region;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EvaluatedObjective objective;

    @Column(name = "period_from", nullable = false)
    private String periodFrom;

    @Column(name = "period_to", nullable = false)
    private String periodTo;

    @Column(name = "run_by", nullable = false)
    private String runBy;

    @Column(name = "run_at", nullable = false)
    private OffsetDateTime runAt;

    @Column(name = "deterioration_flagged", nullable = false)
    private boolean deteriorationFlagged;

    @Column(nullable = false, length = 4000)
    private String findings;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "sla_quality_analysis_offering", joinColumns = @JoinColumn(name = "analysis_id"))
    @Column(name = "product_offering_id")
    private Set<String> productOfferingIds = new TreeSet<>();

    protected QualityAnalysis() {
    }

    public QualityAnalysis(Kind kind, OfferingCategory category, String region, EvaluatedObjective objective,
            EvaluationPeriod from, EvaluationPeriod to, Set<String> productOfferingIds, String findings,
            boolean deteriorationFlagged, String runBy, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.kind = kind;
        this.category = category;
        this.region = region;
        this.objective = objective;
        this.periodFrom = from.toString();
        this.periodTo = to.toString();
        this.productOfferingIds.addAll(productOfferingIds);
        this.findings = findings.length() > 4000 ? findings.substring(0, 3997) + "..." : findings;
        this.deteriorationFlagged = deteriorationFlagged;
        this.runBy = runBy;
        this.runAt = Timestamps.at(at);
    }

    public String getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    /** The offering category analysed; null when the analysis spans every category. */
    public OfferingCategory getCategory() {
        return category;
    }

    /** The region (agreements' data location) analysed; null for every region. */
    public String getRegion() {
        return region;
    }

    public EvaluatedObjective getObjective() {
        return objective;
    }

    public String getPeriodFrom() {
        return periodFrom;
    }

    public String getPeriodTo() {
        return periodTo;
    }

    public String getRunBy() {
        return runBy;
    }

    public OffsetDateTime getRunAt() {
        return runAt;
    }

    public boolean isDeteriorationFlagged() {
        return deteriorationFlagged;
    }

    public String getFindings() {
        return findings;
    }

    public Set<String> getProductOfferingIds() {
        return Set.copyOf(productOfferingIds);
    }
}
