package org.cloudcare.problem.entity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** Tickets, actors and targets the problem tests share. */
final class Tickets {

    static final String TENANT = "riverside";
    static final Actor ALICE = Actor.customer("alice", TENANT);
    static final Actor HUGO = Actor.customer("hugo", "harbor");
    static final Actor SAM = Actor.provider("sam");
    static final Actor JOB = Actor.system();
    static final Instant RECEIVED = Instant.parse("2025-06-11T08:00:00Z");
    static final Clock AT_RECEPTION = Clock.fixed(RECEIVED, ZoneOffset.UTC);

    private Tickets() {
    }

    static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    static TicketReport report(TicketKind kind, TicketPriority priority, ReceptionChannel channel) {
        return new TicketReport(TENANT, "sub-1", "agr-1", kind, "availability", TicketSeverity.MAJOR, priority,
                TicketImpact.DEPARTMENT, "The imaging archive does not answer.", channel,
                List.of(new TicketReport.Attachment("https://files.riverside.example/screenshot.png", "screenshot")));
    }

    static TroubleTicket incident() {
        return incident(TicketPriority.HIGH, AT_RECEPTION);
    }

    static TroubleTicket incident(TicketPriority priority, Clock clock) {
        return TroubleTicket.receive(report(TicketKind.INCIDENT, priority, ReceptionChannel.PORTAL), ALICE, clock);
    }

    /** Response 1 h, repair 4 h for HIGH; the rest scaled, around the clock. */
    static TicketTargets targets(SupportHours hours) {
        return new TicketTargets(hours, Map.of(
                TicketPriority.LOW, new TargetTimes(Duration.ofHours(8), Duration.ofHours(40)),
                TicketPriority.MEDIUM, new TargetTimes(Duration.ofHours(4), Duration.ofHours(16)),
                TicketPriority.HIGH, new TargetTimes(Duration.ofHours(1), Duration.ofHours(4)),
                TicketPriority.CRITICAL, new TargetTimes(Duration.ofMinutes(15), Duration.ofHours(2))));
    }

    /** A ticket brought into {@code status} along the shortest legal path, by provider staff. */
    static TroubleTicket in(TicketStatus status) {
        TroubleTicket ticket = incident();
        Clock clock = AT_RECEPTION;
        switch (status) {
            case ACKNOWLEDGED -> { }
            case REJECTED -> ticket.reject(SAM, "Not our service.", clock);
            case CANCELLED -> ticket.cancel(ALICE, "Works again.", clock);
            case IN_PROGRESS -> ticket.startWork(SAM, clock);
            case PENDING -> {
                ticket.startWork(SAM, clock);
                ticket.waitForCustomer(SAM, "Which study failed?", clock);
            }
            case HELD -> {
                ticket.startWork(SAM, clock);
                ticket.hold(SAM, "Waiting for the storage vendor.", clock);
            }
            case RESOLVED -> {
                ticket.startWork(SAM, clock);
                ticket.resolve(SAM, "Restarted the archive gateway.", "Memory leak in the gateway.", clock);
            }
            case CLOSED -> {
                ticket.startWork(SAM, clock);
                ticket.resolve(SAM, "Restarted the archive gateway.", null, clock);
                ticket.close(ALICE, null, 5, "Quick fix.", clock);
            }
        }
        return ticket;
    }

    /** Tries to move {@code ticket} to {@code target} the way provider staff would. */
    static TicketStatusChanged moveAsProvider(TroubleTicket ticket, TicketStatus target, Clock clock) {
        return switch (target) {
            case ACKNOWLEDGED -> throw new IllegalArgumentException("Nothing moves a ticket back to acknowledged.");
            case REJECTED -> ticket.reject(SAM, "Not our service.", clock);
            case IN_PROGRESS -> ticket.getStatus() == TicketStatus.RESOLVED
                    ? ticket.reopen(SAM, "The customer still sees errors.", clock)
                    : ticket.getStatus() == TicketStatus.ACKNOWLEDGED ? ticket.startWork(SAM, clock)
                    : ticket.resume(SAM, "Back to work.", clock);
            case PENDING -> ticket.waitForCustomer(SAM, "Need the study id.", clock);
            case HELD -> ticket.hold(SAM, "Vendor.", clock);
            case RESOLVED -> ticket.resolve(SAM, "Fixed.", null, clock);
            case CLOSED -> ticket.close(SAM, "Confirmed by phone with Dr. Meier.", null, null, clock);
            case CANCELLED -> ticket.cancel(SAM, "Duplicate.", clock);
        };
    }
}
