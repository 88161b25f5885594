package org.cloudcare.api.customer;

import java.time.OffsetDateTime;
import java.util.List;

import org.cloudcare.customer.entity.Customer;
import org.cloudcare.api.Enums;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Customer")
@Description("A cloud service customer: the organisation and the tenant its users belong to.")
public record CustomerView(
        @Id @NonNull String id,
        @NonNull @Description("The tenant key, as carried in the customer_id claim of its users' tokens.") String code,
        @NonNull String name,
        @NonNull Vocabulary.Kind kind,
        @NonNull Vocabulary.Status status,
        String statusReason,
        @NonNull @Description("ISO 639-1 language for communication, e.g. en or de-CH.") String language,
        @NonNull List<Vocabulary.@NonNull Notification> notificationChannels,
        @NonNull @Description("Send it back when editing: a stale version is refused with CONFLICT.") long version,
        @NonNull OffsetDateTime createdAt,
        @NonNull OffsetDateTime updatedAt) {

    static CustomerView of(Customer customer) {
        return new CustomerView(customer.getId(), customer.getCode(), customer.getName(), Enums.as(Vocabulary.Kind.class, customer.getKind()),
                Enums.as(Vocabulary.Status.class, customer.getStatus()), customer.getStatusReason(), customer.getLanguage(),
                customer.getNotificationChannels().stream().sorted()
                        .map(channel -> Enums.as(Vocabulary.Notification.class, channel)).toList(), customer.getVersion(),
                customer.getCreatedAt(), customer.getUpdatedAt());
    }
}
