package org.cloudcare.api.sla;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** The enumeration of the measurement contract, mirroring the domain's constant by constant (a test keeps it so). */
public final class MeasurementVocabulary {

    private MeasurementVocabulary() {
    }

    @Enum("MeasurementKind")
    @Description("What a measurement row reports, and so which fields it has: AVAILABILITY (subscriptionId,"
            + " intervalStart, intervalEnd, up), RESPONSE_TIME (subscriptionId, measuredAt, milliseconds),"
            + " OUTAGE_START and OUTAGE_END (subscriptionId, at).")
    public enum Kind {
        AVAILABILITY,
        RESPONSE_TIME,
        OUTAGE_START,
        OUTAGE_END
    }
}
