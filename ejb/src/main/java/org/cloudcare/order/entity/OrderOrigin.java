package org.cloudcare.order.entity;

import java.time.Instant;

import org.cloudcare.platform.error.Checks;

/**
 * Who placed an order and on whose word. Normally a user of the customer places it and is the one who commits the
 * customer (and, for a modify that moves data, consents to the relocation). The one other way in is a change request
 * (ITU-T Y.3502 8.3.2.14): the customer asked for the change in a trouble ticket and the provider's service manager
 * accepted it, so the order is placed by provider staff on the customer's behalf, names the ticket that holds the
 * customer's request, and credits the relocation consent to whoever put the request into CloudCare, when it was
 * received.
 */
public record OrderOrigin(String placedBy, String troubleTicketId, String requestedBy, Instant requestedAt) {

    public OrderOrigin {
        placedBy = Checks.text("actor", placedBy, 100);
        if (troubleTicketId != null) {
            Checks.required("requestedBy", requestedBy);
            Checks.required("requestedAt", requestedAt);
        }
    }

    /** Placed by a user of the customer, who commits the customer. */
    public static OrderOrigin customer(String user) {
        return new OrderOrigin(user, null, null, null);
    }

    /**
     * Placed by provider staff accepting the customer's change request {@code troubleTicketId}, which
     * {@code requestedBy} recorded at {@code requestedAt}.
     */
    public static OrderOrigin changeRequest(String staff, String troubleTicketId, String requestedBy,
            Instant requestedAt) {
        return new OrderOrigin(staff, Checks.text("troubleTicketId", troubleTicketId, 36), requestedBy, requestedAt);
    }

    public boolean isChangeRequest() {
        return troubleTicketId != null;
    }
}
