package org.cloudcare.api.order;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.cloudcare.api.error.TranslatesErrors;
import org.cloudcare.order.boundary.OrderReporting;
import org.cloudcare.order.entity.OrderCompletionOnTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Type;

/** Figures about customer orders over GraphQL. Thin: the EJB boundary decides who may read what. */
@GraphQLApi
@ApplicationScoped
@TranslatesErrors
public class OrderReportingGraphQL {

    @Inject
    OrderReporting reporting;

    @Query
    @Description("The eTOM 1.3.8 order completion on time of one customer: the orders completed in [from, to), those"
            + " that asked for a completion date, those completed by it, and the share on time in percent (null when"
            + " none asked for a date). A customer's administrator and business manager read their own customer's;"
            + " another customer's id answers NOT_FOUND.")
    public OrderCompletionOnTimeView orderCompletionOnTime(@Id @NonNull String customerId,
            @NonNull @Description("ISO 8601 date and time with offset: the start of the period.") String from,
            @NonNull @Description("ISO 8601 date and time with offset: the end of the period, excluded.") String to) {
        return OrderCompletionOnTimeView.of(reporting.orderCompletionOnTime(customerId, Inputs.moment("from", from),
                Inputs.moment("to", to)));
    }

    @Type("OrderCompletionOnTime")
    @Description("How many of a customer's orders completed in a period were completed by their requested date.")
    public record OrderCompletionOnTimeView(@Id @NonNull String customerId, @NonNull OffsetDateTime from,
            @NonNull OffsetDateTime to, @NonNull long completedOrders,
            @NonNull @Description("The completed orders that asked for a completion date.") long ordersWithRequestedDate,
            @NonNull @Description("Those completed by their requested date.") long completedOnTime,
            @Description("completedOnTime / ordersWithRequestedDate in percent, two decimals; null when none.")
            BigDecimal percentOnTime) {

        public static OrderCompletionOnTimeView of(OrderCompletionOnTime figure) {
            return new OrderCompletionOnTimeView(figure.customerId(), figure.from().atOffset(ZoneOffset.UTC),
                    figure.to().atOffset(ZoneOffset.UTC), figure.completedOrders(), figure.ordersWithRequestedDate(),
                    figure.completedOnTime(), figure.percentOnTime());
        }
    }
}
