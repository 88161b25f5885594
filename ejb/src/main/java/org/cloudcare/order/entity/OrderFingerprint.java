package org.cloudcare.order.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * What an order asks for, reduced to a SHA-256 hex digest, so that a retried submission can be recognised: the same
 * idempotency key with the same fingerprint is the same order, with another fingerprint a CONFLICT. Texts are compared
 * trimmed (what the order keeps); the order of the items matters, since items are named by their index.
 */
public final class OrderFingerprint {

    private OrderFingerprint() {
    }

    public static String of(Instant requestedCompletionDate, List<OrderItemRequest> items) {
        StringBuilder content = new StringBuilder("order|").append(requestedCompletionDate).append('\n');
        for (OrderItemRequest item : items) {
            content.append("item|").append(item.action())
                    .append('|').append(field(item.productOfferingId()))
                    .append('|').append(item.quantity())
                    .append('|').append(field(item.regionCode()))
                    .append('|').append(item.requestedCompletionDate())
                    .append('|').append(field(item.subscriptionId()))
                    .append('|').append(item.relocationConsent())
                    .append('\n');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(content.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256.", e);
        }
    }

    // a field's length and text, so that no value can imitate the separator
    private static String field(String value) {
        if (value == null || value.isBlank()) {
            return "-";
        }
        String text = value.strip();
        return text.length() + ":" + text;
    }
}
