package org.cloudcare.api.sla;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.cloudcare.api.Connections;
import org.cloudcare.api.catalog.Vocabulary;
import org.cloudcare.api.error.TranslatesErrors;
import org.cloudcare.api.sla.AnalysisViews.AggregateView;
import org.cloudcare.api.sla.AnalysisViews.AnalysisConnection;
import org.cloudcare.api.sla.AnalysisViews.AnalysisEdge;
import org.cloudcare.api.sla.AnalysisViews.AnalysisView;
import org.cloudcare.api.sla.AnalysisViews.AtRiskConnection;
import org.cloudcare.api.sla.AnalysisViews.AtRiskEdge;
import org.cloudcare.api.sla.AnalysisViews.AtRiskView;
import org.cloudcare.api.sla.AnalysisViews.TrendView;
import org.cloudcare.platform.paging.PageRequest;
import org.cloudcare.sla.boundary.QualityAnalyses;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/**
 * The provider's SLA view and quality analysis over GraphQL (eTOM 1.2.4.1). Provider-internal; thin: the EJB boundary
 * decides who may.
 */
@GraphQLApi
@ApplicationScoped
@TranslatesErrors
public class AnalysisGraphQL {

    @Inject
    QualityAnalyses analyses;

    @Query
    @Description("Agreements whose running month, as last evaluated, is at risk; worst delivered first (provider"
            + " staff).")
    public @NonNull AtRiskConnection agreementsAtRisk(@DefaultValue("20") Integer first, String after) {
        return Connections.of(analyses.agreementsAtRisk(PageRequest.of(first, after)), AtRiskView::of,
                AtRiskEdge::new, AtRiskConnection::new);
    }

    @Mutation
    @Description("Trend analysis of a group of like offerings (a category, optionally a region of the agreements'"
            + " data location) over the last `months` closed months (4-24, default 6), logged with the offerings;"
            + " a deterioration writes an audit line and the event sla.quality-deterioration-flagged (the service"
            + " manager).")
    public @NonNull TrendView analyseSlaTrend(@NonNull Vocabulary.Category category, String region,
            EvaluationVocabulary.Objective objective, Integer months) {
        return TrendView.of(analyses.analyseSlaTrend(category.name(), region,
                objective == null ? null : objective.name(), months));
    }

    @Mutation
    @Description("Aggregate analysis of one objective (default AVAILABILITY) in one month (yyyy-MM) across customers,"
            + " optionally of one category and/or region; logged with the offerings (the service manager).")
    public @NonNull AggregateView analyseSlaAggregate(Vocabulary.Category category, String region,
            EvaluationVocabulary.Objective objective, @NonNull String period) {
        return AggregateView.of(analyses.analyseSlaAggregate(category == null ? null : category.name(), region,
                objective == null ? null : objective.name(), period));
    }

    @Query
    @Description("The log of quality analyses, newest first, of all offerings or of one (provider staff).")
    public @NonNull AnalysisConnection qualityAnalyses(@Id String productOfferingId,
            @DefaultValue("20") Integer first, String after) {
        return Connections.of(analyses.qualityAnalyses(productOfferingId, PageRequest.of(first, after)),
                AnalysisView::of, AnalysisEdge::new, AnalysisConnection::new);
    }
}
