package org.cloudcare.problem.entity;

import java.util.List;

import org.cloudcare.platform.error.Reasons;

/**
 * What a customer reports, or provider staff record on the customer's behalf (ITU-T Y.3525 10.1.2.1 reception):
 * checked as a whole by {@link #violations(Actor)}, which names every field that is wrong at once.
 */
public record TicketReport(String tenant, String subscriptionId, String agreementId, TicketKind kind,
        String ticketType, TicketSeverity severity, TicketPriority priority, TicketImpact impact, String description,
        ReceptionChannel channel, List<Attachment> attachments) {

    public static final int MAX_DESCRIPTION = 4000;
    public static final int MAX_ATTACHMENTS = 20;

    /** An attachment as given: a link and its name. */
    public record Attachment(String url, String name) {
    }

    public TicketReport {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** Every reason this report cannot be received from {@code actor}; empty when it can. */
    public Reasons violations(Actor actor) {
        Reasons violations = new Reasons();
        blank(violations, "tenant", tenant, "The customer must be given.");
        blank(violations, "subscriptionId", subscriptionId, "The subscription the problem is about must be given.");
        tooLong(violations, "agreementId", agreementId, 36);
        tooLong(violations, "subscriptionId", subscriptionId, 36);
        if (kind == null) {
            violations.add("kind", "The kind must be given: information request, incident or change request.");
        }
        blank(violations, "ticketType", ticketType, "The type of problem must be given.");
        tooLong(violations, "ticketType", ticketType, 100);
        if (severity == null) {
            violations.add("severity", "The severity must be given.");
        }
        if (priority == null) {
            violations.add("priority", "The priority must be given.");
        }
        if (impact == null) {
            violations.add("impact", "The impact must be given.");
        }
        blank(violations, "description", description, "The description must not be empty.");
        tooLong(violations, "description", description, MAX_DESCRIPTION);
        if (channel == null) {
            violations.add("channel", "The channel the problem was received by must be given.");
        } else if (actor.isCustomer() && channel != ReceptionChannel.PORTAL) {
            violations.add("channel", "A customer reports through the portal; other channels are recorded by the"
                    + " provider's support on the customer's behalf.");
        }
        if (actor.kind() == ActorKind.SYSTEM) {
            violations.add("actor", "A ticket is reported by the customer or recorded by the provider's staff.");
        }
        if (actor.isCustomer() && tenant != null && !tenant.equals(actor.tenant())) {
            violations.add("tenant", "A customer user reports problems of their own customer only.");
        }
        if (attachments.size() > MAX_ATTACHMENTS) {
            violations.add("attachments", "At most " + MAX_ATTACHMENTS + " attachments can be linked.");
        }
        for (int i = 0; i < attachments.size(); i++) {
            Attachment attachment = attachments.get(i);
            violations.addIf("attachments[" + i + "].url", AttachmentLink.problemWith(attachment.url()));
            blank(violations, "attachments[" + i + "].name", attachment.name(), "The attachment needs a name.");
            tooLong(violations, "attachments[" + i + "].name", attachment.name(), 200);
        }
        return violations;
    }

    private static void blank(Reasons violations, String field, String value, String message) {
        if (value == null || value.isBlank()) {
            violations.add(field, message);
        }
    }

    private static void tooLong(Reasons violations, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            violations.add(field, "The " + field + " must be at most " + max + " characters long.");
        }
    }
}
