package org.cloudcare.api.order;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.cloudcare.api.Connections;
import org.cloudcare.api.Enums;
import org.cloudcare.api.error.TranslatesErrors;
import org.cloudcare.api.order.Views.CustomerOrderConnection;
import org.cloudcare.api.order.Views.CustomerOrderEdge;
import org.cloudcare.api.order.Views.CustomerOrderView;
import org.cloudcare.api.order.Views.ProductOrderConnection;
import org.cloudcare.api.order.Views.ProductOrderEdge;
import org.cloudcare.api.order.Views.ProductOrderView;
import org.cloudcare.order.boundary.CustomerOrders;
import org.cloudcare.order.entity.CustomerOrderState;
import org.cloudcare.order.entity.ProductOrderState;
import org.cloudcare.platform.paging.PageRequest;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** Customer orders (SPEC area 3, TMF622) over GraphQL. Thin: the EJB boundary decides who may do what. */
@GraphQLApi
@ApplicationScoped
@TranslatesErrors
public class OrderGraphQL {

    @Inject
    CustomerOrders orders;

    @Query
    @Description("One customer order. Users of a customer see only their own; other ids answer NOT_FOUND.")
    public CustomerOrderView customerOrder(@Id @NonNull String id) {
        return CustomerOrderView.of(orders.customerOrder(id));
    }

    @Query
    @Description("Customer orders, newest first, optionally of one customer and in one state. Users of a customer"
            + " see their own only.")
    public @NonNull CustomerOrderConnection customerOrders(@Id String customerId, Vocabulary.OrderState state,
            @DefaultValue("20") Integer first, String after) {
        return Connections.of(orders.customerOrders(customerId, Enums.as(CustomerOrderState.class, state),
                PageRequest.of(first, after)), CustomerOrderView::of, CustomerOrderEdge::new,
                CustomerOrderConnection::new);
    }

    @Query
    @Description("The fulfilment queue: open product orders of every customer, oldest first. Provider staff only.")
    public @NonNull ProductOrderConnection productOrderQueue(Vocabulary.ProductOrderState state,
            @DefaultValue("20") Integer first, String after) {
        return Connections.of(orders.productOrderQueue(Enums.as(ProductOrderState.class, state),
                PageRequest.of(first, after)), ProductOrderView::of, ProductOrderEdge::new,
                ProductOrderConnection::new);
    }

    @Query
    @Description("Unfinished orders in jeopardy (past their requested completion date, or expected to miss it), longest"
            + " in jeopardy first. Provider staff only; customers see the jeopardy flag on their own orders.")
    public @NonNull CustomerOrderConnection customerOrdersInJeopardy(@DefaultValue("20") Integer first,
            String after) {
        return Connections.of(orders.customerOrdersInJeopardy(PageRequest.of(first, after)), CustomerOrderView::of,
                CustomerOrderEdge::new, CustomerOrderConnection::new);
    }

    @Description("The customer order this product order belongs to.")
    @Name("customerOrder")
    public @NonNull List<CustomerOrderView> customerOrderOf(@Source List<ProductOrderView> of) {
        return orders.customerOrdersOf(of.stream().map(ProductOrderView::customerOrderId).toList()).stream()
                .map(order -> order == null ? null : CustomerOrderView.of(order)).toList();
    }

    @Mutation
    @Description("Places an order (the customer's business manager or administrator). Every reason a rejected order"
            + " has is in extensions.reasons, each with its field.")
    public @NonNull CustomerOrderView placeCustomerOrder(@NonNull Inputs.PlaceCustomerOrder input) {
        return CustomerOrderView.of(orders.placeCustomerOrder(input.customerId(), input.idempotencyKey(),
                input.requestedCompletion(), input.requests()));
    }

    @Mutation
    @Description("Asks the provider to cancel an unfinished order, with the reason.")
    public @NonNull CustomerOrderView cancelCustomerOrder(@Id @NonNull String id, @NonNull String reason) {
        return CustomerOrderView.of(orders.cancelCustomerOrder(id, reason));
    }

    @Mutation
    @Description("Accepts a cancellation: the order and its open product orders are cancelled. Service manager.")
    public @NonNull CustomerOrderView acceptCustomerOrderCancellation(@Id @NonNull String id) {
        return CustomerOrderView.of(orders.acceptCustomerOrderCancellation(id));
    }

    @Mutation
    @Description("Denies a cancellation with the reason; the order goes back to where it was. Service manager.")
    public @NonNull CustomerOrderView denyCustomerOrderCancellation(@Id @NonNull String id, @NonNull String reason) {
        return CustomerOrderView.of(orders.denyCustomerOrderCancellation(id, reason));
    }

    @Mutation
    @Description("The order waits for the customer (inProgress -> pending), with its product orders in progress, and"
            + " the reason. Service manager.")
    public @NonNull CustomerOrderView pendCustomerOrder(@Id @NonNull String id, @NonNull String reason) {
        return CustomerOrderView.of(orders.pendCustomerOrder(id, reason));
    }

    @Mutation
    @Description("The provider stops work on the order for now (inProgress -> held), with its product orders in"
            + " progress, and the reason. Service manager.")
    public @NonNull CustomerOrderView holdCustomerOrder(@Id @NonNull String id, @NonNull String reason) {
        return CustomerOrderView.of(orders.holdCustomerOrder(id, reason));
    }

    @Mutation
    @Description("Work on a pending or held order goes on (-> inProgress), with its product orders. Service manager.")
    public @NonNull CustomerOrderView resumeCustomerOrder(@Id @NonNull String id) {
        return CustomerOrderView.of(orders.resumeCustomerOrder(id));
    }

    @Mutation
    @Description("Fulfilment begins. Service manager.")
    public @NonNull ProductOrderView startProductOrder(@Id @NonNull String id) {
        return ProductOrderView.of(orders.startProductOrder(id));
    }

    @Mutation
    @Description("The offering is delivered; a completed item is published into the customer's subscriptions.")
    public @NonNull ProductOrderView completeProductOrder(@Id @NonNull String id) {
        return ProductOrderView.of(orders.completeProductOrder(id));
    }

    @Mutation
    @Description("Fulfilment waits for the customer (inProgress -> pending), with the reason. Service manager.")
    public @NonNull ProductOrderView pendProductOrder(@Id @NonNull String id, @NonNull String reason) {
        return ProductOrderView.of(orders.pendProductOrder(id, reason));
    }

    @Mutation
    @Description("The provider stops work on the product order for now (inProgress -> held), with the reason."
            + " Service manager.")
    public @NonNull ProductOrderView holdProductOrder(@Id @NonNull String id, @NonNull String reason) {
        return ProductOrderView.of(orders.holdProductOrder(id, reason));
    }

    @Mutation
    @Description("Fulfilment goes on (pending or held -> inProgress). Service manager.")
    public @NonNull ProductOrderView resumeProductOrder(@Id @NonNull String id) {
        return ProductOrderView.of(orders.resumeProductOrder(id));
    }

    @Mutation
    @Description("The offering cannot be delivered, with the reason the customer is told. Service manager.")
    public @NonNull ProductOrderView failProductOrder(@Id @NonNull String id, @NonNull String reason) {
        return ProductOrderView.of(orders.failProductOrder(id, reason));
    }
}
