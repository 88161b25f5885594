package org.cloudcare.api.sla;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/**
 * The enumerations of SLA evaluation and planned outages, mirroring the domain's enums constant by constant (a test
 * keeps them equal).
 */
public final class EvaluationVocabulary {

    private EvaluationVocabulary() {
    }

    @Enum("SlaEvaluatedObjective")
    @Description("What an evaluation compares. AVAILABILITY (the one earning a service credit); RESPONSE_TIME: tickets"
            + " answered within the agreement's target response time; INCIDENT_RESPONSE_* and INCIDENT_REPAIR_*: per"
            + " priority, tickets whose deadline was not escalated; SERVICE_RESPONSE_TIME (95th percentile of the"
            + " monitoring samples) and ORDER_COMPLETION_ON_TIME are reported, never judged: the terms promise no"
            + " value for them.")
    public enum Objective {
        AVAILABILITY,
        RESPONSE_TIME,
        INCIDENT_RESPONSE_CRITICAL,
        INCIDENT_RESPONSE_HIGH,
        INCIDENT_RESPONSE_MEDIUM,
        INCIDENT_RESPONSE_LOW,
        INCIDENT_REPAIR_CRITICAL,
        INCIDENT_REPAIR_HIGH,
        INCIDENT_REPAIR_MEDIUM,
        INCIDENT_REPAIR_LOW,
        SERVICE_RESPONSE_TIME,
        ORDER_COMPLETION_ON_TIME
    }

    @Enum("SlaMeasureUnit")
    @Description("PERCENT of the time; PERCENT_WITHIN_TARGET of the tickets or orders; MILLISECONDS_P95.")
    public enum Unit {
        PERCENT,
        PERCENT_WITHIN_TARGET,
        MILLISECONDS_P95
    }

    @Enum("SlaViolationStatus")
    @Description("PENDING_BILLING: the service credit waits for billing to apply it. WITHDRAWN: the month evaluated"
            + " again met the objective; the credit is not applied.")
    public enum ViolationState {
        PENDING_BILLING,
        WITHDRAWN
    }

    @Enum("SlaEvaluationRunState")
    @Description("RUNNING until every agreement of the month is evaluated, then COMPLETED.")
    public enum RunState {
        RUNNING,
        COMPLETED
    }

    @Enum("PlannedOutageStatus")
    @Description("SCHEDULED, or CANCELLED before its window ended (final).")
    public enum OutageState {
        SCHEDULED,
        CANCELLED
    }
}
