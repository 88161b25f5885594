package org.cloudcare.api.problem;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.cloudcare.api.Enums;
import org.cloudcare.api.error.TranslatesErrors;
import org.cloudcare.problem.boundary.TicketFigures;
import org.cloudcare.problem.boundary.TicketReporting;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Type;

/** Trouble ticket reporting: figures per customer, offering, priority or month, aggregated by the database. */
@GraphQLApi
@ApplicationScoped
@TranslatesErrors
public class TicketReportingGraphQL {

    @Inject
    TicketReporting reporting;

    @Name("TroubleTicketStatisticsGrouping")
    public enum Grouping { CUSTOMER, OFFERING, PRIORITY, MONTH }

    @Type("TroubleTicketStatusCount")
    public record StatusCount(@NonNull String status, long count) {
    }

    @Type("TroubleTicketStatistics")
    @Description("The figures of the tickets received in the period, one group. Minutes are wall-clock from"
            + " reception; within target means the deadline was never escalated.")
    public record Statistics(@NonNull String group, long tickets, long acknowledged, Double meanMinutesToAcknowledge,
            Double medianMinutesToAcknowledge, long repaired, Double meanMinutesToRepair, Double medianMinutesToRepair,
            Double percentAcknowledgedWithinTarget, Double percentRepairedWithinTarget,
            @Description("Customer contact performance: the mean first response time to information requests.")
            Double meanMinutesToAnswerInformationRequests, @NonNull List<@NonNull StatusCount> backlog) {

        public static Statistics of(TicketFigures f) {
            return new Statistics(f.group(), f.tickets(), f.acknowledged(), f.meanMinutesToAcknowledge(),
                    f.medianMinutesToAcknowledge(), f.repaired(), f.meanMinutesToRepair(), f.medianMinutesToRepair(),
                    f.percentAcknowledgedWithinTarget(), f.percentRepairedWithinTarget(),
                    f.meanMinutesToAnswerInformationRequests(), f.backlog().entrySet().stream()
                            .map(e -> new StatusCount(e.getKey(), e.getValue())).toList());
        }
    }

    @Query
    @Description("Time to acknowledge and repair, share within target, backlog per status and contact performance of"
            + " the tickets received from `from` (inclusive) to `to` (exclusive), grouped. A customer's administrator"
            + " and business manager see their own customer; provider staff all customers or the one named.")
    public @NonNull List<@NonNull Statistics> troubleTicketStatistics(@Id String customerId,
            @NonNull OffsetDateTime from, @NonNull OffsetDateTime to, @NonNull Grouping groupBy) {
        return reporting.troubleTicketStatistics(customerId, from, to,
                Enums.as(TicketReporting.Grouping.class, groupBy)).stream().map(Statistics::of).toList();
    }
}
