package org.cloudcare.api.customer;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The inputs of the customer information mutations. The entities check the values and name the field at fault. */
final class Inputs {

    private Inputs() {
    }

    @Input("CreateCustomerInput")
    public record CreateCustomer(
            @NonNull @Description("Tenant key: 2-40 lower-case letters, digits or hyphens; never changes.") String code,
            @NonNull String name,
            @NonNull Vocabulary.Kind kind,
            @Description("ISO 639-1 language, default en.") String language) {
    }

    @Input("UpdateCustomerProfileInput")
    public record UpdateCustomerProfile(
            @Id @NonNull String customerId,
            @NonNull @Description("The version you edited; a newer one on the server gives CONFLICT.") Long version,
            @NonNull String name,
            @NonNull String language,
            @NonNull List<Vocabulary.@NonNull Notification> notificationChannels) {
    }

    @Input("AddCustomerContactInput")
    public record AddCustomerContact(@Id @NonNull String customerId, @NonNull String name, @NonNull String role,
            @NonNull String email, String phone) {
    }

    @Input("RecordInteractionInput")
    public record RecordInteraction(@Id @NonNull String customerId, @NonNull Vocabulary.Channel channel,
            @NonNull Vocabulary.Direction direction, @NonNull String subject, String description) {
    }

    @Input("InviteTenantUserInput")
    public record InviteTenantUser(@NonNull String username, @NonNull String email, @NonNull String firstName,
            @NonNull String lastName, @NonNull TenantUserRole role) {
    }

    /** The roles a customer's administrator can give to the users of its tenant. */
    public enum TenantUserRole {
        CSC_USER,
        CSC_ADMIN,
        CSC_BUSINESS_MANAGER
    }
}
