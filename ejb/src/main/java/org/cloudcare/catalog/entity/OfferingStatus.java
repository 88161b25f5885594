package org.cloudcare.catalog.entity;

/** The TMF620 lifecycle of a product offering, reduced to the states CloudCare acts on. */
public enum OfferingStatus {
    /** Being designed: visible to provider staff only, cannot be ordered. */
    DRAFT,
    /** Published in the catalogue: everyone signed in sees it, customers can order it. */
    ACTIVE,
    /** Withdrawn: no new orders; subscriptions that exist keep running. Staff only. */
    RETIRED
}
