package org.cloudcare.api.problem;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/**
 * The enumerations of the trouble ticket contract (TMF621). They mirror the domain's enums constant by constant (a
 * test keeps them equal), in the schema's upper-case style; the TMF621 word of a status ({@code inProgress}) is the
 * {@code tmfStatus} field beside it.
 */
public final class Vocabulary {

    private Vocabulary() {
    }

    @Enum("TroubleTicketStatus")
    @Description("TMF621 TroubleTicketStatusType.")
    public enum Status {
        ACKNOWLEDGED,
        REJECTED,
        IN_PROGRESS,
        PENDING,
        HELD,
        RESOLVED,
        CLOSED,
        CANCELLED
    }

    @Enum("TroubleTicketKind")
    @Description("What the customer asks for: information, analysis and repair, or a change (ITU-T Y.3502 8.3.2.14).")
    public enum Kind {
        INFORMATION_REQUEST,
        INCIDENT,
        CHANGE_REQUEST
    }

    @Enum("TroubleTicketSeverity")
    public enum Severity {
        MINOR,
        MAJOR,
        CRITICAL
    }

    @Enum("TroubleTicketPriority")
    @Description("How urgently the provider works the ticket; the agreement sets response and repair times per"
            + " priority.")
    public enum Priority {
        LOW,
        MEDIUM,
        HIGH,
        CRITICAL
    }

    @Enum("TroubleTicketImpact")
    public enum Impact {
        INDIVIDUAL,
        DEPARTMENT,
        ORGANISATION
    }

    @Enum("TroubleTicketChannel")
    @Description("How the provider received the request.")
    public enum Channel {
        PORTAL,
        EMAIL,
        PHONE,
        CHAT,
        FORUM
    }

    @Enum("TroubleTicketNoteVisibility")
    public enum NoteVisibility {
        INTERNAL,
        CUSTOMER_VISIBLE
    }

    @Enum("TroubleTicketActorKind")
    public enum ActorKind {
        CUSTOMER,
        PROVIDER,
        SYSTEM
    }

    @Enum("TroubleTicketDeadlineKind")
    public enum DeadlineKind {
        RESPONSE,
        REPAIR
    }

    @Enum("IncidentReportKind")
    public enum ReportKind {
        INCIDENT_REPORT,
        CONCLUSION_REPORT
    }
}
