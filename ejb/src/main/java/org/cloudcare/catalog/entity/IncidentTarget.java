package org.cloudcare.catalog.entity;

import java.time.Duration;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.cloudcare.platform.error.Checks;

/**
 * How fast the provider answers and repairs an incident of one priority (ISO/TS 23535 5.5.2 incident response, 5.5.4
 * repair time): the clock starts when the problem is reported.
 */
@Embeddable
public class IncidentTarget {

    /** A week: no health service waits longer for a first answer. */
    static final int MAX_RESPONSE_MINUTES = 7 * 24 * 60;
    /** Thirty days. */
    static final int MAX_REPAIR_MINUTES = 30 * 24 * 60;

    @Enumerated(EnumType.STRING)
    @Column(name = "priority", nullable = false)
    private IncidentPriority priority;

    @Column(name = "response_minutes", nullable = false)
    private int responseMinutes;

    @Column(name = "repair_minutes", nullable = false)
    private int repairMinutes;

    protected IncidentTarget() {
    }

    /** Refusals name {@code incidentTargets.priority}, {@code .responseMinutes} or {@code .repairMinutes}. */
    public static IncidentTarget of(IncidentPriority priority, Integer responseMinutes, Integer repairMinutes) {
        IncidentTarget target = new IncidentTarget();
        target.priority = Checks.required("incidentTargets.priority", priority);
        target.responseMinutes = Checks.range("incidentTargets.responseMinutes", responseMinutes, 1,
                MAX_RESPONSE_MINUTES);
        target.repairMinutes = Checks.range("incidentTargets.repairMinutes", repairMinutes, 1, MAX_REPAIR_MINUTES);
        if (target.repairMinutes < target.responseMinutes) {
            Checks.range("incidentTargets.repairMinutes", repairMinutes, target.responseMinutes, MAX_REPAIR_MINUTES);
        }
        return target;
    }

    public IncidentPriority getPriority() {
        return priority;
    }

    public int getResponseMinutes() {
        return responseMinutes;
    }

    public int getRepairMinutes() {
        return repairMinutes;
    }

    public Duration responseTime() {
        return Duration.ofMinutes(responseMinutes);
    }

    public Duration repairTime() {
        return Duration.ofMinutes(repairMinutes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IncidentTarget target && priority == target.priority
                && responseMinutes == target.responseMinutes && repairMinutes == target.repairMinutes;
    }

    @Override
    public int hashCode() {
        return Objects.hash(priority, responseMinutes, repairMinutes);
    }

    @Override
    public String toString() {
        return priority + " " + responseMinutes + "/" + repairMinutes + " min";
    }
}
