package org.cloudcare.problem.entity;

import org.cloudcare.platform.error.Checks;

/**
 * Who acts on a ticket: the boundary builds it from the caller, so the ticket can enforce who may make which move
 * without knowing about security. A customer actor carries its tenant.
 */
public record Actor(ActorKind kind, String name, String tenant) {

    public static final String ESCALATION_JOB = "escalation";

    public Actor {
        Checks.required("actor", kind);
        name = Checks.text("actor", name, 100);
        if (kind == ActorKind.CUSTOMER) {
            Checks.required("tenant", tenant);
        }
    }

    public static Actor customer(String name, String tenant) {
        return new Actor(ActorKind.CUSTOMER, name, tenant);
    }

    public static Actor provider(String name) {
        return new Actor(ActorKind.PROVIDER, name, null);
    }

    public static Actor system() {
        return new Actor(ActorKind.SYSTEM, ESCALATION_JOB, null);
    }

    /** CloudCare's own work under another name than the escalation job's, e.g. following a change order. */
    public static Actor system(String job) {
        return new Actor(ActorKind.SYSTEM, job, null);
    }

    public boolean isCustomer() {
        return kind == ActorKind.CUSTOMER;
    }

    public boolean isProvider() {
        return kind == ActorKind.PROVIDER;
    }
}
