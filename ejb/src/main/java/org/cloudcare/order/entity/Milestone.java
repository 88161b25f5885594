package org.cloudcare.order.entity;

import java.time.Instant;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.cloudcare.platform.time.Timestamps;

/** A point a product order reached on its way (TMF622 Milestone): its name and when. */
@Embeddable
public class Milestone {

    public static final String ACCEPTED = "accepted";
    public static final String PROVISIONING_STARTED = "provisioning started";
    public static final String COMPLETED = "completed";
    public static final String FAILED = "failed";
    public static final String CANCELLED = "cancelled";

    @Column(name = "name", nullable = false, updatable = false)
    private String name;

    @Column(name = "reached_at", nullable = false, updatable = false)
    private OffsetDateTime reachedAt;

    protected Milestone() {
    }

    Milestone(String name, Instant at) {
        this.name = name;
        this.reachedAt = Timestamps.at(at);
    }

    public String getName() {
        return name;
    }

    public OffsetDateTime getReachedAt() {
        return reachedAt;
    }
}
