package org.cloudcare.api.customer;

import org.eclipse.microprofile.graphql.Enum;

/**
 * The enumerations of the customer information contract. They mirror the domain's enums constant by constant (a test
 * keeps them equal) because SmallRye only sees types inside the WAR, and so that the published schema changes only
 * when someone changes it here on purpose.
 */
public final class Vocabulary {

    private Vocabulary() {
    }

    @Enum("CustomerKind")
    public enum Kind {
        HOSPITAL,
        CLINIC,
        PUBLIC_HEALTH_CENTRE,
        ENTERPRISE
    }

    @Enum("CustomerStatus")
    public enum Status {
        ACTIVE,
        SUSPENDED,
        TERMINATED
    }

    @Enum("NotificationChannel")
    public enum Notification {
        PORTAL,
        EMAIL,
        WEBHOOK
    }

    @Enum("InteractionChannel")
    public enum Channel {
        PORTAL,
        EMAIL,
        PHONE,
        CHAT
    }

    @Enum("InteractionDirection")
    public enum Direction {
        INBOUND,
        OUTBOUND
    }

    @Enum("SubscriptionStatus")
    public enum SubscriptionState {
        CREATED,
        ACTIVE,
        SUSPENDED,
        TERMINATED
    }
}
