package org.cloudcare.sla.entity;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.cloudcare.platform.error.CloudCareException;
import org.cloudcare.platform.error.Reasons;
import org.cloudcare.platform.time.Timestamps;
import org.cloudcare.problem.entity.Interval;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A planned outage (ISO/TS 23535 5.2.6-5.2.7, eTOM 1.2.4.1 planned outage notification): the provider's operations
 * manager schedules maintenance of whole offerings and/or single subscriptions for a window, announced to the customers
 * when it is scheduled. Whether its time counts against an agreement's availability is {@link PlannedWindow}'s rule:
 * excused when announced at least the agreement's notice before it begins.
 * <p>
 * Lifecycle: {@code SCHEDULED} → {@code CANCELLED} (only before its window has ended; final). Negotiation with
 * customers and notification lists come with a later issue. Provider-wide: it belongs to no tenant; a customer sees the
 * outages that touch its subscriptions.
 */
@Entity
@Table(name = "sla_planned_outage")
public class PlannedOutage {

    public static final String TYPE = "PlannedOutage";
    /** The most offerings plus subscriptions one outage names. */
    public static final int MAX_AFFECTED = 100;
    /** The longest window: planned maintenance, not a change of service. */
    public static final Duration MAX_WINDOW = Duration.ofDays(31);

    @Id
    private String id;

    @Column(nullable = false)
    private String description;

    @Column(name = "window_start", nullable = false, updatable = false)
    private OffsetDateTime windowStart;

    @Column(name = "window_end", nullable = false, updatable = false)
    private OffsetDateTime windowEnd;

    @Column(name = "announced_at", nullable = false, updatable = false)
    private OffsetDateTime announcedAt;

    @Column(name = "scheduled_by", nullable = false, updatable = false)
    private String scheduledBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlannedOutageStatus status;

    @Column(name = "cancelled_at")
    private OffsetDateTime cancelledAt;

    @Column(name = "cancelled_by")
    private String cancelledBy;

    @Column(name = "cancellation_reason")
    private String cancellationReason;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "sla_planned_outage_offering", joinColumns = @JoinColumn(name = "outage_id"))
    @Column(name = "product_offering_id")
    private Set<String> productOfferingIds = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "sla_planned_outage_subscription", joinColumns = @JoinColumn(name = "outage_id"))
    @Column(name = "subscription_id")
    private Set<String> subscriptionIds = new TreeSet<>();

    @Version
    private long version;

    protected PlannedOutage() {
    }

    /**
     * Schedules an outage announced {@code now}. Refusals, all at once: {@code windowStart} missing or in the past,
     * {@code windowEnd} missing, not after the start or more than {@link #MAX_WINDOW} after it, {@code description}
     * missing or too long, {@code subscriptionIds} when nothing (or too much) is named. The boundary checks that the
     * ids exist.
     */
    public static PlannedOutage schedule(Set<String> productOfferingIds, Set<String> subscriptionIds,
            Instant windowStart, Instant windowEnd, String description, String scheduledBy, Instant now) {
        Reasons reasons = new Reasons();
        Set<String> offerings = productOfferingIds == null ? Set.of() : productOfferingIds;
        Set<String> subscriptions = subscriptionIds == null ? Set.of() : subscriptionIds;
        if (offerings.isEmpty() && subscriptions.isEmpty()) {
            reasons.add("subscriptionIds", "Name at least one offering or subscription the outage affects.");
        } else if (offerings.size() + subscriptions.size() > MAX_AFFECTED) {
            reasons.add("subscriptionIds", "One outage names at most " + MAX_AFFECTED
                    + " offerings and subscriptions together.");
        }
        if (windowStart == null) {
            reasons.add("windowStart", "Give the start of the outage window.");
        } else if (windowStart.isBefore(now)) {
            reasons.add("windowStart", "A planned outage cannot start in the past.");
        }
        if (windowEnd == null) {
            reasons.add("windowEnd", "Give the end of the outage window.");
        } else if (windowStart != null && !windowEnd.isAfter(windowStart)) {
            reasons.add("windowEnd", "The window must end after it starts.");
        } else if (windowStart != null && Duration.between(windowStart, windowEnd).compareTo(MAX_WINDOW) > 0) {
            reasons.add("windowEnd", "A planned outage window lasts at most " + MAX_WINDOW.toDays() + " days.");
        }
        String text = description == null ? "" : description.strip();
        if (text.isEmpty()) {
            reasons.add("description", "Say what the outage is for.");
        } else if (text.length() > 1000) {
            reasons.add("description", "At most 1000 characters.");
        }
        reasons.throwIfAny("The planned outage was refused.");
        PlannedOutage outage = new PlannedOutage();
        outage.id = UUID.randomUUID().toString();
        outage.description = text;
        outage.windowStart = Timestamps.at(windowStart);
        outage.windowEnd = Timestamps.at(windowEnd);
        outage.announcedAt = Timestamps.at(now);
        outage.scheduledBy = scheduledBy;
        outage.status = PlannedOutageStatus.SCHEDULED;
        outage.productOfferingIds.addAll(offerings);
        outage.subscriptionIds.addAll(subscriptions);
        return outage;
    }

    /** Cancels a scheduled outage whose window has not ended yet; any other cancellation is a CONFLICT. */
    public void cancel(String reason, String by, Instant now) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 500) {
            throw CloudCareException.invalid("reason", "Say why the outage is cancelled, in at most 500 characters.");
        }
        if (status != PlannedOutageStatus.SCHEDULED) {
            throw CloudCareException.conflict("Planned outage " + id + " is already " + status + ".");
        }
        if (!now.isBefore(windowEnd.toInstant())) {
            throw CloudCareException.conflict("Planned outage " + id + " is over; it can no longer be cancelled.");
        }
        status = PlannedOutageStatus.CANCELLED;
        cancellationReason = why;
        cancelledBy = by;
        cancelledAt = Timestamps.at(now);
    }

    /** The outage as the availability rule sees it. */
    public PlannedWindow asPlannedWindow() {
        return new PlannedWindow(new Interval(windowStart.toInstant(), windowEnd.toInstant()),
                announcedAt.toInstant(), status == PlannedOutageStatus.CANCELLED);
    }

    public String getId() {
        return id;
    }

    public String getDescription() {
        return description;
    }

    public OffsetDateTime getWindowStart() {
        return windowStart;
    }

    public OffsetDateTime getWindowEnd() {
        return windowEnd;
    }

    public OffsetDateTime getAnnouncedAt() {
        return announcedAt;
    }

    public String getScheduledBy() {
        return scheduledBy;
    }

    public PlannedOutageStatus getStatus() {
        return status;
    }

    public OffsetDateTime getCancelledAt() {
        return cancelledAt;
    }

    public String getCancelledBy() {
        return cancelledBy;
    }

    public String getCancellationReason() {
        return cancellationReason;
    }

    public Set<String> getProductOfferingIds() {
        return Collections.unmodifiableSet(productOfferingIds);
    }

    public Set<String> getSubscriptionIds() {
        return Collections.unmodifiableSet(subscriptionIds);
    }

    public long getVersion() {
        return version;
    }
}
