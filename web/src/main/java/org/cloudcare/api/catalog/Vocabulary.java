package org.cloudcare.api.catalog;

import org.eclipse.microprofile.graphql.Enum;

/**
 * The enumerations of the catalogue contract, mirroring the domain's enums constant by constant (a test keeps them
 * equal): SmallRye only sees types inside the WAR, and the published schema changes only when someone changes it
 * here on purpose.
 */
public final class Vocabulary {

    private Vocabulary() {
    }

    @Enum("ProductOfferingCategory")
    public enum Category {
        IAAS,
        PAAS,
        SAAS
    }

    @Enum("ProductOfferingStatus")
    public enum Status {
        DRAFT,
        ACTIVE,
        RETIRED
    }

    @Enum("PriceType")
    public enum Price {
        RECURRING,
        USAGE,
        ONE_TIME
    }

    @Enum("IncidentPriority")
    public enum Priority {
        CRITICAL,
        HIGH,
        MEDIUM,
        LOW
    }

    @Enum("AvailabilityPeriod")
    public enum Period {
        MONTH,
        QUARTER,
        YEAR
    }

    @Enum("PeerProviderRole")
    public enum PeerRole {
        PEER_PROVIDER,
        SUBCONTRACTOR
    }

    @Enum("Weekday")
    public enum Weekday {
        MONDAY,
        TUESDAY,
        WEDNESDAY,
        THURSDAY,
        FRIDAY,
        SATURDAY,
        SUNDAY
    }

    @Enum("ThresholdObjective")
    public enum Objective {
        AVAILABILITY,
        RESPONSE_TIME,
        INCIDENT_RESPONSE_TIME,
        REPAIR_TIME
    }

    @Enum("ThresholdUnit")
    public enum Unit {
        PERCENT,
        MILLISECONDS,
        MINUTES
    }
}
