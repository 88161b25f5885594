package org.cloudcare.api.order;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/**
 * The enumerations of the customer order contract. They mirror the domain's enums constant by constant (a test keeps
 * them equal), in the schema's upper-case style; the TMF622 word of each state ({@code inProgress}) is the
 * {@code tmfState} field beside it.
 */
public final class Vocabulary {

    private Vocabulary() {
    }

    @Enum("CustomerOrderState")
    @Description("TMF622 ProductOrderStateType of a customer order.")
    public enum OrderState {
        ACKNOWLEDGED,
        REJECTED,
        IN_PROGRESS,
        PENDING,
        HELD,
        ASSESSING_CANCELLATION,
        PENDING_CANCELLATION,
        CANCELLED,
        COMPLETED,
        PARTIAL,
        FAILED
    }

    @Enum("ProductOrderState")
    @Description("TMF622 ProductOrderItemStateType of one product order.")
    public enum ProductOrderState {
        ACKNOWLEDGED,
        IN_PROGRESS,
        PENDING,
        HELD,
        COMPLETED,
        FAILED,
        CANCELLED
    }

    @Enum("OrderItemAction")
    public enum ItemAction {
        ADD,
        MODIFY,
        DELETE
    }
}
