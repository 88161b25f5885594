package org.cloudcare.order.entity;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * How a customer order's state follows from the states of its product orders - the rules, in one place:
 * <ol>
 * <li>No product orders yet: {@code acknowledged}.</li>
 * <li>All product orders finished (completed, failed or cancelled):
 * <ul>
 * <li>all cancelled: {@code cancelled};</li>
 * <li>all completed: {@code completed};</li>
 * <li>none completed (failed, possibly with cancelled ones): {@code failed};</li>
 * <li>some completed and the rest failed or cancelled: {@code partial} - a cancelled product order was not delivered,
 * so it counts like a failed one.</li>
 * </ul>
 * </li>
 * <li>Some still open: any in progress gives {@code inProgress}; otherwise any held gives {@code held} (the provider
 * stopped the work), otherwise any pending gives {@code pending} (waiting for the customer); otherwise the open ones
 * are all acknowledged and the order is {@code inProgress} when some others have finished, else
 * {@code acknowledged}.</li>
 * </ol>
 * The order's own cancellation states are not derived: they follow the customer's request (see
 * {@link CustomerOrder#followProductOrders}).
 */
public final class OrderStateRules {

    private OrderStateRules() {
    }

    public static CustomerOrderState derive(Collection<ProductOrderState> productOrders) {
        if (productOrders.isEmpty()) {
            return CustomerOrderState.ACKNOWLEDGED;
        }
        Map<ProductOrderState, Integer> count = new EnumMap<>(ProductOrderState.class);
        for (ProductOrderState state : productOrders) {
            count.merge(state, 1, Integer::sum);
        }
        int all = productOrders.size();
        int completed = count.getOrDefault(ProductOrderState.COMPLETED, 0);
        int failed = count.getOrDefault(ProductOrderState.FAILED, 0);
        int cancelled = count.getOrDefault(ProductOrderState.CANCELLED, 0);
        int finished = completed + failed + cancelled;
        if (finished == all) {
            if (cancelled == all) {
                return CustomerOrderState.CANCELLED;
            }
            if (completed == all) {
                return CustomerOrderState.COMPLETED;
            }
            return completed == 0 ? CustomerOrderState.FAILED : CustomerOrderState.PARTIAL;
        }
        if (count.containsKey(ProductOrderState.IN_PROGRESS)) {
            return CustomerOrderState.IN_PROGRESS;
        }
        if (count.containsKey(ProductOrderState.HELD)) {
            return CustomerOrderState.HELD;
        }
        if (count.containsKey(ProductOrderState.PENDING)) {
            return CustomerOrderState.PENDING;
        }
        return finished > 0 ? CustomerOrderState.IN_PROGRESS : CustomerOrderState.ACKNOWLEDGED;
    }
}
