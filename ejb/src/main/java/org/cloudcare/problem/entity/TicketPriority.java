package org.cloudcare.problem.entity;

/** How urgently the provider works a ticket; the agreement sets response and repair targets per priority. */
public enum TicketPriority {
    LOW, MEDIUM, HIGH, CRITICAL;

    /** One step more urgent; critical stays critical. */
    public TicketPriority raised() {
        return this == CRITICAL ? CRITICAL : values()[ordinal() + 1];
    }
}
