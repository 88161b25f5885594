package org.cloudcare.order.entity;

import java.time.Instant;
import java.util.List;

import org.cloudcare.platform.error.InvalidInput;
import org.cloudcare.platform.error.Reasons;

/**
 * The TMF622 consistency check of a customer order: it collects every reason the order cannot be accepted - not just
 * the first - each naming the field it is about, {@code items[1].region} style, so the customer corrects everything
 * at once. {@link #of} checks what the order says by itself; the boundary adds what needs the catalogue, the
 * inventory or the customer ({@link #refuse}: retired offering, region not offered, unknown subscription, suspended
 * customer) before it places the order. An inconsistent order is refused as one {@link InvalidInput}.
 */
public final class OrderValidation {

    public static final int MAX_ITEMS = 50;
    public static final int MAX_QUANTITY = 100_000;
    static final int MAX_ID = 64;
    static final int MAX_REGION = 100;

    private final Reasons reasons = new Reasons();

    private OrderValidation() {
    }

    /** A check with no reasons yet. */
    public static OrderValidation empty() {
        return new OrderValidation();
    }

    /** Everything the order says by itself that makes it inconsistent, checked against {@code now}. */
    public static OrderValidation of(Instant requestedCompletionDate, List<OrderItemRequest> items, Instant now) {
        OrderValidation check = new OrderValidation();
        if (requestedCompletionDate != null && !requestedCompletionDate.isAfter(now)) {
            check.refuse("requestedCompletionDate", "The requested completion date must be in the future.");
        }
        if (items == null || items.isEmpty()) {
            check.refuse("items", "An order needs at least one item.");
            return check;
        }
        if (items.size() > MAX_ITEMS) {
            check.refuse("items", "An order can have at most " + MAX_ITEMS + " items.");
        }
        for (int i = 0; i < items.size(); i++) {
            check.item(i, items.get(i), now);
        }
        return check;
    }

    private void item(int index, OrderItemRequest item, Instant now) {
        String at = "items[" + index + "]";
        if (item == null) {
            refuse(at, "Item " + index + " is empty.");
            return;
        }
        OrderItemAction action = item.action();
        if (action == null) {
            refuse(at + ".action", "Item " + index + " needs an action: add, modify or delete.");
        }
        identifier(at + ".productOfferingId", item.productOfferingId(), "Item " + index + " needs a product offering.");
        if (action != OrderItemAction.DELETE) {
            if (item.quantity() == null || item.quantity() <= 0) {
                refuse(at + ".quantity", "The quantity of item " + index + " must be at least 1.");
            } else if (item.quantity() > MAX_QUANTITY) {
                refuse(at + ".quantity", "The quantity of item " + index + " must be at most " + MAX_QUANTITY + ".");
            }
            if (blank(item.regionCode())) {
                refuse(at + ".region", "Item " + index + " needs the region its data is kept in.");
            } else if (item.regionCode().strip().length() > MAX_REGION) {
                refuse(at + ".region", "The region of item " + index + " is longer than " + MAX_REGION
                        + " characters.");
            }
        }
        if (action == OrderItemAction.ADD && !blank(item.subscriptionId())) {
            refuse(at + ".subscriptionId", "Item " + index + " adds a new subscription and cannot name one.");
        }
        if ((action == OrderItemAction.MODIFY || action == OrderItemAction.DELETE)) {
            identifier(at + ".subscriptionId", item.subscriptionId(), "Item " + index + " must name the subscription to "
                    + action.name().toLowerCase() + ".");
        }
        if (item.requestedCompletionDate() != null && !item.requestedCompletionDate().isAfter(now)) {
            refuse(at + ".requestedCompletionDate",
                    "The requested completion date of item " + index + " must be in the future.");
        }
    }

    /**
     * A modify that moves a subscription from {@code currentRegion} to another region moves the customer's data: ISO/TS
     * 23535 5.7.2 asks for the customer's agreement, so the item must say {@code relocationConsent: true}.
     */
    public OrderValidation relocation(int index, OrderItemRequest item, String currentRegion) {
        if (item != null && item.action() == OrderItemAction.MODIFY && !blank(item.regionCode())
                && currentRegion != null && !item.regionCode().strip().equals(currentRegion)
                && !item.relocationConsent()) {
            refuseItem(index, "relocationConsent", "Item " + index + " moves the subscription's data from "
                    + currentRegion + " to " + item.regionCode().strip()
                    + "; the customer must consent to the relocation (relocationConsent: true).");
        }
        return this;
    }

    private void identifier(String field, String value, String whenMissing) {
        if (blank(value)) {
            refuse(field, whenMissing);
        } else if (value.strip().length() > MAX_ID) {
            refuse(field, "The " + field + " is longer than " + MAX_ID + " characters.");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** Adds a reason; the boundary uses it for what only the catalogue or the inventory knows. */
    public OrderValidation refuse(String field, String message) {
        reasons.add(field, message);
        return this;
    }

    /** Adds a reason about one item's field: {@code refuseItem(1, "region", ...)} names {@code items[1].region}. */
    public OrderValidation refuseItem(int index, String field, String message) {
        return refuse("items[" + index + "]." + field, message);
    }

    public boolean isConsistent() {
        return reasons.isEmpty();
    }

    public List<InvalidInput.Reason> reasons() {
        return reasons.list();
    }

    /** All reasons in one sentence each, for the state history of a rejected order. */
    public String summary() {
        return reasons.summary();
    }

    /** Refuses an inconsistent order with all its reasons (VALIDATION); does nothing for a consistent one. */
    public void requireConsistent() {
        reasons.throwIfAny("The order was rejected.");
    }
}
