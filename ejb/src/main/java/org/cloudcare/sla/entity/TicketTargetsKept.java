package org.cloudcare.sla.entity;

/**
 * The tickets of one subscription and priority received in a window, and how many of them missed a deadline. A
 * deadline is missed when the problem area's escalation job escalated it (the ticket deadline rules, business hours
 * included, live there and are not computed again here).
 *
 * @param tickets        tickets received
 * @param responseMissed of them, tickets whose response deadline was escalated
 * @param incidents      of them, incidents (the kind with a repair deadline)
 * @param repairMissed   of those, incidents whose repair deadline was escalated
 */
public record TicketTargetsKept(long tickets, long responseMissed, long incidents, long repairMissed) {

    public static final TicketTargetsKept NONE = new TicketTargetsKept(0, 0, 0, 0);

    public TicketTargetsKept plus(TicketTargetsKept other) {
        return new TicketTargetsKept(tickets + other.tickets, responseMissed + other.responseMissed,
                incidents + other.incidents, repairMissed + other.repairMissed);
    }
}
