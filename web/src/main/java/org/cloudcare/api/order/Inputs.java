package org.cloudcare.api.order;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.cloudcare.api.Enums;
import org.cloudcare.api.Moments;
import org.cloudcare.order.entity.OrderItemAction;
import org.cloudcare.order.entity.OrderItemRequest;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The inputs of the customer order mutations. Everything else is checked by the order's consistency check. */
final class Inputs {

    private Inputs() {
    }

    @Input("PlaceCustomerOrderInput")
    public record PlaceCustomerOrder(
            @Id @Description("The customer ordering; a customer's user may leave it out (its own).") String customerId,
            @NonNull @Description("Chosen by the client, once per order: a retry with the same key and content answers"
                    + " the same order; the same key with other content is CONFLICT.") String idempotencyKey,
            @Description("ISO 8601 date and time with offset, in the future.") String requestedCompletionDate,
            @NonNull List<@NonNull OrderItemInput> items) {

        Instant requestedCompletion() {
            return moment("requestedCompletionDate", requestedCompletionDate);
        }

        List<OrderItemRequest> requests() {
            List<OrderItemRequest> requests = new ArrayList<>(items.size());
            for (int i = 0; i < items.size(); i++) {
                OrderItemInput item = items.get(i);
                requests.add(new OrderItemRequest(Enums.as(OrderItemAction.class, item.action()),
                        item.productOfferingId(), item.quantity(), item.region(),
                        moment("items[" + i + "].requestedCompletionDate", item.requestedCompletionDate()),
                        item.subscriptionId(), Boolean.TRUE.equals(item.relocationConsent())));
            }
            return requests;
        }
    }

    @Input("CustomerOrderItemInput")
    public record OrderItemInput(@NonNull Vocabulary.ItemAction action, @Id @NonNull String productOfferingId,
            @Description("Required for add and modify.") Integer quantity,
            @Description("The region the data is kept in; required for add and modify.") String region,
            @Description("ISO 8601 date and time with offset.") String requestedCompletionDate,
            @Id @Description("The subscription to modify or delete.") String subscriptionId,
            @Description("The customer agrees that a modify moves the subscription's data to another region (ISO/TS"
                    + " 23535 5.7.2); required as true when the region changes.") Boolean relocationConsent) {
    }

    /** A moment sent as text, read by {@link Moments}. */
    static Instant moment(String field, String text) {
        OffsetDateTime moment = Moments.parse(field, text);
        return moment == null ? null : moment.toInstant();
    }
}
