package org.cloudcare.api.order;

import java.time.OffsetDateTime;
import java.util.List;

import org.cloudcare.api.Enums;
import org.cloudcare.api.PageInfo;
import org.cloudcare.order.entity.CustomerOrder;
import org.cloudcare.order.entity.Milestone;
import org.cloudcare.order.entity.OrderItem;
import org.cloudcare.order.entity.OrderStateChange;
import org.cloudcare.order.entity.ProductOrder;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The output types of the customer order area (views of the entities; GraphQL never serialises an entity). */
final class Views {

    private Views() {
    }

    @Type("CustomerOrder")
    @Description("A customer's order (TMF622 ProductOrder), its items, product orders and state history.")
    public record CustomerOrderView(@Id @NonNull String id, @Id @NonNull String customerId,
            @NonNull String idempotencyKey, @NonNull Vocabulary.OrderState state,
            @NonNull @Description("The TMF622 word of the state, e.g. inProgress.") String tmfState,
            OffsetDateTime requestedCompletionDate,
            @NonNull @Description("Past its requested completion date, or expected to miss it, and not finished.")
            boolean jeopardy, @Description("Since when the order is in jeopardy; null while it is not.")
            OffsetDateTime jeopardySince, String cancellationReason,
            String cancellationDenialReason, @NonNull String placedBy, @NonNull OffsetDateTime placedAt,
            @Id @Description("The customer's change request (trouble ticket) this order carries out, placed by the"
                    + " provider's service manager on the customer's behalf; null for an order the customer placed.")
            String troubleTicketId,
            @NonNull OffsetDateTime updatedAt, OffsetDateTime closedAt,
            @Description("Completed by its requested date; null while open or when no date was asked for.")
            Boolean completedOnTime, @NonNull long version, @NonNull List<@NonNull OrderItemView> items,
            @NonNull List<@NonNull ProductOrderView> productOrders,
            @NonNull List<@NonNull OrderStateChangeView> stateHistory) {

        static CustomerOrderView of(CustomerOrder order) {
            return new CustomerOrderView(order.getId(), order.getCustomerId(), order.getIdempotencyKey(),
                    Enums.as(Vocabulary.OrderState.class, order.getState()), order.getState().tmfName(),
                    order.getRequestedCompletionDate(), order.isInJeopardy(), order.getJeopardySince(),
                    order.getCancellationReason(),
                    order.getCancellationDenialReason(), order.getPlacedBy(), order.getPlacedAt(),
                    order.getTroubleTicketId(),
                    order.getUpdatedAt(), order.getClosedAt(), order.completedOnTime(), order.getVersion(),
                    order.getItems().stream().map(OrderItemView::of).toList(),
                    order.getProductOrders().stream().map(ProductOrderView::of).toList(),
                    order.getHistory().stream().map(OrderStateChangeView::of).toList());
        }
    }

    @Type("CustomerOrderItem")
    public record OrderItemView(@Id @NonNull String id, @NonNull int position, @NonNull Vocabulary.ItemAction action,
            @Id @NonNull String productOfferingId, Integer quantity, String region,
            OffsetDateTime requestedCompletionDate, @Id String subscriptionId,
            @Description("Who consented to moving the data to this item's region; null without consent.")
            String relocationConsentBy,
            @Description("When the consent to the relocation was given.") OffsetDateTime relocationConsentAt) {

        static OrderItemView of(OrderItem item) {
            return new OrderItemView(item.getId(), item.getPosition(),
                    Enums.as(Vocabulary.ItemAction.class, item.getAction()), item.getProductOfferingId(),
                    item.getQuantity(), item.getRegionCode(), item.getRequestedCompletionDate(),
                    item.getSubscriptionId(), item.getRelocationConsentBy(), item.getRelocationConsentAt());
        }
    }

    @Type("ProductOrder")
    @Description("One unit of fulfilment of a customer order: one item, or one component of a bundle item.")
    public record ProductOrderView(@Id @NonNull String id, @Id @NonNull String customerOrderId,
            @NonNull int position, @NonNull int itemPosition, @NonNull Vocabulary.ItemAction action,
            @Id @NonNull String productOfferingId, @Id String bundleOfferingId, Integer quantity, String region,
            @Id String subscriptionId, @NonNull Vocabulary.ProductOrderState state, @NonNull String tmfState,
            String stateReason, OffsetDateTime requestedCompletionDate, OffsetDateTime expectedCompletionDate,
            @NonNull OffsetDateTime createdAt, @NonNull OffsetDateTime updatedAt,
            @NonNull @Description("The fulfilment provider that handles it: manual (the service manager) or"
                    + " automatic.") String fulfilment,
            @Description("When automatic fulfilment takes its next step; null while people act.")
            OffsetDateTime nextStepAt,
            @NonNull @Description("Points it reached, oldest first (accepted, provisioning started, completed, ...).")
            List<@NonNull MilestoneView> milestones) {

        static ProductOrderView of(ProductOrder productOrder) {
            return new ProductOrderView(productOrder.getId(), productOrder.getOrderId(), productOrder.getPosition(),
                    productOrder.getItemPosition(), Enums.as(Vocabulary.ItemAction.class, productOrder.getAction()),
                    productOrder.getProductOfferingId(), productOrder.getBundleOfferingId(),
                    productOrder.getQuantity(), productOrder.getRegionCode(), productOrder.getSubscriptionId(),
                    Enums.as(Vocabulary.ProductOrderState.class, productOrder.getState()),
                    productOrder.getState().tmfName(), productOrder.getStateReason(),
                    productOrder.getRequestedCompletionDate(), productOrder.getExpectedCompletionDate(),
                    productOrder.getCreatedAt(), productOrder.getUpdatedAt(), productOrder.getFulfilment(),
                    productOrder.getNextStepAt(), productOrder.getMilestones().stream().map(MilestoneView::of).toList());
        }
    }

    @Type("ProductOrderMilestone")
    public record MilestoneView(@NonNull String name, @NonNull OffsetDateTime reachedAt) {

        static MilestoneView of(Milestone milestone) {
            return new MilestoneView(milestone.getName(), milestone.getReachedAt());
        }
    }

    @Type("CustomerOrderStateChange")
    @Description("One move of the order: from, to, who, when and why.")
    public record OrderStateChangeView(@NonNull int sequence, Vocabulary.OrderState from,
            @NonNull Vocabulary.OrderState to, @NonNull String actor, @NonNull OffsetDateTime changedAt,
            String reason) {

        static OrderStateChangeView of(OrderStateChange change) {
            return new OrderStateChangeView(change.getSequence(), Enums.as(Vocabulary.OrderState.class,
                    change.getFrom()), Enums.as(Vocabulary.OrderState.class, change.getTo()), change.getActor(),
                    change.getChangedAt(), change.getReason());
        }
    }

    public record CustomerOrderEdge(@NonNull String cursor, @NonNull CustomerOrderView node) {
    }

    public record CustomerOrderConnection(@NonNull List<@NonNull CustomerOrderEdge> edges, @NonNull PageInfo pageInfo,
            @NonNull long totalCount) {
    }

    public record ProductOrderEdge(@NonNull String cursor, @NonNull ProductOrderView node) {
    }

    public record ProductOrderConnection(@NonNull List<@NonNull ProductOrderEdge> edges, @NonNull PageInfo pageInfo,
            @NonNull long totalCount) {
    }
}
