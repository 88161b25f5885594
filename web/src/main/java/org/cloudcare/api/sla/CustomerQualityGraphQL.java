package org.cloudcare.api.sla;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.cloudcare.api.Enums;
import org.cloudcare.api.customer.Vocabulary;
import org.cloudcare.api.error.TranslatesErrors;
import org.cloudcare.api.order.OrderReportingGraphQL.OrderCompletionOnTimeView;
import org.cloudcare.api.problem.TicketReportingGraphQL.Statistics;
import org.cloudcare.problem.boundary.SatisfactionFigures;
import org.cloudcare.problem.entity.SatisfactionRating;
import org.cloudcare.sla.boundary.CustomerQuality;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Type;

/** Customer quality management (ITU-T 10.1.2.3) over GraphQL. Thin: the EJB boundary decides who may read what. */
@GraphQLApi
@ApplicationScoped
@TranslatesErrors
public class CustomerQualityGraphQL {

    @Inject
    CustomerQuality quality;

    @Query
    @Description("The quality view of one customer for [from, to) (ITU-T 10.1.2.3): satisfaction from the ratings of"
            + " tickets closed in the period, contact performance of the tickets received in it, order completion on"
            + " time, interactions per channel. A customer's administrator and business manager read their own"
            + " customer's (another customer's id is NOT_FOUND); provider staff every customer's, and each such read"
            + " is recorded as a customer profile inquiry in the customer's audit trail.")
    public CustomerQualityView customerQuality(@Id @NonNull String customerId, @NonNull OffsetDateTime from,
            @NonNull OffsetDateTime to) {
        return CustomerQualityView.of(quality.customerQuality(customerId, from, to));
    }

    @Type("CustomerQuality")
    @Description("One customer's quality figures for a period.")
    public record CustomerQualityView(@Id @NonNull String customerId, @NonNull OffsetDateTime from,
            @NonNull OffsetDateTime to, @NonNull CustomerSatisfactionView satisfaction,
            @Description("The figures of the tickets received in the period (time to acknowledge and repair, within"
                    + " target, first response to information requests); null when none was received.")
            Statistics contactPerformance,
            @NonNull OrderCompletionOnTimeView orderCompletionOnTime,
            @NonNull @Description("Every channel, zero included.")
            List<@NonNull InteractionChannelCountView> interactionsByChannel,
            @NonNull SlaComplianceView slaCompliance) {

        static CustomerQualityView of(CustomerQuality.Figures figures) {
            List<InteractionChannelCountView> channels = new ArrayList<>();
            figures.interactionsByChannel().forEach((channel, count) -> channels.add(
                    new InteractionChannelCountView(Enums.as(Vocabulary.Channel.class, channel), count)));
            return new CustomerQualityView(figures.customer().getId(), figures.from(), figures.to(),
                    CustomerSatisfactionView.of(figures.satisfaction()),
                    figures.contactPerformance() == null ? null : Statistics.of(figures.contactPerformance()),
                    OrderCompletionOnTimeView.of(figures.orderCompletionOnTime()), channels,
                    SlaComplianceView.of(figures.slaCompliance()));
        }
    }

    @Type("CustomerSatisfaction")
    @Description("The satisfaction ratings (1 to 5) given when the customer's tickets were closed in the period.")
    public record CustomerSatisfactionView(@NonNull long ratings,
            @Description("Mean score, two decimals; null without any rating.") BigDecimal averageScore,
            @NonNull @Description("How many ratings gave each score, 1 to 5, zero included.")
            List<@NonNull SatisfactionScoreCountView> distribution) {

        static CustomerSatisfactionView of(SatisfactionFigures figures) {
            return new CustomerSatisfactionView(figures.ratings(), figures.averageScore(),
                    IntStream.rangeClosed(SatisfactionRating.LOWEST, SatisfactionRating.HIGHEST)
                            .mapToObj(score -> new SatisfactionScoreCountView(score,
                                    figures.countsByScore().get(score - SatisfactionRating.LOWEST)))
                            .toList());
        }
    }

    @Type("SlaCompliance")
    @Description("SLA compliance over the closed months wholly within the period: the objectives the evaluations"
            + " judged (met or missed) and how many were met; percentMet two decimals cut, null when none was judged.")
    public record SlaComplianceView(@Description("First month counted, yyyy-MM; null when no whole month lies in the"
            + " period.") String firstMonth, String lastMonth, @NonNull long objectivesJudged,
            @NonNull long objectivesMet, BigDecimal percentMet) {

        static SlaComplianceView of(CustomerQuality.SlaCompliance compliance) {
            return new SlaComplianceView(compliance.firstMonth(), compliance.lastMonth(),
                    compliance.objectivesJudged(), compliance.objectivesMet(), compliance.percentMet());
        }
    }

    @Type("SatisfactionScoreCount")
    public record SatisfactionScoreCountView(@NonNull int score, @NonNull long count) {
    }

    @Type("InteractionChannelCount")
    public record InteractionChannelCountView(@NonNull Vocabulary.Channel channel, @NonNull long count) {
    }
}
