package org.cloudcare.sla.entity;

import java.time.OffsetDateTime;
import java.util.List;

import org.cloudcare.platform.outbox.DomainEvent;

/**
 * A trend analysis flagged a group of like offerings whose delivered quality deteriorates: product management and
 * operations look into the offerings. Provider-wide.
 */
public record QualityDeteriorationFlagged(String analysisId, String category, String region, String objective,
        String periodFrom, String periodTo, List<String> flags, List<String> productOfferingIds, String actor,
        OffsetDateTime flaggedAt) implements DomainEvent {

    public static final String TYPE = "sla.quality-deterioration-flagged";

    public static QualityDeteriorationFlagged of(QualityAnalysis analysis, List<QualityTrend.Flag> flags) {
        return new QualityDeteriorationFlagged(analysis.getId(),
                analysis.getCategory() == null ? null : analysis.getCategory().name(), analysis.getRegion(),
                analysis.getObjective().name(), analysis.getPeriodFrom(), analysis.getPeriodTo(),
                flags.stream().map(Enum::name).toList(), List.copyOf(analysis.getProductOfferingIds()),
                analysis.getRunBy(), analysis.getRunAt());
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateType() {
        return QualityAnalysis.TYPE;
    }

    @Override
    public String aggregateId() {
        return analysisId;
    }

    @Override
    public String tenant() {
        return null;
    }
}
