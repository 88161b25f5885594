package org.cloudcare.problem.control;

import java.util.List;

import org.cloudcare.customer.entity.Subscription;
import org.cloudcare.order.entity.OrderItemAction;
import org.cloudcare.order.entity.OrderItemRequest;
import org.cloudcare.platform.error.InvalidInput;
import org.cloudcare.platform.error.Reasons;
import org.cloudcare.problem.entity.TroubleTicket;

/**
 * How an accepted change request becomes its {@code modify} customer order: the one item (the ticket's subscription,
 * its offering, the new quantity and/or region, the relocation consent), the idempotency key that makes a retry answer
 * the same order, the words that tell the customer what changes, and the order's refusal reasons named after the
 * acceptance's own fields ({@code quantity}, not {@code items[0].quantity}).
 */
public final class ChangeOrders {

    /** The idempotency key of a change request's order: one order per ticket. */
    public static final String KEY_PREFIX = "change-request:";
    private static final String ITEM = "items[0].";

    private ChangeOrders() {
    }

    public static String idempotencyKey(TroubleTicket ticket) {
        return KEY_PREFIX + ticket.getId();
    }

    /** The modify item of {@code subscription}: a quantity or region left out stays as it is. */
    public static OrderItemRequest modifyItem(Subscription subscription, Integer quantity, String region,
            boolean relocationConsent) {
        return modifyItem(subscription.getId(), subscription.getProductOfferingId(), subscription.getQuantity(),
                subscription.getRegion(), quantity, region, relocationConsent);
    }

    /** The modify item of a subscription that now has {@code currentQuantity} in {@code currentRegion}. */
    static OrderItemRequest modifyItem(String subscriptionId, String offeringId, int currentQuantity,
            String currentRegion, Integer quantity, String region, boolean relocationConsent) {
        return new OrderItemRequest(OrderItemAction.MODIFY, offeringId, quantity == null ? currentQuantity : quantity,
                region == null || region.isBlank() ? currentRegion : region, null, subscriptionId,
                relocationConsent);
    }

    /**
     * Refuses a change that would set neither another quantity nor another region than {@code subscription} has
     * (VALIDATION naming {@code quantity} and {@code region}); everything else the order's consistency check decides.
     * Not asked of a retry: the order placed first already changed the subscription, perhaps.
     */
    public static void requireAChange(Subscription subscription, Integer quantity, String region) {
        requireAChange(subscription.getQuantity(), subscription.getRegion(), quantity, region);
    }

    static void requireAChange(int currentQuantity, String currentRegion, Integer quantity, String region) {
        boolean newRegion = region != null && !region.isBlank() && !region.strip().equals(currentRegion);
        boolean newQuantity = quantity != null && quantity != currentQuantity;
        if (!newRegion && !newQuantity) {
            String message = "The change must set another quantity or another region than the subscription's"
                    + " (" + currentQuantity + " in " + currentRegion + ").";
            new Reasons().add("quantity", message).add("region", message)
                    .throwIfAny("The change request was not accepted.");
        }
    }

    /** What the item changes, for the customer's note and the interaction: "quantity 4 (was 2), region ...". */
    public static String describe(OrderItemRequest item, Subscription subscription) {
        return describe(item, subscription.getQuantity(), subscription.getRegion());
    }

    static String describe(OrderItemRequest item, int currentQuantity, String currentRegion) {
        StringBuilder change = new StringBuilder();
        if (item.quantity() != null && item.quantity() != currentQuantity) {
            change.append("quantity ").append(item.quantity()).append(" (was ").append(currentQuantity).append(')');
        }
        String region = item.regionCode() == null ? null : item.regionCode().strip();
        if (region != null && !region.equals(currentRegion)) {
            change.append(change.isEmpty() ? "" : ", ").append("region ").append(region).append(" (was ")
                    .append(currentRegion).append(')');
        }
        return change.toString();
    }

    /**
     * The order's refusal with its item fields named as the acceptance's ({@code items[0].region} is
     * {@code region}), every reason kept.
     */
    public static InvalidInput asFieldsOfTheAcceptance(InvalidInput refused) {
        List<InvalidInput.Reason> reasons = refused.reasons().stream()
                .map(reason -> new InvalidInput.Reason(reason.field().startsWith(ITEM)
                        ? reason.field().substring(ITEM.length()) : reason.field(), reason.message()))
                .toList();
        return new InvalidInput("The change request was not accepted: its order was rejected.", reasons);
    }
}
