package org.cloudcare.sla.entity;

import org.cloudcare.catalog.entity.IncidentPriority;

/**
 * What an evaluation compares, one row per agreement and period each (eTOM 1.3.8: delivered against contractual QoS
 * per product instance). Objectives without a contractual value in the agreement's terms (service response time from
 * the samples, order completion on time) are reported as delivered figures and never violated.
 */
public enum EvaluatedObjective {
    /** Availability in percent against the committed availability; the one objective that earns a service credit. */
    AVAILABILITY(null, false),
    /** Tickets answered within the agreement's target response time (ISO/TS 23535 5.2.8), any priority. */
    RESPONSE_TIME(null, false),
    INCIDENT_RESPONSE_CRITICAL(IncidentPriority.CRITICAL, false),
    INCIDENT_RESPONSE_HIGH(IncidentPriority.HIGH, false),
    INCIDENT_RESPONSE_MEDIUM(IncidentPriority.MEDIUM, false),
    INCIDENT_RESPONSE_LOW(IncidentPriority.LOW, false),
    INCIDENT_REPAIR_CRITICAL(IncidentPriority.CRITICAL, true),
    INCIDENT_REPAIR_HIGH(IncidentPriority.HIGH, true),
    INCIDENT_REPAIR_MEDIUM(IncidentPriority.MEDIUM, true),
    INCIDENT_REPAIR_LOW(IncidentPriority.LOW, true),
    /** The 95th percentile of the monitoring system's response-time samples; no contractual value. */
    SERVICE_RESPONSE_TIME(null, false),
    /** The customer's orders completed by their requested date (eTOM 1.3.8); no contractual value. */
    ORDER_COMPLETION_ON_TIME(null, false);

    private final IncidentPriority priority;
    private final boolean repair;

    EvaluatedObjective(IncidentPriority priority, boolean repair) {
        this.priority = priority;
        this.repair = repair;
    }

    /** The incident priority of an incident response or repair objective; null for the others. */
    public IncidentPriority priority() {
        return priority;
    }

    public boolean isRepair() {
        return repair;
    }

    public static EvaluatedObjective incidentResponse(IncidentPriority priority) {
        return valueOf("INCIDENT_RESPONSE_" + priority.name());
    }

    public static EvaluatedObjective incidentRepair(IncidentPriority priority) {
        return valueOf("INCIDENT_REPAIR_" + priority.name());
    }
}
