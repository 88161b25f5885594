package org.cloudcare.api.customer;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.cloudcare.api.Connections;
import org.cloudcare.api.customer.CustomerConnections.CustomerConnection;
import org.cloudcare.api.customer.CustomerConnections.CustomerEdge;
import org.cloudcare.api.customer.CustomerConnections.InteractionConnection;
import org.cloudcare.api.customer.CustomerConnections.InteractionEdge;
import org.cloudcare.api.customer.CustomerConnections.SubscriptionConnection;
import org.cloudcare.api.customer.CustomerConnections.SubscriptionEdge;
import org.cloudcare.api.error.TranslatesErrors;
import org.cloudcare.customer.boundary.Customers;
import org.cloudcare.customer.boundary.Customers.Customer360;
import org.cloudcare.customer.boundary.Interactions;
import org.cloudcare.customer.boundary.Subscriptions;
import org.cloudcare.api.Enums;
import org.cloudcare.customer.entity.CustomerKind;
import org.cloudcare.customer.entity.CustomerStatus;
import org.cloudcare.customer.entity.InteractionChannel;
import org.cloudcare.customer.entity.InteractionDirection;
import org.cloudcare.customer.entity.NotificationChannel;
import org.cloudcare.platform.paging.PageRequest;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.eclipse.microprofile.graphql.Type;

/** Customer information (SPEC area 1) over GraphQL. Thin: the EJB boundaries decide who may do what. */
@GraphQLApi
@ApplicationScoped
@TranslatesErrors
public class CustomerGraphQL {

    @Inject
    Customers customers;

    @Inject
    Interactions interactions;

    @Inject
    Subscriptions subscriptions;

    @Query
    @Description("One customer. Users of a customer see only their own; other ids answer NOT_FOUND.")
    public CustomerView customer(@Id @NonNull String id) {
        return CustomerView.of(customers.customer(id));
    }

    @Query
    @Description("All customers, by code (provider staff only).")
    public @NonNull CustomerConnection customers(Vocabulary.Status status, @DefaultValue("20") Integer first,
            String after) {
        return Connections.of(customers.customers(Enums.as(CustomerStatus.class, status), PageRequest.of(first, after)), CustomerView::of,
                CustomerEdge::new, CustomerConnection::new);
    }

    @Query
    @Description("The customer 360 view: the customer with the figures support looks at first.")
    public Customer360View customer360(@Id @NonNull String id) {
        Customer360 view = customers.customer360(id);
        return new Customer360View(CustomerView.of(view.customer()), view.activeSubscriptions(),
                view.interactionCount(), view.lastInteractionAt());
    }

    public @NonNull List<@NonNull List<@NonNull ContactView>> contacts(@Source List<CustomerView> of) {
        return customers.contactsOf(ids(of)).stream()
                .map(contacts -> contacts.stream().map(ContactView::of).toList()).toList();
    }

    @Description("The interaction history, newest first.")
    public @NonNull List<@NonNull InteractionConnection> interactions(@Source List<CustomerView> of,
            @DefaultValue("20") Integer first, String after) {
        return interactions.historiesOf(ids(of), PageRequest.of(first, after)).stream()
                .map(page -> Connections.of(page, InteractionView::of, InteractionEdge::new,
                        InteractionConnection::new))
                .toList();
    }

    @Description("The product inventory: what the customer has, newest first.")
    public @NonNull List<@NonNull SubscriptionConnection> subscriptions(@Source List<CustomerView> of,
            @DefaultValue("20") Integer first, String after) {
        return subscriptions.inventoriesOf(ids(of), PageRequest.of(first, after)).stream()
                .map(page -> Connections.of(page, SubscriptionView::of, SubscriptionEdge::new,
                        SubscriptionConnection::new))
                .toList();
    }

    @Mutation
    @Description("Creates a customer (tenant). Provider business manager only.")
    public @NonNull CustomerView createCustomer(@NonNull Inputs.CreateCustomer input) {
        return CustomerView.of(customers.create(input.code(), input.name(), Enums.as(CustomerKind.class, input.kind()),
                input.language() == null ? "en" : input.language()));
    }

    @Mutation
    public @NonNull CustomerView suspendCustomer(@Id @NonNull String id, @NonNull String reason) {
        return CustomerView.of(customers.suspend(id, reason));
    }

    @Mutation
    public @NonNull CustomerView reactivateCustomer(@Id @NonNull String id) {
        return CustomerView.of(customers.reactivate(id));
    }

    @Mutation
    @Description("Edits name, language and notification channels. Send the version you edited.")
    public @NonNull CustomerView updateCustomerProfile(@NonNull Inputs.UpdateCustomerProfile input) {
        return CustomerView.of(customers.updateProfile(input.customerId(), input.version(), input.name(),
                input.language(), input.notificationChannels().stream()
                        .map(channel -> Enums.as(NotificationChannel.class, channel)).collect(Collectors.toSet())));
    }

    @Mutation
    public @NonNull ContactView addCustomerContact(@NonNull Inputs.AddCustomerContact input) {
        return ContactView.of(customers.addContact(input.customerId(), input.name(), input.role(), input.email(),
                input.phone()));
    }

    @Mutation
    public @NonNull CustomerView removeCustomerContact(@Id @NonNull String customerId, @Id @NonNull String contactId) {
        return CustomerView.of(customers.removeContact(customerId, contactId));
    }

    @Mutation
    @Description("Records a contact with the customer. Provider support and service managers.")
    public @NonNull InteractionView recordInteraction(@NonNull Inputs.RecordInteraction input) {
        return InteractionView.of(interactions.record(input.customerId(),
                Enums.as(InteractionChannel.class, input.channel()), Enums.as(InteractionDirection.class, input.direction()),
                input.subject(), input.description()));
    }

    private static List<String> ids(List<CustomerView> customers) {
        return customers.stream().map(CustomerView::id).toList();
    }

    @Type("Customer360")
    public record Customer360View(@NonNull CustomerView customer, @NonNull long activeSubscriptions,
            @NonNull long interactionCount, OffsetDateTime lastInteractionAt) {
    }
}
