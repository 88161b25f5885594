package org.cloudcare.api.sla;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/**
 * The enumerations of the agreement contract, mirroring the domain's enums constant by constant (a test keeps them
 * equal).
 */
public final class Vocabulary {

    private Vocabulary() {
    }

    @Enum("ServiceLevelAgreementStatus")
    @Description("Where a cloud service agreement stands: ACTIVE, then EXPIRED (a term ended without renewal) or"
            + " TERMINATED (its subscription ended); both ends are final.")
    public enum AgreementState {
        ACTIVE,
        EXPIRED,
        TERMINATED
    }

    @Enum("SlaObjective")
    @Description("An objective of an agreement that can be negotiated on its own; each names the AgreementTerms field"
            + " it changes.")
    public enum Objective {
        AVAILABILITY_PERCENT,
        TARGET_RESPONSE_TIME_MINUTES,
        PLANNED_DOWNTIME_MINUTES_PER_MONTH,
        DISRUPTION_NOTICE_HOURS,
        BACKUP_FREQUENCY_HOURS,
        RECOVERY_POINT_OBJECTIVE_MINUTES,
        RECOVERY_TIME_OBJECTIVE_MINUTES,
        PAYMENT_TERM_DAYS,
        EXPIRY_NOTICE_DAYS
    }
}
