package org.cloudcare.api.customer;

import java.time.OffsetDateTime;

import org.cloudcare.customer.entity.Subscription;
import org.cloudcare.api.Enums;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Subscription")
@Description("A product the customer has (TMF637), and the region its data is kept in.")
public record SubscriptionView(@Id @NonNull String id, @NonNull String name, @NonNull Vocabulary.SubscriptionState status,
        @NonNull String region, @NonNull OffsetDateTime startDate, OffsetDateTime terminationDate,
        @Id @Description("The catalogue offering; null only for subscriptions older than customer orders.")
        String productOfferingId,
        @NonNull int quantity,
        @Id @Description("The cloud service agreement it is delivered under, once there is one.") String agreementId,
        @Id @Description("The customer order that created it; null for subscriptions older than customer orders.")
        String orderId,
        String statusReason) {

    static SubscriptionView of(Subscription subscription) {
        return new SubscriptionView(subscription.getId(), subscription.getName(), Enums.as(Vocabulary.SubscriptionState.class, subscription.getStatus()),
                subscription.getRegion(), subscription.getStartDate(), subscription.getTerminationDate(),
                subscription.getProductOfferingId(), subscription.getQuantity(), subscription.getAgreementId(),
                subscription.getOrderId(), subscription.getStatusReason());
    }
}
