package org.cloudcare.problem.entity;

/** On which side of the agreement someone acting on a ticket stands. */
public enum ActorKind {
    /** A user of the customer (tenant) the ticket belongs to. */
    CUSTOMER,
    /** Provider staff (support, service management). */
    PROVIDER,
    /** The provider's own scheduled work, e.g. the escalation job. */
    SYSTEM
}
